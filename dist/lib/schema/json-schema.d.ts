import type { ModelSpec, SchemaFile } from './schema-types.js';
type Json = Record<string, unknown>;
/** With a target, per-line families are listed line by line; without one, as patterns over any line. */
export declare function toJsonSchema(schemas: readonly SchemaFile[], target?: {
    model: ModelSpec;
    family: SchemaFile;
}): Json;
export {};
