// Workspace (schema and target choice): which schemas and model a file is checked against: the flags,
// else its `spac: target=` directive, else its config. Input: those choices and a WorkspaceHost. Output:
// library schema options, or the diagnostics of a broken schema file or an unknown target (exit 2).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { valueCheckers } from '../rules/value-checks.js';
import { builtinSchemas } from '../schema/builtin.js';
import { schemaIndex, type SchemaIndex } from '../schema/lookup.js';
import type { SchemaFile } from '../schema/schema-types.js';
import { targetProblem, unknownTargetDiagnostic, type SchemaOptions } from '../schema/schema-options.js';
import { parseUserSchema, type UserSchemaResult } from '../schema/user-schema.js';
import type { Input } from '../parser/load.js';
import { targetDirectiveAt } from './directives.js';
import type { WorkspaceHost } from './host.js';
import { readInputs } from './inputs.js';
import { fileSettings } from './file-settings.js';
import type { FileSettings, WrittenAt } from './settings.js';
import { append } from '../text/append.js';

export interface SchemaArgs {
  readonly target?: string | undefined;
  /** Where the target was written (a config's value, a profile's directive); not for a flag. */
  readonly targetAt?: WrittenAt | undefined;
  readonly schema?: readonly string[] | undefined;
}

/** A run that cannot start: its diagnostics, with the sources they point into. */
export interface Refusal {
  readonly ok: false;
  readonly diagnostics: Diagnostic[];
  readonly sources: Map<string, string>;
}

export type SchemaChoice =
  { readonly ok: true; readonly options: SchemaOptions; readonly schemas: readonly SchemaFile[] } | Refusal;

/** A schema file, checked with every value check of the later stages (rule defaults included). */
export const readUserSchema = (text: string, file: string): UserSchemaResult =>
  parseUserSchema(text, file, valueCheckers);

/** User schemas replace the built-in ones; several are used together, like the built-in families. An
 * unknown target is a diagnostic with no file ('' ): it concerns the run, not a profile. */
export async function schemaOptions(args: SchemaArgs, host: WorkspaceHost): Promise<SchemaChoice> {
  const user = await readSchemas(args.schema ?? [], host);
  if (!user.ok) return user;
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
  const options: SchemaOptions = { schemas, ...(args.target === undefined ? {} : { target: args.target }) };
  return { ok: true, options, schemas };
}

async function readSchemas(
  paths: readonly string[],
  host: WorkspaceHost,
): Promise<{ readonly ok: true; readonly schemas?: SchemaFile[] } | Refusal> {
  if (paths.length === 0) return { ok: true };
  const { inputs, failures } = await readInputs(paths, host);
  const problems: Diagnostic[] = [...failures];
  const schemas: SchemaFile[] = [];
  for (const input of inputs) {
    const read = readUserSchema(input.text, input.file);
    if (read.ok) schemas.push(read.schema);
    else append(problems, read.diagnostics);
  }
  if (problems.length === 0) return { ok: true, schemas };
  return { ok: false, diagnostics: problems, sources: new Map(inputs.map((i) => [i.file, i.text])) };
}

/** The schema arguments of one file: flags first, then its directive, then its config. */
export function schemaArgsFor(
  input: Input,
  settings: FileSettings | undefined,
  flags: SchemaArgs,
): SchemaArgs {
  const schema = flags.schema ?? settings?.schema;
  const chosen = { ...(schema === undefined ? {} : { schema }) };
  if (flags.target !== undefined) return { ...chosen, target: flags.target };
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
export async function schemaIndexFor(
  host: WorkspaceHost,
  file: string,
  text: string,
): Promise<SchemaIndex | undefined> {
  const found = await fileSettings(host, [file]);
  if (!found.ok) return undefined;
  const args = schemaArgsFor({ file, text }, found.settings.get(file), {});
  const picked = await schemaOptions(args, host);
  if (!picked.ok) return undefined;
  return schemaIndex(picked.schemas, args.target);
}

export type OutputChoice =
  | {
      readonly ok: true;
      readonly options: SchemaOptions;
      readonly schemas: readonly SchemaFile[];
      readonly settings: FileSettings | undefined;
    }
  | Refusal;

/** One output, one set of settings (`spac compile`): those of the first input's config, under the
 * flags (config: an explicit config file). */
export async function outputSettings(
  host: WorkspaceHost,
  first: string | undefined,
  flags: SchemaArgs & { readonly config?: string | undefined },
): Promise<OutputChoice> {
  const found = await fileSettings(host, first === undefined ? [] : [first], flags.config);
  if (!found.ok) return found;
  const settings = [...found.settings.values()][0];
  const target = flags.target ?? settings?.target;
  const targetAt = flags.target === undefined ? settings?.targetAt : undefined;
  const schema = flags.schema ?? settings?.schema;
  const args = { ...(target ? { target, targetAt } : {}), ...(schema ? { schema } : {}) };
  const picked = await schemaOptions(args, host);
  return picked.ok ? { ...picked, settings } : picked;
}
