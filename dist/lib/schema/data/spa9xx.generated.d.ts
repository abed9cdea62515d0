import type { SchemaFile } from '../schema-types.js';
export declare const schema: SchemaFile;
