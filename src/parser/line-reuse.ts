// Parser stage (reuse across versions): the SPC text front end for a document an editor changes a
// character at a time. Input: each version's text. Output: what parseText gives for it, parsing only the
// lines the previous version did not have (a statement ends at its line's end, so lines parse alone).
import type { Diagnostic, Fix, Range } from '../diagnostics/diagnostic.js';
import type { Item } from '../model/profile.js';
import { lineEndFrom, parseText, type ParseResult } from './text-front.js';

interface LineParse {
  /** The line parsed alone, at offset 0. */
  readonly items: readonly Item[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A line of a version where it stands: its parse moved there. */
interface Placed {
  readonly line: string;
  readonly at: number;
  readonly end: number;
  readonly parse: LineParse;
  readonly items: readonly Item[];
  readonly diagnostics: readonly Diagnostic[];
}

export class TextLines {
  /** Parses by content, for lines that moved or came back. */
  private cache = new Map<string, LineParse>();
  private source = '';
  private lines: readonly Placed[] = [];

  constructor(private readonly file: string) {}

  /** An edit changes the text between what the versions share at the start and at the end: the lines
   * before it are kept as they were, those after it kept or moved, and only those in between looked up
   * (or parsed). */
  parse(source: string): ParseResult {
    const old = this.source;
    const prefix = sharedPrefix(old, source);
    const suffix = sharedSuffix(old, source, Math.min(old.length, source.length) - prefix);
    const delta = source.length - old.length;
    const lines: Placed[] = [];
    let i = 0;
    // A line before the edit: its end, and what follows a '\r' that ends it, lie in the shared start.
    for (; i < this.lines.length; i++) {
      const line = this.lines[i] as Placed;
      if (line.end > prefix || (line.end === prefix && source.charCodeAt(prefix - 1) !== 10)) break;
      lines.push(line);
    }
    // A line after the edit: the break before it lies in the shared end too.
    let after = i;
    while (after < this.lines.length && (this.lines[after] as Placed).at <= old.length - suffix) after++;
    const middleEnd = after < this.lines.length ? (this.lines[after] as Placed).at + delta : source.length;
    for (let at = lines.at(-1)?.end ?? 0; at < middleEnd;) {
      // Past `at` itself: the end of the line that starts there.
      const end = lineEndFrom(source, at + 1);
      lines.push(this.place(detached(source.slice(at, end)), at, end));
      at = end;
    }
    for (; after < this.lines.length; after++) {
      const line = this.lines[after] as Placed;
      lines.push(delta === 0 ? line : placed(line.line, line.parse, line.at + delta, line.end + delta));
    }
    this.source = source;
    this.lines = lines;
    this.keepCacheSmall();
    return this.result(lines);
  }

  private place(line: string, at: number, end: number): Placed {
    let parse = this.cache.get(line);
    if (!parse) {
      const result = parseText(line, this.file);
      parse = { items: result.profile.items, diagnostics: result.diagnostics };
      this.cache.set(line, parse);
    }
    return placed(line, parse, at, end);
  }

  /** Only this version's lines stay cached once the cache outgrows them: a session does not grow
   * without end. */
  private keepCacheSmall(): void {
    if (this.cache.size <= 2 * this.lines.length + 64) return;
    this.cache = new Map(this.lines.map((l) => [l.line, l.parse]));
  }

  private result(lines: readonly Placed[]): ParseResult {
    const items: Item[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const line of lines) {
      for (const item of line.items) items.push(item);
      for (const d of line.diagnostics) diagnostics.push(d);
    }
    return { profile: { file: this.file, format: 'text', items }, diagnostics };
  }
}

const placed = (line: string, parse: LineParse, at: number, end: number): Placed => ({
  line,
  at,
  end,
  parse,
  items: parse.items.map((item) => shiftItem(item, at)),
  diagnostics: parse.diagnostics.map((d) => shiftDiagnostic(d, at)),
});

/** A copy of a line that holds its own characters. A slice of the document would hold the whole
 * version it was cut from (V8 slices point into their parent), and so would every name and value
 * parsed from it: a line that lives on unchanged through a session of edits would keep one old version
 * of the document alive per line (measured: 160 MB after 1,500 edits of a 115 KB document). */
const detached = (line: string): string => `${line} `.slice(0, -1);

/** Compared a block at a time (string equality is a memory compare), then a character at a time. */
const BLOCK = 512;

function sharedPrefix(a: string, b: string): number {
  const most = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= most && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < most && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function sharedSuffix(a: string, b: string, most: number): number {
  let i = 0;
  while (
    i + BLOCK <= most &&
    a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)
  )
    i += BLOCK;
  while (i < most && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

const shift = (r: Range, by: number): Range => ({ start: r.start + by, end: r.end + by });

function shiftItem(item: Item, by: number): Item {
  if (by === 0) return item;
  switch (item.kind) {
    case 'blank':
      return item;
    case 'comment':
      return { ...item, range: shift(item.range, by) };
    case 'import':
      return { ...item, range: shift(item.range, by), targetRange: shift(item.targetRange, by) };
    case 'entry':
      return {
        ...item,
        range: shift(item.range, by),
        nameRange: shift(item.nameRange, by),
        ...(item.valueRange ? { valueRange: shift(item.valueRange, by) } : {}),
        ...(item.valueMap ? { valueMap: item.valueMap.map((g) => ({ v: g.v, s: g.s + by })) } : {}),
        ...(item.closeNameRange ? { closeNameRange: shift(item.closeNameRange, by) } : {}),
      };
  }
}

function shiftDiagnostic(d: Diagnostic, by: number): Diagnostic {
  if (by === 0) return d;
  return {
    ...d,
    range: shift(d.range, by),
    ...(d.related ? { related: d.related.map((r) => ({ ...r, range: shift(r.range, by) })) } : {}),
    ...(d.fix ? { fix: shiftFix(d.fix, by) } : {}),
  };
}

const shiftFix = (fix: Fix, by: number): Fix => ({
  ...fix,
  edits: fix.edits.map((e) => ({ ...e, range: shift(e.range, by) })),
});
