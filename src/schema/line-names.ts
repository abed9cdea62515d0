// Schema stage (per-line names): how a per-line family is written and how a line's name is split, the
// one place for `Line_Enable[n]` / `Line_Enable_{n}_` and `Line_Enable[3]` / `Line_Enable_3_`.
// Input: names and patterns. Output: a line's spelling, or a name's family base and line.

/** The line placeholder of a family's text name (`Line_Enable[n]`) and of its XML tag (`Line_Enable_{n}_`). */
export const TEXT_LINE = '[n]';
export const XML_LINE = '{n}';

export interface LineName {
  readonly base: string;
  readonly line: number;
}

/** The family base and line of a name written for one line, in its own spelling, if it is one:
 * `Line_Enable[3]` or `Line_Enable_3_` -> base `Line_Enable`, line 3. */
export function splitLineName(name: string, format: 'text' | 'xml'): LineName | undefined {
  const base = lineBase(name, format);
  return base === undefined ? undefined : { base, line: Number(name.slice(base.length + 1, -1)) };
}

/** splitLineName's base alone, worked out by hand (every entry of a check is looked up, and most names
 * are no line's): a text name's line is `[digits]` at its end; an XML tag's, `_digits_` after a base
 * that does not end in `_` (a text base may be empty, an XML one not). Neither holds a line break but as
 * an XML base's last character. */
export function lineBase(name: string, format: 'text' | 'xml'): string | undefined {
  const [open, close] = format === 'text' ? [91, 93] : [95, 95];
  const last = name.length - 1;
  if (name.charCodeAt(last) !== close) return undefined;
  let i = last - 1;
  while (i >= 0 && isDigit(name.charCodeAt(i))) i--;
  if (i === last - 1 || i < 0 || name.charCodeAt(i) !== open) return undefined;
  if (format === 'xml' && (i < 1 || name.charCodeAt(i - 1) === 95)) return undefined;
  // As a regular expression reads them: the XML base's last character is any but '_'.
  return hasLineBreak(name, format === 'text' ? i : i - 1) ? undefined : name.slice(0, i);
}

/** What a regular expression's '.' does not match, before `end`. */
function hasLineBreak(name: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = name.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The family pattern of a base: `Line_Enable` -> `Line_Enable[n]` or `Line_Enable_{n}_`. */
export const familyPattern = (base: string, format: 'text' | 'xml'): string =>
  format === 'text' ? `${base}${TEXT_LINE}` : `${base}_${XML_LINE}_`;

/** The base of a family pattern (`Line_Enable_{n}_` -> `Line_Enable`), or undefined for a name that is
 * none. */
export function familyBase(pattern: string, format: 'text' | 'xml'): string | undefined {
  const end = familyPattern('', format);
  return pattern.endsWith(end) ? pattern.slice(0, -end.length) : undefined;
}

/** A base written for one line, the line any text (a number, a placeholder): `Line_Enable`, 3 ->
 * `Line_Enable[3]` or `Line_Enable_3_`. */
export const lineName = (base: string, format: 'text' | 'xml', line: number | string): string =>
  format === 'text' ? `${base}[${String(line)}]` : `${base}_${String(line)}_`;

/** A family pattern written for one line (either spelling): `Line_Enable[n]`, 3 -> `Line_Enable[3]`. */
export const lineSpelling = (pattern: string, line: number | string): string =>
  pattern.replace(TEXT_LINE, `[${String(line)}]`).replace(XML_LINE, String(line));

export const isFamilyPattern = (name: string): boolean => name.includes(TEXT_LINE) || name.includes(XML_LINE);
