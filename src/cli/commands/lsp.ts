// CLI command `spac lsp`: the language server on stdin and stdout, over the Node host.
// Input: LSP messages on stdin. Output: LSP messages on stdout; it runs until the client says 'exit'.
import type { Argv } from 'yargs';
import { startServer } from '../../lsp/server.js';
import { nodeHost } from '../../node/node-host.js';

export const builder = (y: Argv): Argv =>
  y
    .option('stdio', {
      type: 'boolean',
      describe: 'speak LSP over stdin/stdout (the default; VS Code passes it)',
    })
    // VS Code's client passes it when it runs the server as a Node module (spac.path set to
    // dist/cli.js); vscode-languageserver reads it from argv and exits when that process is gone.
    .option('clientProcessId', {
      type: 'number',
      describe: "the editor's process id: the server exits when that process ends",
    })
    .example('$0 lsp --stdio', 'what an editor starts');

export function run(): Promise<number> {
  startServer({ input: process.stdin, output: process.stdout, host: nodeHost() });
  // The server lives until the client sends 'exit' (which ends the process) or closes stdin.
  return new Promise<number>(() => undefined);
}
