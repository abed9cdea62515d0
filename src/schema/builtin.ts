// Schema stage: the built-in schemas: generated data with the curated layer applied, loaded on demand.
// Input: nothing. Output: one SchemaFile per family (spa5xx, spa9xx, ata), each passing the meta-check.
import { metaCheck } from './meta-check.js';
import type { SchemaFile } from './schema-types.js';

// JSON modules: parsed (JSON.parse speed) rather than compiled and evaluated as object literals, and
// shared by the library and the bundled command line (which imports these very files). They hold the
// generated data with the curated layer already applied (curate.ts, `npm run schemas:curate`; a test
// holds them to it): a start does not apply 54 patterns to 2,000 parameters every time.
const families: Record<string, () => Promise<{ default: unknown }>> = {
  spa5xx: () => import('./data/spa5xx.curated.json', { with: { type: 'json' } }),
  spa9xx: () => import('./data/spa9xx.curated.json', { with: { type: 'json' } }),
  ata: () => import('./data/ata.curated.json', { with: { type: 'json' } }),
};

export const builtinFamilies = Object.keys(families);

let cache: Promise<SchemaFile[]> | undefined;

/** Loads every built-in family once. They pass the meta-check: the build runs it (see
 * builtinProblems) and fails, so a run does not pay for it at every start. */
export function builtinSchemas(): Promise<SchemaFile[]> {
  // The build and the tests meta-check them (builtinProblems): their shape is a SchemaFile's.
  cache ??= Promise.all(Object.values(families).map(async (load) => (await load()).default as SchemaFile));
  return cache;
}

/** What the meta-check finds in the built-in schemas: the build fails on any. */
export async function builtinProblems(): Promise<string[]> {
  return (await builtinSchemas()).flatMap((schema) =>
    metaCheck(schema).map((p) => `built-in schema '${schema.family}': ${p.path}: ${p.message}`),
  );
}
