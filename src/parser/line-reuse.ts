// Parser stage (reuse across versions): the SPC text front end for a document an editor changes a
// character at a time. Input: each version's text. Output: what parseText gives for it, parsing only the
// lines the previous version did not have (a statement ends at its line's end, so lines parse alone).
import type { Diagnostic, Fix, Range } from '../diagnostics/diagnostic.js';
import type { Item } from '../model/profile.js';
import { parseText, type ParseResult } from './text-front.js';

interface LineParse {
  /** The line parsed alone, at offset 0. */
  readonly items: readonly Item[];
  readonly diagnostics: readonly Diagnostic[];
  /** The same, moved to where the line last stood: a line before an edit has not moved. */
  readonly placed?: { readonly at: number; readonly items: Item[]; readonly diagnostics: Diagnostic[] };
}

/** One line with its line break: `\r\n`, `\r` or `\n`, as the text lexer ends a line. */
const LINE = /[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g;

export class TextLines {
  private last = new Map<string, LineParse>();

  constructor(private readonly file: string) {}

  parse(source: string): ParseResult {
    const next = new Map<string, LineParse>();
    const items: Item[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const m of source.matchAll(LINE)) {
      const line = m[0];
      const parsed = next.get(line) ?? this.last.get(line) ?? this.parseLine(line);
      const placed =
        parsed.placed?.at === m.index
          ? parsed.placed
          : {
              at: m.index,
              items: parsed.items.map((item) => shiftItem(item, m.index)),
              diagnostics: parsed.diagnostics.map((d) => shiftDiagnostic(d, m.index)),
            };
      // The same line twice in one version (blank lines): the first keeps its place.
      if (!next.has(line)) next.set(line, { ...parsed, placed });
      for (const item of placed.items) items.push(item);
      for (const d of placed.diagnostics) diagnostics.push(d);
    }
    // Only this version's lines are kept: an editing session does not grow without end.
    this.last = next;
    return { profile: { file: this.file, format: 'text', items }, diagnostics };
  }

  private parseLine(line: string): LineParse {
    const result = parseText(line, this.file);
    return { items: result.profile.items, diagnostics: result.diagnostics };
  }
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
