// Workspace (host): what the workspace needs from the outside world, as one interface the CLI, the
// language server, the fleet build and library users implement (src/node/node-host.ts over Node's fs).
// Input: none (types). Output: the WorkspaceHost contract.
/** The name standard input carries in diagnostics. */
export const STDIN_NAME = '<stdin>';
