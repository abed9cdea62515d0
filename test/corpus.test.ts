// Conformance: every real sample profile in ../shared/corpus parses without a syntax error and round-trips.
// The corpus is not part of the repository; without it these tests are skipped and say why.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitXml } from '../src/codegen/emit-xml.js';
import { entriesOf } from '../src/model/profile.js';
import { parseXml } from '../src/parser/xml-front.js';
import { corpusAbsent, corpusDir, corpusPresent, renderTemplate } from './support/corpus.js';

const corpus = corpusDir;
const present = corpusPresent;
const files = present ? readdirSync(corpus).filter((f) => f.endsWith('.xml')) : [];

describe('corpus conformance', () => {
  it.skipIf(!present)(`finds the corpus samples${present ? '' : corpusAbsent}`, () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of files) {
    it(`${file} parses with no error and round-trips`, () => {
      const text = renderTemplate(readFileSync(join(corpus, file), 'utf8'));
      const parsed = parseXml(text, file);
      // Only duplicate warnings remain: the samples really do set a few parameters twice.
      expect(parsed.diagnostics.filter((d) => d.code !== 'SPAC2001')).toEqual([]);
      const entries = entriesOf(parsed.profile.items);
      expect(entries.length).toBeGreaterThan(file.includes('template') ? 40 : 600);
      const again = entriesOf(
        parseXml(emitXml(parsed.profile.items.filter((i) => i.kind !== 'import')).text, file).profile.items,
      );
      expect(again.map((e) => [e.name, e.access, e.value])).toEqual(
        entries.map((e) => [e.name, e.access, e.value]),
      );
    });
  }

  it.skipIf(!present)('keeps the trailing options comments of the SPA5xx sample', () => {
    const text = renderTemplate(readFileSync(join(corpus, 'spa5xx-sample.xml'), 'utf8'));
    const entries = entriesOf(parseXml(text, 'spa5xx-sample.xml').profile.items);
    const withOptions = entries.filter((e) => e.comment?.startsWith('options:'));
    expect(withOptions.length).toBe(244);
    expect(entries.find((e) => e.name === 'Date_Format')?.comment).toBe('options: month/day/day/month');
  });
});
