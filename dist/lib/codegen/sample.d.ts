import type { ModelSpec, SchemaFile } from '../schema/schema-types.js';
export declare function sampleProfile(schema: SchemaFile, model: ModelSpec, format: 'text' | 'xml'): string;
