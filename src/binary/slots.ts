// Binary stage (field table): the schema family as a numbered list of slots, one per parameter and, for a
// per-line parameter, one per line up to the family's most lines. Input: a SchemaFile. Output: slot
// lookups both ways and the hash that ties a binary to the table it was built against.
import { nodeCrypto } from '../text/lazy-builtins.js';
import type { ParameterSpec, SchemaFile } from '../schema/schema-types.js';

export interface Slot {
  readonly spec: ParameterSpec;
  readonly line?: number;
  /** Spellings this slot decodes to. */
  readonly text: string;
  readonly xml: string;
}

export interface SlotTable {
  readonly family: string;
  readonly hash: Uint8Array;
  readonly slots: readonly Slot[];
  /** Slot number of an XML tag, if the family has it. */
  readonly slotOf: (xmlTag: string) => number | undefined;
}

const perLine = (spec: ParameterSpec): boolean => spec.name.includes('[n]');

const cache = new WeakMap<SchemaFile, SlotTable>();

export function slotTable(family: SchemaFile): SlotTable {
  const cached = cache.get(family);
  if (cached) return cached;
  const lines = Math.max(1, ...family.models.map((m) => m.lines));
  const slots: Slot[] = family.parameters.flatMap((spec) =>
    perLine(spec)
      ? Array.from({ length: lines }, (_, i) => slot(spec, i + 1))
      : [{ spec, text: spec.name, xml: spec.xml }],
  );
  const byXml = new Map(slots.map((s, i) => [s.xml, i]));
  const table = {
    family: family.family,
    hash: schemaHash(family, lines),
    slots,
    slotOf: (t: string) => byXml.get(t),
  };
  cache.set(family, table);
  return table;
}

const slot = (spec: ParameterSpec, line: number): Slot => ({
  spec,
  line,
  text: spec.name.replace('[n]', `[${String(line)}]`),
  xml: spec.xml.replace('{n}', String(line)),
});

/** Over what decides the encoding only (order, names, types, line count): a new description or default
 * leaves the hash, and the binaries built against it, alone. */
function schemaHash(family: SchemaFile, lines: number): Uint8Array {
  const table = family.parameters.map((p) => [p.name, p.xml, p.type]);
  return nodeCrypto()
    .createHash('sha256')
    .update(JSON.stringify([family.family, lines, table]))
    .digest();
}
