// CLI shell: turns `--target` and `--schema` into library schema options, reporting bad ones.
// Input: the flags and an Io. Output: SchemaOptions, or the exit code of a reported usage error.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { builtinSchemas } from '../schema/builtin.js';
import { findModel } from '../schema/lookup.js';
import type { SchemaFile } from '../schema/schema-types.js';
import { unknownTargetMessage, type SchemaOptions } from '../schema/stage.js';
import { readUserSchema } from '../schema/user-schema.js';
import type { Io } from './io.js';
import { EXIT_USAGE, readInputs, report } from './shared.js';

export interface SchemaArgs {
  readonly target?: string | undefined;
  readonly schema?: readonly string[] | undefined;
}

export type SchemaArgsResult =
  | { readonly ok: true; readonly options: SchemaOptions; readonly schemas: readonly SchemaFile[] }
  | { readonly ok: false; readonly exit: number };

/** User schemas replace the built-in ones; several are used together, like the built-in families. */
export async function schemaOptions(args: SchemaArgs, io: Io): Promise<SchemaArgsResult> {
  const user = await readSchemas(args.schema ?? [], io);
  if (!user.ok) return user;
  const schemas = user.schemas ?? (await builtinSchemas());
  if (args.target !== undefined && !findModel(schemas, args.target)) {
    io.stderr.write(`spac: error SPAC3006: ${unknownTargetMessage(args.target, schemas)}\n`);
    return { ok: false, exit: EXIT_USAGE };
  }
  const options: SchemaOptions = { schemas, ...(args.target === undefined ? {} : { target: args.target }) };
  return { ok: true, options, schemas };
}

type ReadSchemas =
  { readonly ok: true; readonly schemas?: SchemaFile[] } | { readonly ok: false; readonly exit: number };

async function readSchemas(paths: readonly string[], io: Io): Promise<ReadSchemas> {
  if (paths.length === 0) return { ok: true };
  const { inputs, failures } = await readInputs(paths, io);
  const problems: Diagnostic[] = [...failures];
  const schemas: SchemaFile[] = [];
  for (const input of inputs) {
    const read = readUserSchema(input.text, input.file);
    if (read.ok) schemas.push(read.schema);
    else problems.push(...read.diagnostics);
  }
  if (problems.length === 0) return { ok: true, schemas };
  report(problems, new Map(inputs.map((i) => [i.file, i.text])), io, io.stderr);
  return { ok: false, exit: EXIT_USAGE };
}
