// Codegen stage (XML): profile items -> a canonical `<flat-profile>` document, one parameter per line.
// Input: items (imports already spliced). Output: XML text and diagnostics for values XML cannot hold.
import { escapeXmlAscii } from '../text/xml-escape.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { XML_NAME, xmlNameOf } from '../model/names.js';
import type { Entry, SplicedItem } from '../model/profile.js';

export interface EmitResult {
  readonly text: string;
  readonly diagnostics: Diagnostic[];
}

const INDENT = '  ';

/** `<X/>` keeps "leave unchanged" and `<X></X>` keeps "set empty"; non-ASCII is written as character
 * references because the SPA firmware is documented as ASCII-only. */
export function emitXml(items: readonly SplicedItem[]): EmitResult {
  const body = startBody();
  for (const item of items) addItem(body, item);
  return finishBody(body);
}

/** The document so far: its lines, the group elements open, a blank line waiting, and for each item
 * given the line it wrote (-1 for none) and its diagnostics. */
interface Body {
  /** Lines written before this body's own (a template's, for the lines a device adds after it). */
  readonly lead: number;
  readonly lines: string[];
  open: readonly string[];
  pendingBlank: boolean;
  readonly lineOf: number[];
  readonly found: (readonly Diagnostic[])[];
}

const startBody = (): Body => ({
  lead: 0,
  lines: ['<flat-profile>'],
  open: [],
  pendingBlank: false,
  lineOf: [],
  found: [],
});

function addItem(body: Body, item: SplicedItem): void {
  const { lines } = body;
  if (item.kind === 'blank') {
    body.pendingBlank = lines.length > 1;
    body.lineOf.push(-1);
    body.found.push([]);
    return;
  }
  body.open = moveTo(lines, body.open, item.path);
  if (body.pendingBlank) lines.push('');
  body.pendingBlank = false;
  const pad = INDENT.repeat(body.open.length + 1);
  const own: Diagnostic[] = [];
  body.lineOf.push(lines.length);
  lines.push(item.kind === 'comment' ? `${pad}${xmlComment(item.text)}` : pad + cachedLine(item, own));
  body.found.push(own);
}

/** Closes the document; `body` is spent. */
function finishBody(body: Body): EmitResult {
  const { lines } = body;
  moveTo(lines, body.open, []);
  lines.push('</flat-profile>', '');
  return { text: lines.join('\n'), diagnostics: body.found.flat() };
}

/** A document written once for a base set of items (a fleet's shared layers), to write it again with
 * some entries replaced in place and some added at the end (one device's row): the text of emitXml. */
export interface XmlTemplate {
  readonly items: readonly SplicedItem[];
  readonly body: Readonly<Body>;
  /** The base document up to where more items would go, and where each of its lines starts in it. */
  readonly text: string;
  readonly starts: readonly number[];
  /** The items whose lines have diagnostics (few or none: a device copies only these). */
  readonly noisy: readonly number[];
}

export function xmlTemplate(items: readonly SplicedItem[]): XmlTemplate {
  const body = startBody();
  for (const item of items) addItem(body, item);
  const starts: number[] = [];
  let at = 0;
  for (const line of body.lines) {
    starts.push(at);
    at += line.length + 1;
  }
  const noisy = body.found.flatMap((found, i) => (found.length > 0 ? [i] : []));
  return { items, body, text: body.lines.map((l) => `${l}\n`).join(''), starts, noisy };
}

/** `emitXml(items)` for items that are the template's, some entries replaced in place by entries of
 * the same group, then more items. */
export function emitXmlOnto(template: XmlTemplate, items: readonly SplicedItem[]): EmitResult {
  const base = template.body;
  // The base text is cut only where a line changed: a device's file is a few slices of it and its own lines.
  let text = '';
  let from = 0;
  // Only the lines with diagnostics, by item: the base's where the device kept the item, else its own.
  const found = new Map<number, readonly Diagnostic[]>(template.noisy.map((i) => [i, base.found[i] ?? []]));
  for (let i = 0; i < template.items.length; i++) {
    const item = items[i];
    if (item === template.items[i] || item?.kind !== 'entry') continue;
    const line = base.lineOf[i] ?? 0;
    const own: Diagnostic[] = [];
    text +=
      template.text.slice(from, template.starts[line]) +
      INDENT.repeat(item.path.length + 1) +
      cachedLine(item, own) +
      '\n';
    from = template.starts[line + 1] ?? template.text.length;
    if (own.length > 0 || found.has(i)) found.set(i, own);
  }
  text += template.text.slice(from);
  const tail: Body = {
    lead: base.lines.length,
    lines: [],
    open: base.open,
    pendingBlank: base.pendingBlank,
    lineOf: [],
    found: [],
  };
  for (const item of items.slice(template.items.length)) addItem(tail, item);
  const closed = finishBody(tail);
  const inOrder = [...found].sort(([a], [b]) => a - b).flatMap(([, d]) => d);
  return { text: text + closed.text, diagnostics: [...inOrder, ...closed.diagnostics] };
}

/** Closes and opens group elements so that `lines` continues inside `path`. */
function moveTo(lines: string[], open: readonly string[], path: readonly string[]): readonly string[] {
  let common = 0;
  while (common < open.length && common < path.length && open[common] === path[common]) common++;
  for (let depth = open.length - 1; depth >= common; depth--)
    lines.push(`${INDENT.repeat(depth + 1)}</${open[depth] ?? ''}>`);
  for (let depth = common; depth < path.length; depth++)
    lines.push(`${INDENT.repeat(depth + 1)}<${path[depth] ?? ''}>`);
  return path;
}

/** Entries never change: one written for every device of a fleet is written once. */
const written = new WeakMap<Entry, { readonly line: string; readonly diagnostics: readonly Diagnostic[] }>();

function cachedLine(entry: Entry, diagnostics: Diagnostic[]): string {
  let done = written.get(entry);
  if (!done) {
    const own: Diagnostic[] = [];
    done = { line: entryLine(entry, own), diagnostics: own };
    written.set(entry, done);
  }
  diagnostics.push(...done.diagnostics);
  return done.line;
}

function entryLine(entry: Entry, diagnostics: Diagnostic[]): string {
  const name = xmlNameOf(entry);
  if (!XML_NAME.test(name)) {
    diagnostics.push(
      diagnostic('SPAC5005', entry.file, entry.nameRange, { name: entry.name }, { message: 'xml' }),
    );
  }
  const ua = entry.access === undefined ? '' : ` ua="${entry.access}"`;
  const comment = entry.comment === undefined ? '' : ` ${xmlComment(entry.comment)}`;
  if (entry.value === undefined) return `<${name}${ua}/>${comment}`;
  checkValue(entry, entry.value, diagnostics);
  return `<${name}${ua}>${escapeXmlAscii(entry.value)}</${name}>${comment}`;
}

function checkValue(entry: Entry, value: string, diagnostics: Diagnostic[]): void {
  const at = entry.valueRange ?? entry.nameRange;
  // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 cannot carry
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(value)) {
    diagnostics.push(diagnostic('SPAC5001', entry.file, at, { name: entry.name }, { message: 'control' }));
  } else if (value !== value.trim() || /[\r\n]/.test(value)) {
    diagnostics.push(diagnostic('SPAC5003', entry.file, at, { name: entry.name }));
  }
}

/** XML comments may not contain `--` or end in `-`. */
const xmlComment = (text: string): string => `<!-- ${text.replace(/--/g, '- -').replace(/-$/, '- ')} -->`;
