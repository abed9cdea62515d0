// Start tags are parsed by the grammar once per shape (the sequence of their token types) and replayed
// for the next tag of that shape (xml-grammar.ts). Over generated documents, with the table of shapes
// filled by the documents before, the XML front end gives exactly what the grammar alone gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grammarOnly } from '../src/parser/xml-grammar.js';
import { parseXml } from '../src/parser/xml-front.js';

const name = fc.constantFrom('Resync_Periodic', 'Line_Enable_1_', 'X', 'Stätion');
const attribute = fc.oneof(
  fc.constantFrom(' ua="na"', ' ua="rw"', " ua='ro'", ' group="a"', ' ua="na"', ' ua="bad"'),
  // What breaks a tag: a name with no value, a stray '=', an unquoted value, junk.
  fc.constantFrom(' ua', ' =', ' ua=na', ' ua="na" ua="rw"', ' ?', ' / x', ' ua=""'),
);
const tag = fc
  .tuple(
    name,
    fc.array(attribute, { maxLength: 7 }),
    fc.constantFrom('>', '/>', ' >', ''),
    fc.constantFrom('1', '', 'a&amp;b'),
  )
  .map(([n, attrs, end, value]) =>
    end === '/>' ? `<${n}${attrs.join('')}/>` : `<${n}${attrs.join('')}${end}${value}</${n}>`,
  );
const documents = fc
  .array(tag, { minLength: 1, maxLength: 8 })
  .map((tags) => `<flat-profile>\n${tags.join('\n')}\n</flat-profile>\n`);

describe('start tags replayed by shape', () => {
  it('parse as the grammar alone parses them', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        expect(parseXml(doc, 'f.xml')).toEqual(grammarOnly(() => parseXml(doc, 'f.xml')));
      }),
      { numRuns: 1500 },
    );
  });
});
