import type { ModelSpec, ParameterSpec, SchemaFile } from './schema-types.js';
import { type Version } from './firmware.js';
export interface ConcreteParameter {
    readonly spec: ParameterSpec;
    /** Text name and XML tag with the line filled in. */
    readonly name: string;
    readonly xml: string;
    readonly index?: number;
    readonly default?: string;
}
export declare const onModel: (spec: ParameterSpec, model: ModelSpec) => boolean;
/** The model's parameters on `firmware`; without one, on the newest firmware the data knows: a
 * parameter a later firmware dropped or renamed (a range with an upper bound) is left out, so a sample
 * never holds both spellings of one setting. */
export declare function concreteParameters(schema: SchemaFile, model: ModelSpec, firmware?: Version): ConcreteParameter[];
