// Schema stage (per-line names): how a per-line family is written and how a line's name is split, the
// one place for `Line_Enable[n]` / `Line_Enable_{n}_` and `Line_Enable[3]` / `Line_Enable_3_`.
// Input: names and patterns. Output: a line's spelling, or a name's family base and line.
/** The line placeholder of a family's text name (`Line_Enable[n]`) and of its XML tag (`Line_Enable_{n}_`). */
export const TEXT_LINE = '[n]';
export const XML_LINE = '{n}';
/** `Line_Enable_3_` -> base `Line_Enable`, line 3. */
export const XML_INDEXED = /^(.*[^_])_([0-9]+)_$/;
/** `Line_Enable[3]` -> base `Line_Enable`, line 3. */
export const TEXT_INDEXED = /^(.*)\[([0-9]+)\]$/;
/** The family base and line of a name written for one line, in its own spelling, if it is one. */
export function splitLineName(name, format) {
    const m = (format === 'text' ? TEXT_INDEXED : XML_INDEXED).exec(name);
    return m ? { base: m[1] ?? '', line: Number(m[2]) } : undefined;
}
/** The family pattern of a base: `Line_Enable` -> `Line_Enable[n]` or `Line_Enable_{n}_`. */
export const familyPattern = (base, format) => format === 'text' ? `${base}${TEXT_LINE}` : `${base}_${XML_LINE}_`;
/** A family pattern written for one line (either spelling): `Line_Enable[n]`, 3 -> `Line_Enable[3]`. */
export const lineSpelling = (pattern, line) => pattern.replace(TEXT_LINE, `[${String(line)}]`).replace(XML_LINE, String(line));
export const isFamilyPattern = (name) => name.includes(TEXT_LINE) || name.includes(XML_LINE);
