// Text helpers (XML escaping): the one place that decides how a value is written into XML text.
// Input: a string. Output: the same string escaped for XML character data.
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** `&`, `<` and `>` as entities: enough for any XML text (`>` too, so `]]>` never appears). */
export const escapeXmlText = (value) => value.replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
/** As escapeXmlText, and every character beyond ASCII as a character reference: what spac writes, since
 * the firmware's XML reader is documented as ASCII-only. */
export const escapeXmlAscii = (value) => value.replace(/[&<>]|[\u0080-\u{10FFFF}]/gu, (c) => ENTITIES[c] ?? `&#x${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()};`);
/** Half of a UTF-16 surrogate pair without its other half: a character no encoding can write (it can
 * arrive from a JSON inventory cell such as "\ud83d"). */
export const hasLoneSurrogate = (value) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
