// XML front end against a conforming parser (libxml2's xmllint): over generated documents that mix
// what XML forbids (a '--' in a comment, ']]>' in text, a late declaration, a bare '&' or '<') with what
// it allows (non-ASCII names, CDATA, a byte order mark), spac finds a well-formedness error exactly where
// xmllint does. Skipped, with the reason, without xmllint (.ci/run installs libxml2-utils).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../src/parser/xml-front.js';

const xmllint = spawnSync('xmllint', ['--version']).status === 0;
/** The codes that say a document is not well-formed XML (others are about profiles). */
const NOT_WELL_FORMED = new Set([
  'SPAC1101',
  'SPAC1102',
  'SPAC1103',
  'SPAC1104',
  'SPAC1105',
  'SPAC1106',
  'SPAC1109',
  'SPAC1110',
  'SPAC1111',
  'SPAC1113',
  'SPAC1115',
]);

const name = fc.constantFrom('Resync_Periodic', 'Station_Name', 'Stätion', 'Ωmega_Name', 'Line_Enable_1_');
const text = fc.constantFrom('1', 'a b', 'a ]]> b', 'x &amp; y', 'a & b', 'a < b', 'é', 'a > b', '');
const comment = fc.constantFrom('ok', 'a -- b', 'end-', ' - ', '').map((c) => `<!--${c}-->`);
const element = fc
  .tuple(name, text, fc.boolean())
  .map(([n, t, cdata]) => `<${n}>${cdata ? `<![CDATA[${t.replace(']]>', '')}]]>` : t}</${n}>`);
const prolog = fc.constantFrom(
  '',
  '<?xml version="1.0"?>\n',
  '\n<?xml version="1.0"?>\n',
  '\uFEFF<?xml version="1.0"?>\n',
);
const documents = fc
  .tuple(prolog, fc.array(fc.oneof(element, comment), { minLength: 1, maxLength: 4 }))
  .map(([head, body]) => `${head}<flat-profile>\n${body.join('\n')}\n</flat-profile>\n`);

describe.skipIf(!xmllint)(`the XML front end and xmllint${xmllint ? '' : ' (skipped: no xmllint)'}`, () => {
  it('agree on which documents are well-formed', () => {
    const docs = fc.sample(documents, { numRuns: 300, seed: 20261201 });
    const dir = mkdtempSync(join(tmpdir(), 'spac-xml-diff-'));
    const files = docs.map((doc, i) => {
      const file = join(dir, `d${String(i)}.xml`);
      writeFileSync(file, doc);
      return file;
    });
    const lint = spawnSync('xmllint', ['--noout', ...files], { encoding: 'utf8' });
    const rejected = new Set(lint.stderr.split('\n').flatMap((l) => /^(\S+\.xml):\d+:/.exec(l)?.[1] ?? []));
    let both = 0;
    docs.forEach((doc, i) => {
      const file = files[i] ?? '';
      const spac = parseXml(doc.replace(/^\uFEFF/, ''), file).diagnostics.some((d) =>
        NOT_WELL_FORMED.has(d.code),
      );
      expect(spac, `${rejected.has(file) ? 'xmllint rejects' : 'xmllint accepts'}:\n${doc}`).toBe(
        rejected.has(file),
      );
      if (spac) both++;
    });
    // Both kinds were generated: the comparison can fail either way.
    expect(both).toBeGreaterThan(20);
    expect(docs.length - both).toBeGreaterThan(20);
  });
});
