// Schema stage (schema options): picks the schemas and target for a run and normalises checked values.
// Input: schema options and profile entries. Output: a schema index (or an unknown-target diagnostic),
// diagnostics, and entries whose Yes/No values are in the canonical spelling.
import { diagnostic, range, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Entry, Item } from '../model/profile.js';
import { builtinSchemas } from './builtin.js';
import { entryTag, findModel, schemaIndex, type SchemaIndex } from './lookup.js';
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
  | { readonly ok: true; readonly index: SchemaIndex | undefined }
  | { readonly ok: false; readonly target: string; readonly models: string };

export async function loadSchemaIndex(options: SchemaOptions): Promise<IndexResult> {
  if (options.schemas === false) return { ok: true, index: undefined };
  const schemas = options.schemas ?? (await builtinSchemas());
  if (options.target !== undefined && !findModel(schemas, options.target))
    return { ok: false, ...unknownTargetParams(options.target, schemas) };
  return { ok: true, index: schemaIndex(schemas, options.target) };
}

/** The parameters of SPAC3006: the target asked for and every model the schemas know. */
export function unknownTargetParams(
  target: string,
  schemas: readonly SchemaFile[],
): { readonly target: string; readonly models: string } {
  return { target, models: schemas.flatMap((s) => s.models.map((m) => m.name)).join(', ') };
}

/** The unknown-target diagnostic sits at `file` (the first input, or '' for the run itself). */
export const unknownTargetDiagnostic = (
  file: string,
  params: { readonly target: string; readonly models: string },
): Diagnostic => diagnostic('SPAC3006', file, range(0), { target: params.target, models: params.models });

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
