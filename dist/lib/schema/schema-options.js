// Schema stage (schema options): picks the schemas and target for a run and normalises checked values.
// Input: schema options and profile entries. Output: a schema index (or an unknown-target diagnostic),
// diagnostics, and entries whose Yes/No values are in the canonical spelling.
import { diagnostic, range } from '../diagnostics/diagnostic.js';
import { builtinSchemas } from './builtin.js';
import { entryTag, findModel, schemaIndex } from './lookup.js';
import { parseTarget } from './firmware.js';
import { canonicalBool } from './types/bool.js';
export async function loadSchemaIndex(options) {
    if (options.schemas === false)
        return { ok: true, index: undefined };
    const schemas = options.schemas ?? (await builtinSchemas());
    const problem = options.target === undefined ? undefined : targetProblem(options.target, schemas);
    if (problem)
        return { ok: false, ...problem };
    return { ok: true, index: schemaIndex(schemas, options.target) };
}
/** Why a target (`SPA504G`, `SPA504G@7.5.5`) cannot be checked against, or undefined when it can. */
export function targetProblem(target, schemas) {
    const models = schemas.flatMap((s) => s.models.map((m) => m.name)).join(', ');
    if (!findModel(schemas, target))
        return { target, models };
    const { badFirmware } = parseTarget(target);
    return badFirmware === undefined ? undefined : { target, models, firmware: badFirmware };
}
/** The unknown-target diagnostic sits at `file` (the first input, the config or the profile that names
 * the target, or '' for the run itself), at `at` when the target is written there. */
export const unknownTargetDiagnostic = (file, problem, at = range(0)) => problem.firmware === undefined
    ? diagnostic('SPAC3006', file, at, { target: problem.target, models: problem.models })
    : diagnostic('SPAC3006', file, at, { target: problem.target, firmware: problem.firmware }, { message: 'firmware' });
/** Yes/No parameters are written Yes or No whatever SPC spelling the source used (`enable`, `1`). */
export function normalizeValues(items, index) {
    if (!index)
        return [...items];
    return items.map((item) => (item.kind === 'entry' ? normalizeEntry(item, index) : item));
}
function normalizeEntry(entry, index) {
    if (entry.value === undefined)
        return entry;
    const found = index.find(entryTag(entry));
    if (found.length === 0 || !found.every((f) => f.spec.type.kind === 'bool'))
        return entry;
    const canonical = canonicalBool(entry.value);
    return canonical === undefined || canonical === entry.value ? entry : { ...entry, value: canonical };
}
