// The fuzz campaigns (test/fuzz/campaigns.ts), a bounded share in every test run. `npm run fuzz` runs
// them long; FUZZ_RUNS and FUZZ_SEED (printed on failure by fast-check) reproduce any run.
import { describe, it } from 'vitest';
import { campaigns } from './fuzz/campaigns.js';

const numRuns = Number(process.env['FUZZ_RUNS'] ?? 300);
const seed = Number(process.env['FUZZ_SEED'] ?? 20261201);

describe('fuzz campaigns: never a throw on untrusted input', () => {
  for (const c of campaigns)
    it(
      c.name,
      () => {
        c.run({ numRuns, seed });
      },
      0,
    );
});
