// Schema stage (schema options): picks the schemas and target for a run and normalises checked values.
// Input: schema options and profile entries. Output: a schema index (or an unknown-target diagnostic),
// diagnostics, and entries whose Yes/No values are in the canonical spelling.
import { diagnostic, range, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import type { Entry, Item } from '../model/profile.js';
import { builtinSchemas } from './builtin.js';
import { entryTag, findModel, schemaIndex, type SchemaIndex } from './lookup.js';
import { parseTarget } from './firmware.js';
import type { SchemaFile } from './schema-types.js';
import { canonicalBool } from './types/bool.js';

export interface SchemaOptions {
  /** A model (`SPA504G`): check against its family and line count. Without it, against every schema. */
  readonly target?: string;
  /** Schemas to use instead of the built-in ones; `false` turns the schema check off. */
  readonly schemas?: readonly SchemaFile[] | false;
  /** The profile will be delivered encrypted, so secrets in it are not exposed. */
  readonly encrypted?: boolean;
}

export type IndexResult =
  { readonly ok: true; readonly index: SchemaIndex | undefined } | ({ readonly ok: false } & TargetProblem);

export async function loadSchemaIndex(options: SchemaOptions): Promise<IndexResult> {
  if (options.schemas === false) return { ok: true, index: undefined };
  const schemas = options.schemas ?? (await builtinSchemas());
  const problem = options.target === undefined ? undefined : targetProblem(options.target, schemas);
  if (problem) return { ok: false, ...problem };
  return { ok: true, index: schemaIndex(schemas, options.target) };
}

/** The parameters of SPAC3006: the target asked for, every model the schemas know and, when the model
 * is known but what follows '@' is not a version, that text. */
export interface TargetProblem {
  readonly target: string;
  readonly models: string;
  readonly firmware?: string;
}

/** Why a target (`SPA504G`, `SPA504G@7.5.5`) cannot be checked against, or undefined when it can. */
export function targetProblem(target: string, schemas: readonly SchemaFile[]): TargetProblem | undefined {
  const models = schemas.flatMap((s) => s.models.map((m) => m.name)).join(', ');
  if (!findModel(schemas, target)) return { target, models };
  const { badFirmware } = parseTarget(target);
  return badFirmware === undefined ? undefined : { target, models, firmware: badFirmware };
}

/** The unknown-target diagnostic sits at `file` (the first input, the config or the profile that names
 * the target, or '' for the run itself), at `at` when the target is written there. */
export const unknownTargetDiagnostic = (
  file: string,
  problem: TargetProblem,
  at: Range = range(0),
): Diagnostic =>
  problem.firmware === undefined
    ? diagnostic('SPAC3006', file, at, { target: problem.target, models: problem.models })
    : diagnostic(
        'SPAC3006',
        file,
        at,
        { target: problem.target, firmware: problem.firmware },
        { message: 'firmware' },
      );
/** Yes/No parameters are written Yes or No whatever SPC spelling the source used (`enable`, `1`). */
export function normalizeValues<T extends Item>(items: readonly T[], index: SchemaIndex | undefined): T[] {
  if (!index) return [...items];
  return items.map((item) => (item.kind === 'entry' ? (normalizeEntry(item, index) as T) : item));
}

function normalizeEntry(entry: Entry, index: SchemaIndex): Entry {
  if (entry.value === undefined) return entry;
  const found = index.find(entryTag(entry));
  if (found.length === 0 || !found.every((f) => f.spec.type.kind === 'bool')) return entry;
  const canonical = canonicalBool(entry.value);
  return canonical === undefined || canonical === entry.value ? entry : { ...entry, value: canonical };
}
