// Built-in schemas against the real sample profiles: zero errors on correct profiles, per family and per
// model, and the parameters a model lacks are reported. Skipped, with the reason, without the corpus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, type CheckResult } from '../src/workspace/pipeline.js';
import { memoryHost } from '../src/model/host.js';
import { builtinSchemas } from '../src/schema/builtin.js';
import { corpusAbsent, corpusDir, corpusPresent, renderTemplate } from './support/corpus.js';

const samples = { spa5xx: 'spa5xx-sample.xml', spa9xx: 'spa9xx-sample.xml', ata: 'linksys-ata-sample.xml' };
const schemas = await builtinSchemas();

async function checkSample(file: string, target?: string): Promise<CheckResult> {
  const text = renderTemplate(readFileSync(join(corpusDir, file), 'utf8'));
  return check([{ file, text }], { host: memoryHost({}), ...(target === undefined ? {} : { target }) });
}

const codes = (r: CheckResult) => [...new Set(r.diagnostics.map((d) => d.code))].sort();
const errors = (r: CheckResult) => r.diagnostics.filter((d) => d.severity === 'error');

describe.skipIf(!corpusPresent)(
  `corpus samples against the built-in schemas${corpusPresent ? '' : corpusAbsent}`,
  () => {
    it('has a built-in family for every sample', () => {
      expect(schemas.map((s) => s.family).sort()).toEqual(Object.keys(samples).sort());
    });

    for (const [family, file] of Object.entries(samples)) {
      it(`${file} checks with no diagnostic but duplicates, without a target`, async () => {
        const result = await checkSample(file);
        expect(result.diagnostics.filter((d) => d.code !== 'SPAC2001')).toEqual([]);
      });

      const models = schemas.find((s) => s.family === family)?.models ?? [];
      for (const model of models) {
        it(`${file} checks with no error against ${model.name}`, async () => {
          const result = await checkSample(file, model.name);
          expect(errors(result)).toEqual([]);
          // Only what the phone ignores may be reported: lines the model lacks, or duplicates.
          expect(codes(result).filter((c) => !['SPAC2001', 'SPAC3003', 'SPAC3004'].includes(c))).toEqual([]);
        });
      }
    }

    it('reports the parameters an SPA9xx phone lacks in the SPA5xx sample, and only those', async () => {
      const result = await checkSample(samples.spa5xx, 'SPA962');
      const lacking = result.diagnostics.filter((d) => d.code === 'SPAC3003');
      expect(lacking.length).toBeGreaterThan(100);
      expect(errors(result)).toEqual([]);
      const spa9xx = schemas.find((s) => s.family === 'spa9xx');
      const tags = new Set(spa9xx?.parameters.map((p) => p.xml.replace('{n}', 'N')));
      for (const d of lacking) {
        const name = /'([^']+)'/.exec(d.message)?.[1] ?? '';
        expect(tags.has(name), name).toBe(false);
        expect(tags.has(name.replace(/_[0-9]+_$/, '_N_')), name).toBe(false);
      }
      const knownOnBoth = result.diagnostics.find((d) => d.message.includes("'Station_Name'"));
      expect(knownOnBoth).toBeUndefined();
    });
  },
);
