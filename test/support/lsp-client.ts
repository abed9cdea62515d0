// Test support: `spac lsp` from the built CLI, driven over stdio by a real JSON-RPC client as an editor
// drives it: started and initialized, and shut down (its exit code returned).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

const bin = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

/** A publishDiagnostics notification, as far as the tests read it. */
export interface Published {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: {
    code: string;
    severity?: number;
    message?: string;
    range: { start: { line: number; character: number } };
    relatedInformation?: { location: { uri: string; range: object }; message: string }[];
    data?: unknown;
  }[];
}

export interface Lsp {
  readonly server: ChildProcess;
  readonly rpc: MessageConnection;
  readonly capabilities: Record<string, unknown>;
}

/** `onDiagnostics` gets every publishDiagnostics notification; `dir` is the workspace root. */
export async function startLsp(dir: string, onDiagnostics: (params: Published) => void): Promise<Lsp> {
  if (!existsSync(bin)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does) first');
  const server = spawn(process.execPath, [bin, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const rpc = createMessageConnection(
    new StreamMessageReader(server.stdout),
    new StreamMessageWriter(server.stdin),
  );
  rpc.onNotification('textDocument/publishDiagnostics', (params: Published) => {
    onDiagnostics(params);
  });
  rpc.onNotification('window/logMessage', () => undefined);
  rpc.listen();
  const init = await rpc.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: {},
  });
  await rpc.sendNotification('initialized', {});
  return { server, rpc, capabilities: init.capabilities };
}

export async function stopLsp({ server, rpc }: Lsp): Promise<number | null> {
  await rpc.sendRequest('shutdown');
  await rpc.sendNotification('exit');
  const exited = await new Promise<number | null>((resolve) => server.on('exit', resolve));
  rpc.dispose();
  return exited;
}
