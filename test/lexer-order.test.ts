// The front ends' lexers try their commonest tokens first. chevrotain takes the first pattern that
// matches, so the order is only safe while it never changes what is matched: over generated input, the
// lexers give exactly the tokens of the same definitions in their earlier, reference order.
import fc from 'fast-check';
import { Lexer, type IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import * as text from '../src/parser/text-grammar.js';
import * as xml from '../src/parser/xml-grammar.js';

const referenceText = [
  text.WhiteSpace,
  text.NewLine,
  text.Comment,
  text.Str,
  text.UnterminatedStr,
  text.ImportLine,
  text.Name,
  text.Bang,
  text.Question,
  text.Star,
  text.Semi,
  text.Unknown,
];
const referenceXml = {
  modes: {
    content: [
      xml.XmlComment,
      xml.CData,
      xml.ProcInstr,
      xml.Unterminated,
      xml.DocType,
      xml.CloseTag,
      xml.BadCloseTag,
      xml.OpenTag,
      xml.EntityRef,
      xml.Amp,
      xml.Lt,
      xml.Text,
    ],
    tag: xml.xmlLexerDefinition.modes.tag,
  },
  defaultMode: 'content',
};

const options = { positionTracking: 'onlyOffset', safeMode: true } as const;
const shown = (tokens: readonly IToken[]) =>
  tokens.map((t) => `${t.tokenType.name}@${String(t.startOffset)}:${t.image}`);
const lexed = (lexer: Lexer, input: string) => {
  const r = lexer.tokenize(input);
  return { tokens: shown(r.tokens), errors: r.errors.map((e) => `${String(e.offset)}:${String(e.length)}`) };
};

/** Strings built from the pieces each language's tokens start and end with. */
const made = (pieces: readonly string[]) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

const textPieces = [
  'Name',
  'import',
  'import x.cfg',
  'importer',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '"',
  '"v"',
  ';',
  '#',
  '# c',
  '!',
  '?',
  '*',
  '[1]',
  '[',
  ']',
  '\uFEFF',
  'é',
  '(',
  '-',
  '$',
];
const xmlPieces = [
  '<',
  '</',
  '>',
  '/>',
  '<a',
  '</a>',
  '</ a',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?',
  '?>',
  '<!',
  '<!DOCTYPE x [',
  ']',
  '&',
  '&amp;',
  ';',
  'text',
  ' ',
  '\n',
  '=',
  '"v"',
  "'v'",
  'é',
  'Ωx',
  '-',
  '.',
];

describe('lexer token order', () => {
  it('the text lexer matches what the reference order matches', () => {
    const reference = new Lexer(referenceText, options);
    fc.assert(
      fc.property(made(textPieces), (input) => {
        expect(lexed(text.textLexer(), input)).toEqual(lexed(reference, input));
      }),
      { numRuns: 2000 },
    );
  });

  it('the XML lexer matches what the reference order matches', () => {
    const reference = new Lexer(referenceXml, options);
    fc.assert(
      fc.property(made(xmlPieces), (input) => {
        expect(lexed(xml.xmlLexer(), input)).toEqual(lexed(reference, input));
      }),
      { numRuns: 2000 },
    );
  });
});
