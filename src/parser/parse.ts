// Parser stage: picks the front end from the content, never the file name.
// Input: source text. Output: the ParseResult of the SPC text or the XML front end.
import type { SourceFormat } from '../model/profile.js';
import { parseText, type ParseResult } from './text-front.js';
import { parseXml } from './xml-front.js';

/** A text profile cannot start with `<`, and an XML profile must (after white space and a BOM). */
export const detectFormat = (source: string): SourceFormat => (/^[\uFEFF\s]*</.test(source) ? 'xml' : 'text');

export function parseProfile(source: string, file: string): ParseResult {
  return detectFormat(source) === 'xml' ? parseXml(source, file) : parseText(source, file);
}

export type { ParseResult };
