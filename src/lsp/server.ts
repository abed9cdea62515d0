// Language server: `spac lsp`. Diagnostics as `spac check` gives them (on open, and debounced on change),
// completion, hover, outline, formatting and code actions from fixes, over the workspace layer.
// Input: LSP messages on a stream. Output: LSP messages on a stream; logs go to the client.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { format } from '../workspace/pipeline.js';
import { detectFormat, parseProfile } from '../parser/parse.js';
import { parseXml } from '../parser/xml-front.js';
import { TextLines } from '../parser/line-reuse.js';
import { entriesOf, type Entry } from '../model/profile.js';
import { cursorContext, type CursorContext } from '../editor/context.js';
import { COMPLETION_LIMIT, completions, type CompletionItem } from '../editor/complete.js';
import { hoverAt, outline } from '../editor/hover.js';
import type { ListingHost } from '../node/node-host.js';
import { analyze } from '../workspace/analyze.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { addTo } from '../text/append.js';
import { Reframer } from './framing.js';
import { fixOf, lspCompletion, lspDiagnostic, lspRange, lspSymbols } from './convert.js';
import { schemaIndexFor } from '../workspace/schema-choice.js';

const DEBOUNCE_MS = 200;

const CAPABILITIES: ServerCapabilities = {
  textDocumentSync: TextDocumentSyncKind.Incremental,
  completionProvider: { triggerCharacters: ['"', '$', '<', '('] },
  hoverProvider: true,
  documentSymbolProvider: true,
  documentFormattingProvider: true,
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
};

export interface ServerOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Files, configs and folder listings (import completion). */
  readonly host: ListingHost;
}

export function startServer({ input, output, host: io }: ServerOptions): Connection {
  // Framed anew: one wrong Content-Length must not leave the reader out of step for good.
  const framed = new Reframer();
  input.pipe(framed);
  const connection = createConnection(ProposedFeatures.all, framed, output);
  const documents = new TextDocuments(TextDocument);
  let watch = false;
  connection.onInitialize(({ capabilities }) => {
    watch = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return { capabilities: CAPABILITIES, serverInfo: { name: 'spac' } };
  });
  // Clients that watch files for a server (Neovim, Helix) are asked to watch the configs and profiles.
  connection.onInitialized(() => {
    if (!watch) return;
    const watchers = [{ globPattern: '**/{spac.config.json,.spacignore,*.cfg,*.spc,*.xml}' }];
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
  });
  publishDiagnostics(connection, documents, io);
  features(connection, documents, io);
  editing(connection, documents, io);
  documents.listen(connection);
  connection.listen();
  return connection;
}

/** On open at once, on change after a pause in typing; cleared on close. */
function publishDiagnostics(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  io: ListingHost,
): void {
  const pending = new Map<string, NodeJS.Timeout>();
  // The imported files each open document last published problems for: cleared when they are gone.
  const imported = new Map<string, Set<string>>();
  const uriOf = (f: string) => pathToFileURL(f).href;
  const send = (
    uri: string,
    doc: TextDocument,
    found: readonly Diagnostic[],
    docOf?: (file: string) => TextDocument | undefined,
  ) =>
    connection.sendDiagnostics({
      uri,
      diagnostics: found.map((d) => lspDiagnostic(doc, d, uriOf, docOf)),
    });
  // Each open SPC text document keeps the lines its last version parsed: an edit re-parses its line.
  const reuse = new Map<string, TextLines>();
  const parserOf = (uri: string, file: string) => {
    let lines = reuse.get(uri);
    if (!lines) reuse.set(uri, (lines = new TextLines(file)));
    const kept = lines;
    return (text: string) => (detectFormat(text) === 'xml' ? parseXml(text, file) : kept.parse(text));
  };
  const validate = async (doc: TextDocument) => {
    const file = pathOf(doc.uri);
    const input = { file, text: doc.getText(), parse: parserOf(doc.uri, file) };
    // A bug must not take the server down with it: it is logged, and the editor keeps working.
    const analysis = await analyze(io, [input], {}).catch((error: unknown) => {
      connection.console.error(`spac: internal error, please report it: ${String(error)}`);
      return { ok: false as const, diagnostics: [], sources: new Map<string, string>() };
    });
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of analysis.diagnostics) addTo(byFile, d.file, d);
    const own = byFile.get(file) ?? [];
    // The other files' documents, made once per check (related locations, problems in imports).
    const others = new Map<string, TextDocument>();
    const docOf = (other: string) => {
      const text = analysis.sources.get(other);
      if (text === undefined) return undefined;
      let made = others.get(other);
      if (!made) others.set(other, (made = TextDocument.create(uriOf(other), 'spa', 0, text)));
      return made;
    };
    const shown = analysis.ok ? own : [...own, ...notChecked(analysis.diagnostics, file)];
    await send(doc.uri, doc, shown, docOf);
    // Problems inside imported files (or a config) go to those files (an open one publishes its own).
    const now = new Set<string>();
    for (const [other, found] of byFile) {
      const otherDoc = other === file ? undefined : docOf(other);
      if (otherDoc === undefined || documents.get(otherDoc.uri)) continue;
      now.add(otherDoc.uri);
      await send(otherDoc.uri, otherDoc, found, docOf);
    }
    await clearImported(doc.uri, now);
    imported.set(doc.uri, now);
  };
  /** Clears what `uri` published for imported files it no longer names (or, closed, names at all). */
  const clearImported = async (uri: string, kept: ReadonlySet<string>) => {
    for (const other of imported.get(uri) ?? [])
      if (!kept.has(other) && !documents.get(other))
        await connection.sendDiagnostics({ uri: other, diagnostics: [] });
  };
  const schedule = (doc: TextDocument, delay: number) => {
    clearTimeout(pending.get(doc.uri));
    pending.set(
      doc.uri,
      setTimeout(() => void validate(doc), delay),
    );
  };
  documents.onDidOpen((e) => {
    schedule(e.document, 0);
  });
  // A config, an ignore file or an imported profile changed on disk: every open document again.
  connection.onDidChangeWatchedFiles(() => {
    for (const doc of documents.all()) schedule(doc, 0);
  });
  documents.onDidChangeContent((e) => {
    schedule(e.document, DEBOUNCE_MS);
  });
  documents.onDidClose((e) => {
    // A check still waiting would publish problems for a document the editor no longer shows.
    clearTimeout(pending.get(e.document.uri));
    pending.delete(e.document.uri);
    reuse.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    void clearImported(e.document.uri, new Set());
    imported.delete(e.document.uri);
  });
}

/** A refusal checks nothing (a config that cannot be read, an unknown target): each of its problems that
 * lies elsewhere is said again at the document's start, pointing at where it lies, so the editor says why
 * the profile shows no problem (the CLI stops with exit 2 and the same diagnostics). */
export function notChecked(refusal: readonly Diagnostic[], file: string): Diagnostic[] {
  return refusal
    .filter((d) => d.file !== file)
    .map((d) => ({
      code: d.code,
      severity: d.severity,
      message: `not checked: ${d.message}`,
      messageId: d.messageId,
      params: d.params,
      file,
      range: { start: 0, end: 0 },
      // No fix: its edits are in the other file, which publishes it with its own problem.
      related: [
        ...(d.file === '' ? [] : [{ file: d.file, range: d.range, message: 'the problem is here' }]),
        ...(d.related ?? []),
      ],
    }));
}

/** The entries of a document's text, parsed once per version: hovering along a line, or the outline
 * and a hover between two edits, do not parse the whole document again. */
const parsed = new WeakMap<TextDocument, { readonly version: number; readonly entries: Entry[] }>();

function entriesOfDocument(doc: TextDocument): Entry[] {
  const cached = parsed.get(doc);
  if (cached?.version === doc.version) return cached.entries;
  const entries = entriesOf(parseProfile(doc.getText(), pathOf(doc.uri)).profile.items);
  parsed.set(doc, { version: doc.version, entries });
  return entries;
}

/** Completion and hover. */
function features(connection: Connection, documents: TextDocuments<TextDocument>, io: ListingHost): void {
  const docOf = (uri: string) => documents.get(uri);
  connection.onCompletion(async ({ textDocument, position }) => {
    const doc = docOf(textDocument.uri);
    if (!doc) return [];
    const text = doc.getText();
    const fmt = detectFormat(text);
    const index = await schemaIndexFor(io, pathOf(doc.uri), text);
    const ctx = cursorContext(text, doc.offsetAt(position), fmt);
    const items =
      ctx.kind === 'import' ? await importable(io, pathOf(doc.uri), ctx) : completions(ctx, index, fmt);
    // A cut list says so: the editor asks again as the prefix grows, and 'Resync_Periodic' turns up.
    return { isIncomplete: items.length >= COMPLETION_LIMIT, items: items.map((i) => lspCompletion(doc, i)) };
  });
  connection.onHover(async ({ textDocument, position }) => {
    const doc = docOf(textDocument.uri);
    if (!doc) return null;
    const text = doc.getText();
    const entries = entriesOfDocument(doc);
    const hover = hoverAt(entries, doc.offsetAt(position), await schemaIndexFor(io, pathOf(doc.uri), text));
    return hover
      ? { contents: { kind: 'markdown', value: hover.markdown }, range: lspRange(doc, hover.range) }
      : null;
  });
}

/** Outline, formatting (as spac fmt) and quick fixes from the fixes diagnostics carry. */
function editing(connection: Connection, documents: TextDocuments<TextDocument>, io: ListingHost): void {
  const docOf = (uri: string) => documents.get(uri);
  connection.onDocumentSymbol(async ({ textDocument }) => {
    const doc = docOf(textDocument.uri);
    if (!doc) return [];
    const text = doc.getText();
    const entries = entriesOfDocument(doc);
    return lspSymbols(doc, outline(entries, await schemaIndexFor(io, pathOf(doc.uri), text)));
  });
  connection.onDocumentFormatting(async ({ textDocument }) => {
    const doc = docOf(textDocument.uri);
    if (!doc) return [];
    const index = await schemaIndexFor(io, pathOf(doc.uri), doc.getText());
    const result = format({ file: pathOf(doc.uri), text: doc.getText() }, index?.nameTable);
    if (result.output === undefined || !result.changed) return [];
    return [{ range: lspRange(doc, { start: 0, end: doc.getText().length }), newText: result.output }];
  });
  connection.onCodeAction(({ textDocument, context }) => {
    const doc = docOf(textDocument.uri);
    if (!doc) return [];
    return context.diagnostics.flatMap((d) => {
      const fix = fixOf(d);
      if (!fix) return [];
      const edits = fix.edits
        .filter((e) => e.file === pathOf(doc.uri))
        .map((e) => ({ range: lspRange(doc, e.range), newText: e.newText }));
      return [
        {
          title: fix.description,
          kind: CodeActionKind.QuickFix,
          // What `spac check --fix` applies is the preferred action (VS Code's "auto fix").
          ...(fix.safe ? { isPreferred: true } : {}),
          diagnostics: [d],
          edit: { changes: { [doc.uri]: edits } },
        },
      ];
    });
  });
}

/** Profiles beside the document (or in the folder typed so far), for `import`. */
async function importable(
  host: ListingHost,
  file: string,
  ctx: Extract<CursorContext, { kind: 'import' }>,
): Promise<CompletionItem[]> {
  const typedDir = ctx.prefix.includes('/') ? ctx.prefix.slice(0, ctx.prefix.lastIndexOf('/') + 1) : '';
  const names = (await host.listDir(join(dirname(file), typedDir))) ?? [];
  return names
    .filter((d) => d.directory || /\.(cfg|spc|txt|xml)$/i.test(d.name))
    .map((d) => `${typedDir}${d.name}${d.directory ? '/' : ''}`)
    .filter((name) => name.startsWith(ctx.prefix) && join(dirname(file), name) !== file)
    .map((name) => ({ label: name, kind: 'file' as const, insert: name, range: ctx.range }));
}

/** Documents that are not files (untitled buffers), or whose file URI names no local path (another
 * host's, an encoded '/'), are checked under their URI as the name. */
function pathOf(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}
