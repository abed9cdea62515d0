// The generated schema data is reproducible: re-importing the corpus gives exactly what is committed.
// Skipped, with the reason, without the corpus.
import { describe, expect, it } from 'vitest';
import { corpusFamilies, importFamily } from '../scripts/corpus-families.js';
import { metaCheck } from '../src/schema/meta-check.js';
import { corpusAbsent, corpusDir, corpusPresent } from './support/corpus.js';

const generated = {
  spa5xx: () => import('../src/schema/data/spa5xx.generated.js'),
  spa9xx: () => import('../src/schema/data/spa9xx.generated.js'),
  ata: () => import('../src/schema/data/ata.generated.js'),
} as const;

describe.skipIf(!corpusPresent)(`generated schema data${corpusPresent ? '' : corpusAbsent}`, () => {
  for (const f of corpusFamilies) {
    it(`${f.family} matches a fresh import of the corpus (run 'npm run schemas:import' after a change)`, async () => {
      const fresh = importFamily(corpusDir, f).schema;
      expect(metaCheck(fresh)).toEqual([]);
      const committed = (await generated[f.family as keyof typeof generated]()).schema;
      expect(committed).toEqual(fresh);
    });
  }
});
