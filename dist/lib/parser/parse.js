import { parseText } from './text-front.js';
import { parseXml } from './xml-front.js';
/** No text statement starts with `<`, so a file that starts with one is XML; so is one with a line that
 * opens `<flat-profile` or `<?xml` (leftover template text above it is then reported as XML errors). */
export const detectFormat = (source) => /^[\uFEFF\s]*</.test(source) || /^[ \t]*<(?:flat-profile\b|\?xml\b)/m.test(source) ? 'xml' : 'text';
export function parseProfile(source, file) {
    return detectFormat(source) === 'xml' ? parseXml(source, file) : parseText(source, file);
}
