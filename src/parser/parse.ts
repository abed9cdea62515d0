// Parser stage: picks the front end from the content, never the file name.
// Input: source text. Output: the ParseResult of the SPC text or the XML front end.
import type { SourceFormat } from '../model/profile.js';
import { parseText, type ParseResult } from './text-front.js';
import { parseXml } from './xml-front.js';

const XML_LINE = /^[ \t]*<(?:flat-profile\b|\?xml\b)/m;
/** What XML_LINE needs somewhere: a search for it runs far faster than the pattern over every line. */
const mentionsXml = (source: string): boolean => source.includes('<flat-profile') || source.includes('<?xml');

/** No text statement starts with `<`, so a file that starts with one is XML; so is one with a line that
 * opens `<flat-profile` or `<?xml` (leftover template text above it is then reported as XML errors). */
export const detectFormat = (source: string): SourceFormat =>
  /^[\uFEFF\s]*</.test(source) || (mentionsXml(source) && XML_LINE.test(source)) ? 'xml' : 'text';

export function parseProfile(source: string, file: string): ParseResult {
  return detectFormat(source) === 'xml' ? parseXml(source, file) : parseText(source, file);
}

export type { ParseResult };
