// Model stage: the one profile model both front ends produce and every later stage reads.
// Input: none (types only). Output: ordered items (entries, comments, blank lines, imports) with source ranges.
import type { Range } from '../diagnostics/diagnostic.js';
import { textNameToXml } from './names.js';

/** User access for the User account: none, read-only, read-write. Admin is never affected. */
export type Access = 'na' | 'ro' | 'rw';

export type SourceFormat = 'text' | 'xml';

/** Maps value offsets back to source offsets: value index `v` sits at source offset `s`, and later
 * characters follow linearly until the next segment (XML entities and CRLF break the linearity). */
export interface ValueSegment {
  readonly v: number;
  readonly s: number;
}

export interface Entry {
  readonly kind: 'entry';
  /** The name as written: a text name (`Line_Enable[1]`) or an XML tag (`Line_Enable_1_`). */
  readonly name: string;
  readonly nameFormat: SourceFormat;
  /** XML group elements between `<flat-profile>` and this element (SPA1xx router settings). */
  readonly path: readonly string[];
  /** `undefined` means the factory default access (XML without `ua`). */
  readonly access: Access | undefined;
  /** `undefined` means "leave the device's value unchanged" (text without a value, XML `<X/>`). */
  readonly value: string | undefined;
  /** Trailing comment on the same line, without its `#` or `<!-- -->`. */
  readonly comment?: string;
  /** XML attributes other than `ua` (such as `group`), kept but not written by codegen. */
  readonly attributes?: Readonly<Record<string, string>>;
  readonly file: string;
  readonly range: Range;
  readonly nameRange: Range;
  /** The value's content, without quotes or tags; zero-width where the value is empty. */
  readonly valueRange?: Range;
  readonly valueMap?: readonly ValueSegment[];
  /** XML only: the tag name in the closing tag. */
  readonly closeNameRange?: Range;
  /** The name's XML tag, worked out once by the front ends (xmlNameOf reads it; every stage asks). */
  readonly tag?: string;
}

export interface CommentItem {
  readonly kind: 'comment';
  readonly text: string;
  readonly path: readonly string[];
  readonly file: string;
  readonly range: Range;
}

export interface BlankItem {
  readonly kind: 'blank';
  readonly path: readonly string[];
}

export interface ImportItem {
  readonly kind: 'import';
  readonly target: string;
  readonly file: string;
  readonly range: Range;
  readonly targetRange: Range;
  readonly comment?: string;
}

export type Item = Entry | CommentItem | BlankItem | ImportItem;

/** An item of a profile set once its imports are spliced in: everything but the import lines. */
export type SplicedItem = Exclude<Item, ImportItem>;

export interface ProfileFile {
  readonly file: string;
  readonly format: SourceFormat;
  readonly items: readonly Item[];
}

export const entriesOf = (items: readonly Item[]): Entry[] =>
  items.filter((item): item is Entry => item.kind === 'entry');

/** Source offset of value index `i` (the end of the value when `i` equals its length). */
/** The source range of the value's characters from `start` to `end` (value offsets; `end` defaults to
 * the value's end); the name's range when the entry has no value. */
export function valueSpanToSource(entry: Entry, start: number, end?: number): Range {
  if (!entry.valueRange) return entry.nameRange;
  const from = valueOffsetToSource(entry, start);
  const to = end === undefined ? entry.valueRange.end : valueOffsetToSource(entry, end);
  return { start: from, end: Math.max(from, to) };
}

export function valueOffsetToSource(entry: Entry, i: number): number {
  const base = entry.valueRange?.start ?? entry.range.start;
  const map = entry.valueMap ?? [{ v: 0, s: base }];
  let seg = map[0] ?? { v: 0, s: base };
  for (const next of map) {
    if (next.v > i) break;
    seg = next;
  }
  return seg.s + (i - seg.v);
}

/** What every entry has, whatever its value: the front ends fill it once per statement or element. */
export interface EntryHead {
  readonly name: string;
  readonly nameFormat: SourceFormat;
  readonly path: readonly string[];
  readonly access: Access | undefined;
  readonly file: string;
  readonly range: Range;
  readonly nameRange: Range;
}

/** An entry as a literal of one fixed shape per kind (no spread per entry: the front ends make one per
 * statement, and objects of one shape stay cheap). Without `value`, it leaves the setting unchanged. */
export function newEntry(head: EntryHead, value?: { readonly text: string; readonly range: Range }): Entry {
  const { name, nameFormat, path, access, file, range, nameRange } = head;
  const tag = nameFormat === 'xml' ? name : textNameToXml(name);
  if (!value)
    return { kind: 'entry', name, nameFormat, path, access, value: undefined, file, range, nameRange, tag };
  const valueRange = value.range;
  return {
    kind: 'entry',
    name,
    nameFormat,
    path,
    access,
    value: value.text,
    file,
    range,
    nameRange,
    valueRange,
    tag,
  };
}
