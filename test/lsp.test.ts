// The language server, driven over stdio by a real JSON-RPC client, as an editor drives `spac lsp`
// (npm test builds dist/ first): initialize, didOpen, didChange, completion, hover, symbols, formatting,
// code actions and shutdown, on an SPC text and an XML document.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { startLsp, stopLsp, type Lsp, type Published } from './support/lsp-client.js';

const bin = join(import.meta.dirname, '..', 'dist', 'cli.js');

describe('spac lsp', () => {
  let rpc: MessageConnection;
  const published = new Map<string, Published['diagnostics']>();
  const waiters: (() => void)[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'spac-lsp-'));
  const textUri = pathToFileURL(join(dir, 'site.cfg')).href;
  const xmlUri = pathToFileURL(join(dir, 'site.xml')).href;
  // The target comes from the config file next to the documents.
  writeFileSync(join(dir, 'spac.config.json'), '{ "target": "SPA504G" }');

  /** Resolves once diagnostics for `uri` satisfy `ok`. */
  const diagnosticsFor = (uri: string, ok: (d: Published['diagnostics']) => boolean) =>
    new Promise<Published['diagnostics']>((resolve) => {
      const check = () => {
        const d = published.get(uri);
        if (d && ok(d)) resolve(d);
        else waiters.push(check);
      };
      check();
    });

  let lsp: Lsp;
  beforeAll(async () => {
    lsp = await startLsp(dir, (p: Published) => {
      published.set(p.uri, p.diagnostics);
      for (const w of waiters.splice(0)) w();
    });
    rpc = lsp.rpc;
    expect(lsp.capabilities).toMatchObject({ hoverProvider: true, documentFormattingProvider: true });
  });

  afterAll(async () => {
    expect(await stopLsp(lsp)).toBe(0);
  });

  const open = (uri: string, text: string) =>
    rpc.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'spa', version: 1, text },
    });

  /** The items of a completion list (the server says whether it cut the list). */
  const completeList = (uri: string, line: number, character: number) =>
    rpc.sendRequest<{ isIncomplete: boolean; items: { label: string; detail?: string }[] }>(
      'textDocument/completion',
      { textDocument: { uri }, position: { line, character } },
    );
  const complete = async (uri: string, line: number, character: number) =>
    (await completeList(uri, line, character)).items;

  it('publishes the diagnostics spac check gives, on open and on change, for text', async () => {
    await open(textUri, 'Line_Enabel[1] "Yes" ;\nTime_Zone "GMT-5" ;\n');
    const first = await diagnosticsFor(textUri, (d) => d.length > 0);
    expect(first.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual([
      ['SPAC3001', 0, 0],
      ['SPAC3002', 1, 11],
    ]);
    await rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri: textUri, version: 2 },
      contentChanges: [
        { range: { start: { line: 1, character: 11 }, end: { line: 1, character: 16 } }, text: 'GMT-05:00' },
      ],
    });
    const second = await diagnosticsFor(textUri, (d) => d.length === 1);
    expect(second[0]?.code).toBe('SPAC3001');
  });

  it('checks documents whose file URI names no local path (another host, an encoded slash)', async () => {
    for (const uri of ['file://otherhost/share/x.cfg', 'file:///tmp/a%2Fb.cfg']) {
      await open(uri, 'Line_Enabel[1] "Yes" ;\n');
      const found = await diagnosticsFor(uri, (d) => d.length > 0);
      expect(found.map((d) => d.code)).toEqual(['SPAC3001']);
    }
  });

  it('publishes the problems of an imported file at that file, and clears them when the import goes', async () => {
    const common = join(dir, 'common.cfg');
    writeFileSync(common, 'Resync_Periodic "soon" ;\n');
    const uri = pathToFileURL(join(dir, 'imports.cfg')).href;
    await open(uri, 'import common.cfg\n');
    const found = await diagnosticsFor(pathToFileURL(common).href, (d) => d.length > 0);
    expect(found.map((d) => [d.code, d.range.start.line])).toEqual([['SPAC3002', 0]]);
    await rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: 'Station_Name "x" ;\n' }],
    });
    await diagnosticsFor(pathToFileURL(common).href, (d) => d.length === 0);
  });

  it('clears the problems of an imported file when the document importing it is closed', async () => {
    const shared = join(dir, 'shared.cfg');
    writeFileSync(shared, 'Resync_Periodic "later" ;\n');
    const uri = pathToFileURL(join(dir, 'closing.cfg')).href;
    await open(uri, 'import shared.cfg\n');
    await diagnosticsFor(pathToFileURL(shared).href, (d) => d.length > 0);
    await rpc.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await diagnosticsFor(pathToFileURL(shared).href, (d) => d.length === 0);
  });

  it('explains, outlines, formats and fixes a text document', async () => {
    const uri = pathToFileURL(join(dir, 'text-features.cfg')).href;
    await open(uri, 'Resync_Periodic   "3600" ;\nLine_Enable[1] "enable" ;\n');
    const diagnostics = await diagnosticsFor(uri, (d) => d.length === 1);
    expect(diagnostics[0]?.code).toBe('SPAC3009');
    const hover = await rpc.sendRequest<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 1, character: 3 },
    });
    expect(hover.contents.value).toContain('**Line_Enable[1]**');
    expect(hover.contents.value).toContain('- models (spa5xx): ');
    const symbols = await rpc.sendRequest<{ name: string; children: { name: string }[] }[]>(
      'textDocument/documentSymbol',
      { textDocument: { uri } },
    );
    expect(symbols.flatMap((s) => s.children.map((c) => c.name))).toEqual([
      'Resync_Periodic',
      'Line_Enable[1]',
    ]);
    const edits = await rpc.sendRequest<{ newText: string }[]>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(edits[0]?.newText.split('\n')[0]).toMatch(/^Resync_Periodic {2,}"3600" ;$/);
    const actions = await rpc.sendRequest<{ title: string }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
      context: { diagnostics },
    });
    expect(actions.map((a) => a.title)).toEqual(["write 'Yes'"]);
  });

  it('completes import file names from the document folder', async () => {
    writeFileSync(join(dir, 'common.cfg'), 'Resync_Periodic "3600" ;\n');
    const uri = pathToFileURL(join(dir, 'with-import.cfg')).href;
    await open(uri, 'import co\n');
    const files = await complete(uri, 0, 9);
    expect(files.map((f) => f.label)).toEqual(['common.cfg']);
  });

  it('turns the did-you-mean fix into a quick fix', async () => {
    const diagnostics = published.get(textUri) ?? [];
    const actions = await rpc.sendRequest<
      { title: string; edit: { changes: Record<string, { newText: string }[]> } }[]
    >('textDocument/codeAction', {
      textDocument: { uri: textUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics },
    });
    expect(actions[0]?.title).toContain('Line_Enable[1]');
    expect(actions[0]?.edit.changes[textUri]?.[0]?.newText).toBe('Line_Enable[1]');
  });

  it('completes names with type and default, options inside values, and macros inside rules', async () => {
    const names = await complete(textUri, 0, 6);
    expect(names.map((n) => n.label)).toContain('Line_Enable[4]');
    expect(names.map((n) => n.label)).not.toContain('Line_Enable[5]');
    await rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri: textUri, version: 3 },
      contentChanges: [{ text: 'Line_Enable[1] "Y\nProfile_Rule "/$MA' }],
    });
    const yes = await complete(textUri, 0, 17);
    expect(yes.map((o) => o.label)).toEqual(['Yes', 'No']);
    const macros = await complete(textUri, 1, 18);
    expect(macros.map((m) => m.label)).toEqual(expect.arrayContaining(['$MA', '$MAU', '$MAC']));
  });

  it('says a cut list of names is incomplete, so that typing on finds every name', async () => {
    const uri = pathToFileURL(join(dir, 'empty.cfg')).href;
    await open(uri, '# spac: target=SPA504G\n\n');
    const all = await completeList(uri, 1, 0);
    expect(all.isIncomplete).toBe(true);
    expect(all.items.map((i) => i.label)).not.toContain('Resync_Periodic');
    await rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: '# spac: target=SPA504G\nResync_Per\n' }],
    });
    const narrowed = await completeList(uri, 1, 10);
    expect(narrowed.isIncomplete).toBe(false);
    expect(narrowed.items.map((i) => i.label)).toContain('Resync_Periodic');
  });

  it('checks open documents again when a config file changes on disk', async () => {
    const sub = join(dir, 'watched');
    mkdirSync(sub, { recursive: true });
    const uri = pathToFileURL(join(sub, 'desk.cfg')).href;
    await open(uri, 'Line_Enable[5] "Yes" ;\n');
    const before = await diagnosticsFor(uri, () => true);
    expect(before.map((d) => d.code)).toContain('SPAC3004');
    writeFileSync(join(sub, 'spac.config.json'), '{ "rules": { "SPAC3004": "off" } }\n');
    await rpc.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(sub, 'spac.config.json')).href, type: 1 }],
    });
    const again = await diagnosticsFor(uri, (d) => !d.some((x) => x.code === 'SPAC3004'));
    expect(again.map((d) => d.code)).not.toContain('SPAC3004');
  });

  it('says why a profile is not checked when its config is broken, there and at the config', async () => {
    const sub = join(dir, 'broken');
    mkdirSync(sub, { recursive: true });
    const config = join(sub, 'spac.config.json');
    const configUri = pathToFileURL(config).href;
    writeFileSync(config, '{ "target": "SPA504G", "unknownSetting": 1 }\n');
    const uri = pathToFileURL(join(sub, 'desk.cfg')).href;
    await open(uri, 'Line_Enable[1] "Maybe" ;\n');
    const refused = await diagnosticsFor(uri, (d) => d.length > 0);
    expect(refused.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character])).toEqual([
      ['SPAC7001', 1, 0, 0],
    ]);
    expect(refused[0]?.message).toMatch(/^not checked: unknown setting 'unknownSetting'/);
    expect(refused[0]?.relatedInformation?.[0]?.location).toEqual({
      uri: configUri,
      range: { start: { line: 0, character: 23 }, end: { line: 0, character: 39 } },
    });
    const atConfig = await diagnosticsFor(configUri, (d) => d.length > 0);
    expect(atConfig.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual([
      ['SPAC7001', 0, 23],
    ]);
    // An unknown target: said at the profile, pointing at the config's value.
    writeFileSync(config, '{ "target": "SPA999" }\n');
    await rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const target = await diagnosticsFor(uri, (d) => d[0]?.code === 'SPAC3006');
    expect(target[0]?.message).toMatch(/^not checked: unknown target model 'SPA999'/);
    expect(target[0]?.relatedInformation?.[0]?.location).toEqual({
      uri: configUri,
      range: { start: { line: 0, character: 12 }, end: { line: 0, character: 20 } },
    });
    // Mended: the profile is checked, and the config's problem is cleared.
    writeFileSync(config, '{ "target": "SPA504G" }\n');
    await rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const checked = await diagnosticsFor(uri, (d) => d.some((x) => x.code === 'SPAC3002'));
    expect(checked.map((d) => d.code)).toEqual(['SPAC3002']);
    await diagnosticsFor(configUri, (d) => d.length === 0);
  });

  it('explains a parameter on hover, outlines the document and formats it, for XML', async () => {
    const xml =
      '<flat-profile>\n<!-- spac: target=SPA504G -->\n  <Resync_Periodic>3600</Resync_Periodic>\n      <Time_Zone ua="na">GMT-05:00</Time_Zone>\n</flat-profile>\n';
    await open(xmlUri, xml);
    await diagnosticsFor(xmlUri, () => true);
    const hover = await rpc.sendRequest<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: xmlUri },
      position: { line: 2, character: 5 },
    });
    expect(hover.contents.value).toContain('**Resync_Periodic**');
    expect(hover.contents.value).toContain('- default access:');
    const symbols = await rpc.sendRequest<{ name: string; children: { name: string }[] }[]>(
      'textDocument/documentSymbol',
      {
        textDocument: { uri: xmlUri },
      },
    );
    expect(symbols.flatMap((s) => s.children.map((c) => c.name))).toEqual(['Resync_Periodic', 'Time_Zone']);
    const edits = await rpc.sendRequest<{ newText: string }[]>('textDocument/formatting', {
      textDocument: { uri: xmlUri },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(edits[0]?.newText).toContain('\n  <Time_Zone ua="na">GMT-05:00</Time_Zone>\n');
    const options = await complete(xmlUri, 3, 25);
    expect(options.map((o) => o.label)).toContain('GMT-05:00');
  });

  it('offers the closest option and the removal of a duplicate as quick fixes, in XML', async () => {
    const uri = pathToFileURL(join(dir, 'fixes.xml')).href;
    await open(
      uri,
      '<flat-profile>\n  <Time_Zone>GMT-5</Time_Zone>\n  <Time_Zone>GMT-05:00</Time_Zone>\n</flat-profile>\n',
    );
    const diagnostics = await diagnosticsFor(uri, (d) => d.length === 2);
    const actions = await rpc.sendRequest<{ title: string }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
      context: { diagnostics },
    });
    expect(actions.map((a) => a.title)).toEqual(["remove this setting of 'Time_Zone'", "write 'GMT-05:00'"]);
  });
});

describe('spac lsp as VS Code starts a Node module server', () => {
  // With spac.path set to dist/cli.js, VS Code's client appends --clientProcessId=<its pid>.
  it('accepts --clientProcessId and exits once that process is gone', async () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const server = spawn(process.execPath, [bin, 'lsp', '--stdio', `--clientProcessId=${String(gone)}`], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => server.on('exit', resolve));
    expect(stderr).toBe('');
    // vscode-languageserver checks every 3 s and exits with 1: no shutdown request came first.
    expect(code).toBe(1);
  }, 20_000);
});
