import type { SchemaFile } from './schema-types.js';
export declare const builtinFamilies: string[];
/** Loads and curates every built-in family once. A built-in schema that fails the meta-check is a bug. */
export declare function builtinSchemas(): Promise<SchemaFile[]>;
export declare function curate(schema: SchemaFile): SchemaFile;
