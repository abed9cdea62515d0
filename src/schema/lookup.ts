// Schema stage: finds the schema parameter behind a profile entry, per family, and the models in scope.
// Input: schemas and an optional target model. Output: an index answering "what is this name?".
import { xmlNameOf, type NameTable } from '../model/names.js';
import type { Entry } from '../model/profile.js';
import { familyPattern, lineSpelling, splitLineName } from './line-names.js';
import type { ModelSpec, ParameterSpec, SchemaFile } from './schema-types.js';

export interface Found {
  readonly spec: ParameterSpec;
  readonly family: SchemaFile;
  /** The line number of a per-line family (`Line_Enable[3]` -> 3). */
  readonly index?: number;
}

export interface SchemaIndex {
  readonly schemas: readonly SchemaFile[];
  readonly target?: { readonly model: ModelSpec; readonly family: SchemaFile };
  /** Where the name is a parameter, in every family that has it. */
  readonly find: (xmlTag: string) => Found[];
  /** Text and XML spellings of every parameter in scope (the target's family, or all), for suggestions. */
  readonly names: (form: 'text' | 'xml') => readonly string[];
  readonly nameTable: NameTable;
}

export function findModel(
  schemas: readonly SchemaFile[],
  name: string,
): { model: ModelSpec; family: SchemaFile } | undefined {
  for (const family of schemas) {
    const model = family.models.find((m) => m.name.toLowerCase() === name.toLowerCase());
    if (model) return { model, family };
  }
  return undefined;
}

export function schemaIndex(schemas: readonly SchemaFile[], targetName?: string): SchemaIndex {
  const byXml = new Map<string, Found[]>();
  for (const family of schemas) {
    for (const spec of family.parameters)
      byXml.set(spec.xml, [...(byXml.get(spec.xml) ?? []), { spec, family }]);
  }
  const lines = new Map<string, Found[]>();
  const find = (tag: string): Found[] => {
    const plain = byXml.get(tag) ?? lines.get(tag);
    if (plain) return plain;
    const split = splitLineName(tag, 'xml');
    if (!split) return [];
    const found = (byXml.get(familyPattern(split.base, 'xml')) ?? []).map((f) => ({
      ...f,
      index: split.line,
    }));
    // A line's name is looked up again and again: keep what it found (only names that are known).
    if (found.length > 0) lines.set(tag, found);
    return found;
  };
  const target = targetName === undefined ? undefined : findModel(schemas, targetName);
  const scope = target ? [target.family] : schemas;
  const spellings = {
    text: [...new Set(scope.flatMap((f) => f.parameters.map((p) => p.name)))],
    xml: [...new Set(scope.flatMap((f) => f.parameters.map((p) => p.xml)))],
  };
  const names = (form: 'text' | 'xml') => spellings[form];
  const nameTable: NameTable = { textNameOf: (tag) => textNameOf(find(tag)[0]) };
  return { schemas, ...(target ? { target } : {}), find, names, nameTable };
}

/** `Line_Enable[n]` found as line 3 -> `Line_Enable[3]`. */
export const textNameOf = (found: Found | undefined): string | undefined =>
  found === undefined
    ? undefined
    : found.index === undefined
      ? found.spec.name
      : lineSpelling(found.spec.name, found.index);

export const xmlTagOf = (spec: ParameterSpec, index?: number): string => lineSpelling(spec.xml, index ?? 1);

export const entryTag = (entry: Entry): string => xmlNameOf(entry);
