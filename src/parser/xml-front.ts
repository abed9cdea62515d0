// Parser stage (XML front end): XML source -> profile items of the `<flat-profile>` element(s).
// Input: XML text and its file name. Output: a ProfileFile and diagnostics.
import { diagnostic, quote, range, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import {
  newEntry,
  type Access,
  type Entry,
  type EntryHead,
  type Item,
  type ValueSegment,
} from '../model/profile.js';
import type { ParseResult } from './text-front.js';
import {
  buildXmlTree,
  charOffset,
  type XmlAttribute,
  type XmlChars,
  type XmlChild,
  type XmlElement,
} from './xml-tree.js';

const ROOT = 'flat-profile';

interface Walk {
  readonly file: string;
  readonly source: string;
  readonly items: Item[];
  readonly out: Diagnostic[];
}

/** Semantics per the provisioning guides: `<X/>` leaves the value unchanged, `<X></X>` sets it empty, white
 * space at the ends is stripped and new lines inside become spaces; wrappers around `<flat-profile>` are ignored. */
export function parseXml(source: string, file: string): ParseResult {
  const tree = buildXmlTree(source, file);
  const walk: Walk = { file, source, items: [], out: tree.diagnostics };
  const profiles = tree.roots.flatMap(findProfiles);
  if (profiles.length === 0) {
    const at = tree.roots[0]?.nameRange ?? range(0);
    walk.out.push(diagnostic('SPAC1107', file, at, { root: ROOT }));
  }
  for (const profile of profiles) walkChildren(walk, profile, []);
  return { profile: { file, format: 'xml', items: walk.items }, diagnostics: walk.out };
}

function findProfiles(element: XmlElement): XmlElement[] {
  if (element.name === ROOT) return [element];
  return element.children.flatMap((child) => (child.kind === 'element' ? findProfiles(child) : []));
}

const isGroup = (element: XmlElement): boolean => element.children.some((c) => c.kind === 'element');

/** The per-element loops of this front end are indexed, not for-of: a first parse runs in V8's
 * interpreter, where for-of calls the iterator protocol and allocates a result at every step (over a
 * thousand elements, a tenth of a cold parse's allocation). */
function walkChildren(walk: Walk, parent: XmlElement, path: readonly string[]): void {
  const children = parent.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as XmlChild;
    if (child.kind === 'element') {
      if (!child.skipped) addElement(walk, child, path);
    } else if (child.kind === 'comment') addComment(walk, child.text, child.range, path);
    else addSpace(walk, child, path);
  }
}

function addElement(walk: Walk, element: XmlElement, path: readonly string[]): void {
  if (!isGroup(element)) {
    walk.items.push(entryOf(walk, element, path));
    return;
  }
  const text = element.children.find((c): c is XmlChars => c.kind === 'chars' && c.text.trim() !== '');
  if (text) {
    walk.out.push(diagnostic('SPAC1112', walk.file, element.nameRange, { name: element.name }));
  }
  walkChildren(walk, element, [...path, element.name]);
}

/** A comment right after an element on the same line belongs to it (`<X>v</X> <!-- options: a/b -->`). */
function addComment(walk: Walk, raw: string, at: Range, path: readonly string[]): void {
  const text = raw.trim();
  const last = walk.items.at(-1);
  if (
    last?.kind === 'entry' &&
    last.comment === undefined &&
    /^[ \t]*$/.test(walk.source.slice(last.range.end, at.start))
  ) {
    walk.items[walk.items.length - 1] = { ...last, comment: text };
  } else {
    walk.items.push({ kind: 'comment', text, path, file: walk.file, range: at });
  }
}

function addSpace(walk: Walk, chars: XmlChars, path: readonly string[]): void {
  if (chars.text.trim() !== '') {
    walk.out.push(diagnostic('SPAC1112', walk.file, chars.range, {}, { message: 'group' }));
    return;
  }
  if (lineBreaks(chars.text) >= 2) walk.items.push({ kind: 'blank', path });
}

/** Line breaks in `text` (CRLF counts once), up to two: the white space between every two elements. */
function lineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length && count < 2; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

/** An element's entry; the rare other attributes are added on top. */
function entryOf(walk: Walk, element: XmlElement, path: readonly string[]): Entry {
  const access = accessOf(walk, element);
  const head = {
    name: element.name,
    nameFormat: 'xml',
    path,
    access,
    file: walk.file,
    range: range(element.start, element.end),
    nameRange: element.nameRange,
  } as const;
  const entry: Entry = element.selfClosing ? newEntry(head) : withValue(head, valueOf(element), element);
  const attributes = otherAttributes(element);
  return attributes ? { ...entry, attributes } : entry;
}

/** An XML value keeps its map back to the source (entities and CRLF are not one to one), and the name in
 * its closing tag (a rename changes both tags) where there is one: nearly always, so the entry is made
 * once, in full, not copied to add them. */
function withValue(head: EntryHead, v: XmlValue, element: XmlElement): Entry {
  const { name, path, access, file, range, nameRange } = head;
  const { value, valueRange, valueMap } = v;
  const closeNameRange = element.closeNameRange;
  // newEntry's fields in its order (an XML name is its own tag), then the value map; the closing name is
  // added to the object, not by a copy (closed elements all end in one shape).
  const entry: { -readonly [K in keyof Entry]: Entry[K] } = {
    kind: 'entry',
    name,
    nameFormat: 'xml',
    path,
    access,
    value,
    file,
    range,
    nameRange,
    valueRange,
    tag: name,
    valueMap,
  };
  if (closeNameRange !== undefined) entry.closeNameRange = closeNameRange;
  return entry;
}

/** Attributes other than `ua` (such as `group`), or undefined when there are none (nearly always). */
function otherAttributes(element: XmlElement): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  const attributes = element.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const a = attributes[i] as XmlAttribute;
    if (a.name !== 'ua') (out ??= {})[a.name] = a.value;
  }
  return out;
}

function accessOf(walk: Walk, element: XmlElement): Access | undefined {
  const ua = element.attributes.find((a) => a.name === 'ua');
  if (!ua) return undefined;
  if (ua.value === 'na' || ua.value === 'ro' || ua.value === 'rw') return ua.value;
  const params = { name: element.name, value: quote(ua.value) };
  walk.out.push(diagnostic('SPAC1108', walk.file, ua.valueRange, params));
  return undefined;
}

/** Decoded, normalised value with a map back to source offsets (entities and CRLF are not one-to-one). */
interface XmlValue {
  readonly value: string;
  readonly valueRange: Range;
  readonly valueMap: ValueSegment[];
}

function valueOf(element: XmlElement): XmlValue {
  // Nearly every value: one run of plain text on one line, its characters where they were written.
  const first = element.children[0];
  if (element.children.length === 1 && first?.kind === 'chars' && !first.entity && !/[\r\n]/.test(first.text))
    return plainValue(first, element.contentStart);
  const runs = element.children.filter((c): c is XmlChars => c.kind === 'chars');
  let text = '';
  const offsets: number[] = [];
  for (const run of runs) {
    for (let i = 0; i < run.text.length; i++) {
      const c = run.text[i] as string;
      if (c === '\r' && run.text[i + 1] === '\n') continue;
      text += c === '\r' || c === '\n' ? ' ' : c;
      offsets.push(charOffset(run, i));
    }
  }
  const start = text.length - text.trimStart().length;
  const value = text.trim();
  const kept = offsets.slice(start, start + value.length);
  const lastRun = runs.at(-1);
  const end = value.length === 0 ? element.contentStart : sourceEnd(kept.at(-1) ?? 0, runs);
  const from = kept[0] ?? (value.length === 0 ? element.contentStart : (lastRun?.range.start ?? 0));
  return { value, valueRange: range(from, end), valueMap: compress(kept) };
}

/** End offset of the source text that produced the character at `offset` (a whole entity, or one char). */
function sourceEnd(offset: number, runs: readonly XmlChars[]): number {
  const run = runs.find((r) => r.range.start <= offset && offset < r.range.end);
  return run?.entity ? run.range.end : offset + 1;
}

/** A value from one run that maps one to one: trimmed, it is one segment. */
function plainValue(run: XmlChars, contentStart: number): XmlValue {
  const value = run.text.trim();
  if (value.length === 0) return { value, valueRange: range(contentStart, contentStart), valueMap: [] };
  const from = run.base + run.text.length - run.text.trimStart().length;
  return { value, valueRange: range(from, from + value.length), valueMap: [{ v: 0, s: from }] };
}

function compress(offsets: readonly number[]): ValueSegment[] {
  const segments: ValueSegment[] = [];
  offsets.forEach((s, v) => {
    const last = segments.at(-1);
    if (!last || last.s + (v - last.v) !== s) segments.push({ v, s });
  });
  return segments;
}
