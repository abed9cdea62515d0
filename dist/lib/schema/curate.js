// Schema stage (curation, run by `npm run schemas:curate`, not at start-up): the curated layer laid over
// the generated data. Input: a generated SchemaFile and data/curated.ts. Output: the curated SchemaFile
// that src/schema/data/<family>.curated.json holds.
import { additions, curations, modelCurations } from './data/curated.js';
export function curate(schema) {
    const have = new Set(schema.parameters.map((p) => p.xml));
    const added = (additions[schema.family] ?? []).filter((p) => !have.has(p.xml));
    const parameters = [...schema.parameters, ...added].map((p) => curations.reduce(apply, p));
    return { ...schema, models: curateModels(schema), parameters };
}
/** A curated model replaces the generated one of its name, or joins the family. */
function curateModels(schema) {
    const curated = modelCurations[schema.family] ?? [];
    const replaced = schema.models.map((m) => curated.find((c) => c.name === m.name) ?? m);
    return [...replaced, ...curated.filter((c) => !schema.models.some((m) => m.name === c.name))];
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
        ...(c.name === undefined ? {} : { name: c.name }),
        ...(c.firmware === undefined ? {} : { firmware: c.firmware }),
        ...(c.source === undefined ? {} : { source: c.source }),
    };
}
/** The curated file's text for generated data (a SchemaFile as JSON): what the committed
 * <family>.curated.json holds, before prettier lays it out. */
export const curatedData = (generated) => `${JSON.stringify(curate(generated), null, 2)}\n`;
