import type { ModelSpec, SchemaFile } from '../schema/schema-types.js';
import type { Version } from '../schema/firmware.js';
export declare function sampleProfile(schema: SchemaFile, model: ModelSpec, format: 'text' | 'xml', firmware?: Version): string;
