// Value types, table-driven in the ajv style: test/types/<kind>.json lists groups of
// { description, type, tests: [{ description, value, valid }] }; a new case needs no code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TypeSpec } from '../src/schema/schema-types.js';
import { typeSpecProblem } from '../src/schema/meta-check.js';
import { valueCheckers } from '../src/rules/value-checks.js';
import { checkValue, typeKinds } from '../src/schema/types/index.js';

interface Case {
  description: string;
  value: string;
  valid: boolean;
}
interface Group {
  description: string;
  type: TypeSpec;
  tests: Case[];
}

const dir = join(import.meta.dirname, 'types');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

it('has a table for every type kind, and no table for an unknown kind', () => {
  expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...typeKinds].sort());
});

for (const file of files) {
  const groups = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Group[];
  describe(file, () => {
    it('has both valid and invalid values', () => {
      const all = groups.flatMap((g) => g.tests);
      expect(all.some((t) => t.valid) && all.some((t) => !t.valid)).toBe(true);
    });
    for (const group of groups) {
      describe(group.description, () => {
        it('uses a type the meta-check accepts', () => {
          expect(typeSpecProblem(group.type)).toBeUndefined();
        });
        for (const test of group.tests) {
          it(`${test.valid ? 'accepts' : 'rejects'} ${test.description}`, () => {
            const problem = checkValue(test.value, group.type, valueCheckers);
            expect(problem === undefined).toBe(test.valid);
            if (problem) {
              expect(problem.message).toMatch(/^[a-z'.]/);
              const at = problem.at ?? 0;
              expect(at + (problem.length ?? 0)).toBeLessThanOrEqual(test.value.length);
            }
          });
        }
      });
    }
  });
}
