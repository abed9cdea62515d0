// Parser stage (XML well-formedness): what XML 1.0 forbids that spac's forgiving lexer would let
// through, and a strict reader (the phone's, or any conforming parser) stops at. Input: a comment,
// text or processing-instruction token. Output: an SPAC1115 diagnostic at the offending characters.
import type { IToken } from 'chevrotain';
import { diagnostic, range, type Diagnostic } from '../diagnostics/diagnostic.js';
import { ProcInstr, Text, XmlComment } from './xml-grammar.js';

const at = (token: IToken, index: number, length: number) =>
  range(token.startOffset + index, token.startOffset + index + length);

export function notWellFormed(token: IToken, file: string, source: string): Diagnostic | undefined {
  const image = token.image;
  if (token.tokenType === XmlComment) {
    // `<!-- a -- b -->` and `<!-- a --->`: '--' may not stand inside a comment, nor '-' before its end.
    const body = image.slice(4, -3);
    const dashes = body.indexOf('--');
    if (dashes >= 0)
      return diagnostic('SPAC1115', file, at(token, 4 + dashes, 2), {}, { message: 'comment' });
    if (body.endsWith('-'))
      return diagnostic('SPAC1115', file, at(token, image.length - 4, 1), {}, { message: 'comment' });
  }
  if (token.tokenType === Text) {
    const end = image.indexOf(']]>');
    if (end >= 0) return diagnostic('SPAC1115', file, at(token, end, 3), {}, { message: 'cdata-end' });
  }
  // The declaration is the very first thing in a file (only a byte order mark may go before it).
  if (token.tokenType !== ProcInstr || token.startOffset === 0 || !/^<\?xml[\s?]/.test(image))
    return undefined;
  if (token.startOffset === 1 && source.charCodeAt(0) === 0xfeff) return undefined;
  return diagnostic('SPAC1115', file, at(token, 0, 5), {}, { message: 'declaration' });
}
