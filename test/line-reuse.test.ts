// Parser (lines parse alone): a document lexed a block of lines at a time, and one parsed line by line
// reusing the lines of its previous version, give exactly what the text front end gives for the whole
// text: items, ranges, diagnostics and their fixes, through any sequence of versions.
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TextLines } from '../src/parser/line-reuse.js';
import { parseText, parseTextInBlocks } from '../src/parser/text-front.js';

/** Lines of every kind the front end meets, well formed and not, with each kind of line break. */
const line = fc.constantFrom(
  'Line_Enable[1] ! "Yes" ;',
  'Proxy[1] "sip.example.com" ;  # the office',
  'Password[1] ? "s3cret" ;',
  'Dial_Plan[1] "(*xx|[3469]11|0|00|[2-9]xxxxxx|1xxx[2-9]xxxxxxS0|xxxxxxxxxxxx.)" ;',
  'Profile_Rule "[--key $A] http://prov.example.com/$MA.cfg" ;',
  'Station_Name "unterminated ;',
  'Missing_Semicolon "x"',
  'Two "a" ; Three "b" ;',
  'Bad Name With Spaces "x" ;',
  '"value without a name" ;',
  '# a comment',
  '# spac-disable-next-line SPAC3001',
  'import common.cfg',
  'import',
  '',
  '   ',
  '\uFEFFResync_Periodic "3600" ;',
  'Text "with \\"escaped\\" quotes" ;',
  'Weird @@@ $$$',
  'Upgrade_Rule "" ;',
);
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');
const documentOf = (minLength: number, maxLength: number) =>
  fc
    .array(fc.tuple(line, lineBreak), { minLength, maxLength })
    .chain((lines) => fc.tuple(fc.constant(lines), fc.boolean()))
    .map(([lines, lastBreak]) =>
      lines.map(([l, b], i) => (i === lines.length - 1 && !lastBreak ? l : l + b)).join(''),
    );
const document = documentOf(0, 30);
/** Long enough that versions are compared a block at a time, not only a character at a time. */
const longDocument = documentOf(40, 300);

describe('lexing a document a block of lines at a time', () => {
  it('gives what lexing it whole gives, wherever the blocks end', () => {
    fc.assert(
      fc.property(document, fc.integer({ min: 1, max: 80 }), (text, block) => {
        expect(parseTextInBlocks(text, 'doc.cfg', block)).toEqual(
          parseTextInBlocks(text, 'doc.cfg', Infinity),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('parsing a document again, line by line', () => {
  it('gives what parsing it whole gives', () => {
    fc.assert(
      fc.property(document, (text) => {
        expect(new TextLines('doc.cfg').parse(text)).toEqual(parseText(text, 'doc.cfg'));
      }),
      { numRuns: 500 },
    );
  });

  it('gives it for every version of an editing session', () => {
    fc.assert(
      fc.property(fc.array(document, { minLength: 2, maxLength: 6 }), (versions) => {
        const lines = new TextLines('doc.cfg');
        for (const text of versions) expect(lines.parse(text)).toEqual(parseText(text, 'doc.cfg'));
      }),
      { numRuns: 200 },
    );
  });

  it('gives it after one character changes anywhere', () => {
    fc.assert(
      fc.property(document, fc.nat(), fc.constantFrom('x', '"', ';', '#', ' ', '\n', ''), (text, at, ch) => {
        const lines = new TextLines('doc.cfg');
        lines.parse(text);
        const i = text.length === 0 ? 0 : at % text.length;
        const edited = text.slice(0, i) + ch + text.slice(i + 1);
        expect(lines.parse(edited)).toEqual(parseText(edited, 'doc.cfg'));
      }),
      { numRuns: 500 },
    );
  });

  // What an editor sends: each version the last one with a few characters typed, deleted or replaced,
  // line breaks among them (a '\r' typed before a '\n' joins them into one break).
  it('gives it through a session of small edits, each on the version before', () => {
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat(3),
      typed: fc.constantFrom('', 'x', '"', ';', '#', ' ', '\n', '\r', '\r\n', 'ab ;\n', '\nY "1" ;'),
    });
    fc.assert(
      fc.property(
        fc.oneof(document, longDocument),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        (text, edits) => {
          const lines = new TextLines('doc.cfg');
          let version = text;
          expect(lines.parse(version)).toEqual(parseText(version, 'doc.cfg'));
          for (const { at, cut, typed } of edits) {
            const i = version.length === 0 ? 0 : at % (version.length + 1);
            version = version.slice(0, i) + typed + version.slice(i + cut);
            expect(lines.parse(version)).toEqual(parseText(version, 'doc.cfg'));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  // Some versions change lines far apart at once (an undo, a replace-all): everything between the first
  // and the last change is looked at again.
  it('gives it when one version changes lines far apart', () => {
    fc.assert(
      fc.property(
        longDocument,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('x', '\n', '"', '')), { minLength: 2, maxLength: 4 }),
        (text, changes) => {
          const lines = new TextLines('doc.cfg');
          lines.parse(text);
          let version = text;
          for (const [at, typed] of changes) {
            const i = at % (version.length + 1);
            version = version.slice(0, i) + typed + version.slice(i + 1);
          }
          expect(lines.parse(version)).toEqual(parseText(version, 'doc.cfg'));
        },
      ),
      { numRuns: 300 },
    );
  });
});

// A language server runs for hours: the lines it keeps from version to version must not keep the old
// versions they were cut from. Measured in a process of its own (the built library, with the collector
// at hand): 1,500 edits of a 100 KB document, each on another line, held 160 MB before lines were
// copied out of their version, and hold about 10 MB since.
describe('a long editing session', () => {
  it('keeps no old version of the document alive', () => {
    const lib = pathToFileURL(join(import.meta.dirname, '..', 'dist', 'lib', 'parser', 'line-reuse.js')).href;
    const script = `
      const { TextLines } = await import(${JSON.stringify(lib)});
      const lines = Array.from({ length: 2000 }, (_, i) => 'Parameter_' + i + '[1] ! "' + 'v'.repeat(30) + '" ;');
      const doc = new TextLines('doc.cfg');
      globalThis.gc();
      const before = process.memoryUsage().heapUsed;
      for (let k = 0; k < 1500; k++) {
        const at = (k * 7) % lines.length;
        lines[at] = lines[at].replace(/"[^"]*"/, '"' + 'v'.repeat(30) + (k % 10) + '"');
        doc.parse(lines.join('\\n'));
      }
      globalThis.gc();
      console.log(process.memoryUsage().heapUsed - before);`;
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    const grown = Number(r.stdout.trim());
    expect(grown).toBeGreaterThan(0);
    expect(grown / 1e6).toBeLessThan(40);
  });
});
