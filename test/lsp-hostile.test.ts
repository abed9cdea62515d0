// The language server under hostile or careless clients: a malformed message, an unknown method,
// positions past the end of a document, a thousand edits in a burst and a 5 MB document. It answers
// every later request and exits cleanly.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { startLsp, stopLsp, type Lsp } from './support/lsp-client.js';

describe('spac lsp, hostile clients', () => {
  let server: ChildProcess;
  let rpc: MessageConnection;
  const dir = mkdtempSync(join(tmpdir(), 'spac-lsp-hostile-'));
  const published = new Map<string, { version?: number; count: number }>();
  const waiters: (() => void)[] = [];
  const waitFor = (ok: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (ok()) resolve();
        else waiters.push(check);
      };
      check();
    });

  let lsp: Lsp;
  beforeAll(async () => {
    lsp = await startLsp(dir, (p) => {
      published.set(p.uri, {
        count: p.diagnostics.length,
        ...(p.version === undefined ? {} : { version: p.version }),
      });
      for (const w of waiters.splice(0)) w();
    });
    server = lsp.server;
    rpc = lsp.rpc;
  });

  afterAll(async () => {
    expect(await stopLsp(lsp)).toBe(0);
  });

  const alive = async () => {
    // A request the server answers whatever it knows: hover on a document it never saw.
    const hover = await rpc.sendRequest('textDocument/hover', {
      textDocument: { uri: 'file:///nowhere.cfg' },
      position: { line: 0, character: 0 },
    });
    expect(hover).toBeNull();
  };

  it('keeps answering after messages whose Content-Length is too long or too short', async () => {
    const body = '{"jsonrpc":"2.0","method":"spac/noSuchNotification","params":{}}';
    const length = Buffer.byteLength(body);
    server.stdin?.write(`Content-Length: ${String(length + 40)}\r\n\r\n${body}`);
    await alive();
    server.stdin?.write(`Content-Length: ${String(length - 20)}\r\n\r\n${body}`);
    await alive();
    await alive();
  });

  it('survives a message that is not JSON, and one of a method it does not know', async () => {
    const body = '{"jsonrpc":"2.0","id":99,"method":';
    server.stdin?.write(`Content-Length: ${String(Buffer.byteLength(body))}\r\n\r\n${body}`);
    await expect(rpc.sendRequest('spac/noSuchMethod', {})).rejects.toMatchObject({ code: -32601 });
    await alive();
  });

  it('answers hover and completion at positions past the end of a document', async () => {
    const uri = pathToFileURL(join(dir, 'short.cfg')).href;
    await rpc.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'spa', version: 1, text: 'Proxy[1] "a" ;\n' },
    });
    const position = { line: 500, character: 9999 };
    await rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    await rpc.sendRequest('textDocument/completion', { textDocument: { uri }, position });
    await alive();
  });

  it('checks the last of 1,000 edits sent in a burst', async () => {
    const uri = pathToFileURL(join(dir, 'burst.cfg')).href;
    await rpc.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'spa', version: 1, text: '' },
    });
    for (let v = 2; v <= 1001; v++)
      void rpc.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [
          { text: v === 1001 ? 'Made_Up "x" ;\nAlso_Made_Up "y" ;\n' : `Made_Up_${String(v)} "x" ;\n` },
        ],
      });
    await waitFor(() => published.get(uri)?.count === 2);
    await alive();
  }, 60_000);

  it('diagnoses a 5 MB document and keeps answering', async () => {
    const uri = pathToFileURL(join(dir, 'large.cfg')).href;
    // 5 MB of notes around a few settings, one of them wrong: the size, not 200,000 problems.
    const notes = Array.from({ length: 80_000 }, (_, i) => `# note ${String(i)}: ${'x'.repeat(50)}\n`).join(
      '',
    );
    const text = `${notes}Station_Name "front" ;\nResync_Periodic "soon" ;\n${notes}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    await rpc.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'spa', version: 1, text },
    });
    await waitFor(() => published.get(uri)?.count === 1);
    await rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    await alive();
  }, 120_000);
});
