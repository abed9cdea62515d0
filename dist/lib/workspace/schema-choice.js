import { valueCheckers } from '../rules/value-checks.js';
import { builtinSchemas } from '../schema/builtin.js';
import { schemaIndex } from '../schema/lookup.js';
import { targetProblem, unknownTargetDiagnostic } from '../schema/schema-options.js';
import { parseUserSchema } from '../schema/user-schema.js';
import { targetDirectiveAt } from './directives.js';
import { readInputs } from './inputs.js';
import { fileSettings } from './file-settings.js';
import { append } from '../text/append.js';
/** A schema file, checked with every value check of the later stages (rule defaults included). */
export const readUserSchema = (text, file) => parseUserSchema(text, file, valueCheckers);
/** User schemas replace the built-in ones; several are used together, like the built-in families. An
 * unknown target is a diagnostic with no file ('' ): it concerns the run, not a profile. */
export async function schemaOptions(args, host) {
    const user = await readSchemas(args.schema ?? [], host);
    if (!user.ok)
        return user;
    const schemas = user.schemas ?? (await builtinSchemas());
    const problem = args.target === undefined ? undefined : targetProblem(args.target, schemas);
    if (problem) {
        const at = args.targetAt;
        return at === undefined
            ? { ok: false, diagnostics: [unknownTargetDiagnostic('', problem)], sources: new Map() }
            : {
                ok: false,
                diagnostics: [unknownTargetDiagnostic(at.file, problem, at.range)],
                sources: new Map([[at.file, at.text]]),
            };
    }
    const options = { schemas, ...(args.target === undefined ? {} : { target: args.target }) };
    return { ok: true, options, schemas };
}
async function readSchemas(paths, host) {
    if (paths.length === 0)
        return { ok: true };
    const { inputs, failures } = await readInputs(paths, host);
    const problems = [...failures];
    const schemas = [];
    for (const input of inputs) {
        const read = readUserSchema(input.text, input.file);
        if (read.ok)
            schemas.push(read.schema);
        else
            append(problems, read.diagnostics);
    }
    if (problems.length === 0)
        return { ok: true, schemas };
    return { ok: false, diagnostics: problems, sources: new Map(inputs.map((i) => [i.file, i.text])) };
}
/** The schema arguments of one file: flags first, then its directive, then its config. */
export function schemaArgsFor(input, settings, flags) {
    const schema = flags.schema ?? settings?.schema;
    const chosen = { ...(schema === undefined ? {} : { schema }) };
    if (flags.target !== undefined)
        return { ...chosen, target: flags.target };
    const directive = targetDirectiveAt(input.text);
    if (directive === undefined)
        return settings?.target === undefined
            ? chosen
            : { ...chosen, target: settings.target, targetAt: settings.targetAt };
    const range = { start: directive.start, end: directive.end };
    return { ...chosen, target: directive.target, targetAt: { file: input.file, text: input.text, range } };
}
/** The schema index a document is edited against (the language server): its directive's target, else
 * its config's target and schemas; undefined when the config or schemas are broken. */
export async function schemaIndexFor(host, file, text) {
    const found = await fileSettings(host, [file]);
    if (!found.ok)
        return undefined;
    const args = schemaArgsFor({ file, text }, found.settings.get(file), {});
    const picked = await schemaOptions(args, host);
    if (!picked.ok)
        return undefined;
    return schemaIndex(picked.schemas, args.target);
}
/** One output, one set of settings (`spac compile`): those of the first input's config, under the
 * flags (config: an explicit config file). */
export async function outputSettings(host, first, flags) {
    const found = await fileSettings(host, first === undefined ? [] : [first], flags.config);
    if (!found.ok)
        return found;
    const settings = [...found.settings.values()][0];
    const target = flags.target ?? settings?.target;
    const targetAt = flags.target === undefined ? settings?.targetAt : undefined;
    const schema = flags.schema ?? settings?.schema;
    const args = { ...(target ? { target, targetAt } : {}), ...(schema ? { schema } : {}) };
    const picked = await schemaOptions(args, host);
    return picked.ok ? { ...picked, settings } : picked;
}
