// Property tests: the front ends never throw, and text/XML round trips, fmt and the two formats agree.
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { format } from '../src/workspace/pipeline.js';
import { emitText } from '../src/codegen/emit-text.js';
import { emitXml } from '../src/codegen/emit-xml.js';
import { xmlNameOf } from '../src/model/names.js';
import { entriesOf, type Access, type Entry, type Item } from '../src/model/profile.js';
import { parseProfile } from '../src/parser/parse.js';
import { parseText } from '../src/parser/text-front.js';
import { parseXml } from '../src/parser/xml-front.js';

const runs = { numRuns: 300 };

const textName = fc
  .tuple(
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9_\-/()]{0,24}$/),
    fc.option(fc.integer({ min: 1, max: 16 }), { nil: undefined }),
  )
  .filter(([base]) => base !== 'import')
  .map(([base, index]) => (index === undefined ? base : `${base}[${index}]`));
const xmlName = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,24}$/);
const access = fc.constantFrom<Access | undefined>('na', 'ro', 'rw', undefined);
const textValue = fc.string({ unit: 'binary', maxLength: 40 }).filter((v) => !/["\r\n]/.test(v));
const xmlChar = /^[\t\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const xmlValue = fc
  .string({ unit: 'grapheme', maxLength: 40 })
  .filter((v) => v === v.trim() && xmlChar.test(v) && !/[\r\n]/.test(v));
/** A value both formats can hold: no quote (text) and nothing XML strips or refuses. */
const bothValue = xmlValue.filter((v) => !v.includes('"'));
const textComment = fc.string({ maxLength: 30 }).filter((c) => !/[\r\n]/.test(c) && c === c.trimEnd());
const xmlComment = fc
  .string({ maxLength: 30 })
  .filter((c) => c === c.trim() && !c.includes('--') && !c.endsWith('-') && !/[\r\n]/.test(c));

const entry = (
  name: string,
  nameFormat: 'text' | 'xml',
  a: Access | undefined,
  value: string | undefined,
  comment?: string,
): Entry => ({
  kind: 'entry',
  name,
  nameFormat,
  path: [],
  access: a,
  value,
  file: 'gen',
  range: { start: 0, end: 0 },
  nameRange: { start: 0, end: 0 },
  ...(comment === undefined ? {} : { comment }),
});

const textEntries = fc.array(
  fc.tuple(
    textName,
    access.filter((a) => a !== undefined),
    fc.option(textValue, { nil: undefined }),
    fc.option(textComment, { nil: undefined }),
  ),
  { maxLength: 12 },
);
const xmlEntries = fc.array(
  fc.tuple(
    xmlName,
    access,
    fc.option(xmlValue, { nil: undefined }),
    fc.option(xmlComment, { nil: undefined }),
  ),
  { maxLength: 12 },
);

const essence = (items: readonly Item[]) =>
  entriesOf(items).map((e) => ({ name: e.name, access: e.access, value: e.value, comment: e.comment }));

describe('front ends never throw', () => {
  it('on any string, as text, as XML and detected', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        for (const parse of [parseText, parseXml, parseProfile]) {
          const { diagnostics } = parse(s, 'fuzz');
          for (const d of diagnostics)
            expect(d.range.start <= d.range.end && d.range.end <= s.length).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('on strings made of profile punctuation', () => {
    const piece = fc.constantFrom(
      '<',
      '>',
      '/',
      '"',
      "'",
      '=',
      '&',
      ';',
      '#',
      '!',
      '?',
      '[',
      ']',
      '\n',
      ' ',
      'a',
      'flat-profile',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '&lt;',
      '&#x41;',
      'import ',
      '<?xml ?>',
      '<!DOCTYPE',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const s = pieces.join('');
        parseText(s, 'fuzz');
        parseXml(s, 'fuzz');
        format({ file: 'fuzz', text: s });
      }),
      runs,
    );
  });
});

describe('round trips', () => {
  it('text -> model -> text keeps every entry', () => {
    fc.assert(
      fc.property(textEntries, (specs) => {
        const items = specs.map(([n, a, v, c]) => entry(n, 'text', a, v, c));
        const text = emitText(items).text;
        const parsed = parseText(text, 'gen');
        expect(parsed.diagnostics).toEqual([]);
        expect(essence(parsed.profile.items)).toEqual(essence(items));
      }),
      runs,
    );
  });

  it('XML -> model -> XML keeps every entry and the bytes', () => {
    fc.assert(
      fc.property(xmlEntries, (specs) => {
        const items = specs.map(([n, a, v, c]) => entry(n, 'xml', a, v, c));
        const xml = emitXml(items).text;
        const parsed = parseXml(xml, 'gen');
        expect(parsed.diagnostics).toEqual([]);
        expect(essence(parsed.profile.items)).toEqual(essence(items));
        expect(emitXml(entriesOf(parsed.profile.items)).text).toBe(xml);
      }),
      runs,
    );
  });

  it('text and XML of the same profile give the same model', () => {
    const both = fc.array(
      fc.tuple(
        textName,
        access.filter((a) => a !== undefined),
        fc.option(bothValue, { nil: undefined }),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(both, (specs) => {
        const items = specs.map(([n, a, v]) => entry(n, 'text', a, v));
        const fromText = entriesOf(parseText(emitText(items).text, 'a').profile.items);
        const fromXml = entriesOf(parseXml(emitXml(items).text, 'b').profile.items);
        const same = (list: Entry[]) => list.map((e) => [xmlNameOf(e), e.access, e.value]);
        expect(same(fromXml)).toEqual(same(fromText));
      }),
      runs,
    );
  });
});

describe('fmt', () => {
  const messy = fc
    .array(
      fc.tuple(
        textName,
        fc.constantFrom('', '!', '?'),
        fc.option(textValue, { nil: undefined }),
        fc.constantFrom('', ' ', '   ', '\t'),
        fc.boolean(),
      ),
      { maxLength: 10 },
    )
    .map((lines) =>
      lines
        .map(
          ([n, m, v, sp, blank]) =>
            `${sp}${n}${sp}${m}${sp}${v === undefined ? '' : `"${v}"`}${sp};${blank ? '\n' : ''}`,
        )
        .join('\n'),
    );

  it('is idempotent on text', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const once = format({ file: 'a.cfg', text });
        expect(once.output).toBeDefined();
        const twice = format({ file: 'a.cfg', text: once.output ?? '' });
        expect(twice.output).toBe(once.output);
        expect(twice.changed).toBe(false);
      }),
      runs,
    );
  });

  it('is idempotent on XML', () => {
    fc.assert(
      fc.property(xmlEntries, (specs) => {
        const xml = emitXml(specs.map(([n, a, v, c]) => entry(n, 'xml', a, v, c))).text.replace(
          /\n {2}/g,
          '\n',
        );
        const once = format({ file: 'a.xml', text: xml }).output ?? '';
        expect(format({ file: 'a.xml', text: once }).output).toBe(once);
      }),
      runs,
    );
  });
});

describe('fast-xml-parser as an oracle', () => {
  it('reads the same values from emitted XML', () => {
    const oracle = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      trimValues: true,
      processEntities: true,
      htmlEntities: true,
      commentPropName: '#comment',
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(xmlName, fc.option(xmlValue, { nil: undefined })), {
          selector: ([n]) => n,
          maxLength: 12,
        }),
        (specs) => {
          const items = specs.map(([n, v]) => entry(n, 'xml', undefined, v));
          const parsed = oracle.parse(emitXml(items).text) as {
            'flat-profile': Record<string, unknown> | string;
          };
          const profile = typeof parsed['flat-profile'] === 'object' ? parsed['flat-profile'] : {};
          for (const [name, value] of specs) expect(profile[name]).toBe(value ?? '');
          const ours = entriesOf(parseXml(emitXml(items).text, 'gen').profile.items);
          expect(ours.map((e) => e.value ?? '')).toEqual(specs.map(([, v]) => v ?? ''));
        },
      ),
      runs,
    );
  });
});
