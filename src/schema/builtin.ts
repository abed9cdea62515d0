// Schema stage: the built-in schemas: generated data with the curated layer applied, loaded on demand.
// Input: nothing. Output: one SchemaFile per family (spa5xx, spa9xx, ata), each passing the meta-check.
import { additions, curations, modelCurations, type Curation } from './data/curated.js';
import { metaCheck } from './meta-check.js';
import type { ParameterSpec, SchemaFile } from './schema-types.js';

// JSON modules: parsed (JSON.parse speed) rather than compiled and evaluated as object literals, and
// shared by the library and the bundled command line (which imports these very files).
const families: Record<string, () => Promise<{ default: unknown }>> = {
  spa5xx: () => import('./data/spa5xx.generated.json', { with: { type: 'json' } }),
  spa9xx: () => import('./data/spa9xx.generated.json', { with: { type: 'json' } }),
  ata: () => import('./data/ata.generated.json', { with: { type: 'json' } }),
};

export const builtinFamilies = Object.keys(families);

let cache: Promise<SchemaFile[]> | undefined;

/** Loads and curates every built-in family once. They pass the meta-check: the build runs it (see
 * builtinProblems) and fails, so a run does not pay for it at every start. */
export function builtinSchemas(): Promise<SchemaFile[]> {
  // The build and the tests meta-check them (builtinProblems): their shape is a SchemaFile's.
  cache ??= Promise.all(
    Object.values(families).map(async (load) => curate((await load()).default as SchemaFile)),
  );
  return cache;
}

/** What the meta-check finds in the built-in schemas: the build fails on any. */
export async function builtinProblems(): Promise<string[]> {
  return (await builtinSchemas()).flatMap((schema) =>
    metaCheck(schema).map((p) => `built-in schema '${schema.family}': ${p.path}: ${p.message}`),
  );
}

export function curate(schema: SchemaFile): SchemaFile {
  const have = new Set(schema.parameters.map((p) => p.xml));
  const added = (additions[schema.family] ?? []).filter((p) => !have.has(p.xml));
  const parameters = [...schema.parameters, ...added].map((p) => curations.reduce(apply, p));
  return { ...schema, models: curateModels(schema), parameters };
}

/** A curated model replaces the generated one of its name, or joins the family. */
function curateModels(schema: SchemaFile): SchemaFile['models'] {
  const curated = modelCurations[schema.family] ?? [];
  const replaced = schema.models.map((m) => curated.find((c) => c.name === m.name) ?? m);
  return [...replaced, ...curated.filter((c) => !schema.models.some((m) => m.name === c.name))];
}

function apply(spec: ParameterSpec, c: Curation): ParameterSpec {
  if (!c.match.test(spec.xml)) return spec;
  return {
    ...spec,
    ...(c.type ? { type: c.type } : {}),
    ...(c.description === undefined ? {} : { description: c.description }),
    ...(c.secret === undefined ? {} : { secret: c.secret }),
    ...(c.rangeNote === undefined ? {} : { rangeNote: c.rangeNote }),
    ...(c.name === undefined ? {} : { name: c.name }),
    ...(c.firmware === undefined ? {} : { firmware: c.firmware }),
    ...(c.source === undefined ? {} : { source: c.source }),
  };
}
