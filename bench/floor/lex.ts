// Bench (floor): chevrotain's part of reading a profile: spac's lexer and statement parser for its
// format built (only that format's grammar loaded), and the whole file lexed. Input: a profile path.
// Output: its token count.
import { readFileSync } from 'node:fs';

export async function lexFile(file: string): Promise<number> {
  const text = readFileSync(file, 'utf8');
  if (/\.xml$/i.test(file)) {
    const { xmlLexer, xmlParser } = await import('../../src/parser/xml-grammar.js');
    xmlParser();
    return xmlLexer().tokenize(text).tokens.length;
  }
  const { textLexer, textParser } = await import('../../src/parser/text-grammar.js');
  textParser();
  return textLexer().tokenize(text).tokens.length;
}
