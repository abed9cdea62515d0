import type { SchemaFile } from './schema-types.js';
export declare function curate(schema: SchemaFile): SchemaFile;
/** The curated file's text for generated data (a SchemaFile as JSON): what the committed
 * <family>.curated.json holds, before prettier lays it out. */
export declare const curatedData: (generated: unknown) => string;
