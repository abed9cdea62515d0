import { type NameTable } from '../model/names.js';
import type { Entry } from '../model/profile.js';
import type { ModelSpec, ParameterSpec, SchemaFile } from './schema-types.js';
import { type Version } from './firmware.js';
export interface Found {
    readonly spec: ParameterSpec;
    readonly family: SchemaFile;
    /** The line number of a per-line family (`Line_Enable[3]` -> 3). */
    readonly index?: number;
}
export interface SchemaIndex {
    readonly schemas: readonly SchemaFile[];
    readonly target?: Target;
    /** Where the name is a parameter, in every family that has it. */
    readonly find: (xmlTag: string) => readonly Found[];
    /** Whether any family marks the name secret: `find(tag).some(spec.secret)`, asked of every entry of a
     * report, answered from two sets with nothing allocated. */
    readonly secret: (xmlTag: string) => boolean;
    /** Text and XML spellings of every parameter in scope (the target's family, or all), for suggestions. */
    readonly names: (form: 'text' | 'xml') => readonly string[];
    readonly nameTable: NameTable;
}
/** The model checked against, and its firmware when the target named one (`SPA504G@7.5.5`). */
export interface Target {
    readonly model: ModelSpec;
    readonly family: SchemaFile;
    readonly firmware?: Version;
}
/** The model a target names; the firmware after '@', if any, is left to the caller. */
export declare function findModel(schemas: readonly SchemaFile[], target: string): {
    model: ModelSpec;
    family: SchemaFile;
} | undefined;
export declare function schemaIndex(schemas: readonly SchemaFile[], targetName?: string): SchemaIndex;
/** Whether the target's firmware has what a range limits (no range, or no firmware targeted: yes). */
export declare const firmwareHas: (target: Target | undefined, range: string | undefined) => boolean;
/** The model's line count on the target's firmware. */
export declare const linesOn: (model: ModelSpec, target: Target | undefined) => number;
/** `Line_Enable[n]` found as line 3 -> `Line_Enable[3]`. */
export declare const textNameOf: (found: Found | undefined) => string | undefined;
export declare const xmlTagOf: (spec: ParameterSpec, index?: number) => string;
export declare const entryTag: (entry: Entry) => string;
/** `SPA504G`, or `SPA504G@7.5.5` when the target names its firmware. */
export declare const targetName: (index: SchemaIndex) => string;
