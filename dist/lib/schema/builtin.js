// Schema stage: the built-in schemas: generated data with the curated layer applied, loaded on demand.
// Input: nothing. Output: one SchemaFile per family (spa5xx, spa9xx, ata), each passing the meta-check.
import { additions, curations } from './data/curated.js';
import { metaCheck } from './meta-check.js';
const families = {
    spa5xx: () => import('./data/spa5xx.generated.js'),
    spa9xx: () => import('./data/spa9xx.generated.js'),
    ata: () => import('./data/ata.generated.js'),
};
export const builtinFamilies = Object.keys(families);
let cache;
/** Loads and curates every built-in family once. A built-in schema that fails the meta-check is a bug. */
export function builtinSchemas() {
    cache ??= Promise.all(Object.values(families).map(async (load) => {
        const schema = curate((await load()).schema);
        const problems = metaCheck(schema);
        if (problems.length > 0)
            throw new Error(`built-in schema '${schema.family}' is invalid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
        return schema;
    }));
    return cache;
}
export function curate(schema) {
    const have = new Set(schema.parameters.map((p) => p.xml));
    const added = (additions[schema.family] ?? []).filter((p) => !have.has(p.xml));
    return { ...schema, parameters: [...schema.parameters, ...added].map((p) => curations.reduce(apply, p)) };
}
function apply(spec, c) {
    if (!c.match.test(spec.xml))
        return spec;
    return {
        ...spec,
        ...(c.type ? { type: c.type } : {}),
        ...(c.description === undefined ? {} : { description: c.description }),
        ...(c.secret === undefined ? {} : { secret: c.secret }),
        ...(c.rangeNote === undefined ? {} : { rangeNote: c.rangeNote }),
    };
}
