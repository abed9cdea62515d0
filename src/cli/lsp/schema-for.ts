// CLI shell (language server): the schema index a document is edited against: its directive's target,
// else its config's target and schemas. Input: the document path and text. Output: an index, or
// undefined when the config or schemas are broken (the diagnostics say why).
import { fileSettings } from '../file-settings.js';
import { schemaArgsFor } from '../analyze.js';
import type { Io } from '../io.js';
import { schemaOptions } from '../schema-args.js';
import { schemaIndex, type SchemaIndex } from '../../schema/lookup.js';

export async function schemaIndexFor(io: Io, file: string, text: string): Promise<SchemaIndex | undefined> {
  const found = await fileSettings(io, [file]);
  if (!found.ok) return undefined;
  const args = schemaArgsFor({ file, text }, found.settings.get(file), {});
  const picked = await schemaOptions(args, io);
  if (!picked.ok) return undefined;
  return schemaIndex(picked.schemas, args.target);
}
