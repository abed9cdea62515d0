// The generated schema data is reproducible: re-importing the corpus gives exactly what is committed.
// Skipped, with the reason, without the corpus.
import { describe, expect, it } from 'vitest';
import { corpusFamilies, importFamily } from '../scripts/corpus-families.js';
import { metaCheck } from '../src/schema/meta-check.js';
import { valueCheckers } from '../src/rules/value-checks.js';
import { curatedData } from '../src/schema/curate.js';
import { corpusAbsent, corpusDir, corpusPresent } from './support/corpus.js';

const generated = {
  spa5xx: () => import('../src/schema/data/spa5xx.generated.json', { with: { type: 'json' } }),
  spa9xx: () => import('../src/schema/data/spa9xx.generated.json', { with: { type: 'json' } }),
  ata: () => import('../src/schema/data/ata.generated.json', { with: { type: 'json' } }),
} as const;

describe.skipIf(!corpusPresent)(`generated schema data${corpusPresent ? '' : corpusAbsent}`, () => {
  for (const f of corpusFamilies) {
    it(`${f.family} matches a fresh import of the corpus (run 'npm run schemas:import' after a change)`, async () => {
      const fresh = importFamily(corpusDir, f).schema;
      expect(metaCheck(fresh, valueCheckers)).toEqual([]);
      const committed: unknown = (await generated[f.family as keyof typeof generated]()).default;
      expect(committed).toEqual(fresh);
    });
  }
});

const curated = {
  spa5xx: () => import('../src/schema/data/spa5xx.curated.json', { with: { type: 'json' } }),
  spa9xx: () => import('../src/schema/data/spa9xx.curated.json', { with: { type: 'json' } }),
  ata: () => import('../src/schema/data/ata.curated.json', { with: { type: 'json' } }),
} as const;

describe('curated schema data', () => {
  for (const family of Object.keys(curated) as (keyof typeof curated)[]) {
    it(`${family} is the generated data with curated.ts applied (run 'npm run schemas:curate' after a change)`, async () => {
      const fresh: unknown = JSON.parse(curatedData((await generated[family]()).default));
      expect((await curated[family]()).default).toEqual(fresh);
    });
  }
});

describe('built-in schemas', () => {
  it('pass the meta-check with the rules stage checking rule-typed defaults', async () => {
    const { builtinSchemas } = await import('../src/schema/builtin.js');
    for (const schema of await builtinSchemas()) expect(metaCheck(schema, valueCheckers)).toEqual([]);
  });
});
