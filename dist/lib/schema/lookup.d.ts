import { type NameTable } from '../model/names.js';
import type { Entry } from '../model/profile.js';
import type { ModelSpec, ParameterSpec, SchemaFile } from './schema-types.js';
export interface Found {
    readonly spec: ParameterSpec;
    readonly family: SchemaFile;
    /** The line number of a per-line family (`Line_Enable[3]` -> 3). */
    readonly index?: number;
}
export interface SchemaIndex {
    readonly schemas: readonly SchemaFile[];
    readonly target?: {
        readonly model: ModelSpec;
        readonly family: SchemaFile;
    };
    /** Where the name is a parameter, in every family that has it. */
    readonly find: (xmlTag: string) => Found[];
    /** Text and XML spellings of every parameter in scope (the target's family, or all), for suggestions. */
    readonly names: (form: 'text' | 'xml') => readonly string[];
    readonly nameTable: NameTable;
}
export declare function findModel(schemas: readonly SchemaFile[], name: string): {
    model: ModelSpec;
    family: SchemaFile;
} | undefined;
export declare function schemaIndex(schemas: readonly SchemaFile[], targetName?: string): SchemaIndex;
/** `Line_Enable[n]` found as line 3 -> `Line_Enable[3]`. */
export declare const textNameOf: (found: Found | undefined) => string | undefined;
export declare const xmlTagOf: (spec: ParameterSpec, index?: number) => string;
export declare const entryTag: (entry: Entry) => string;
