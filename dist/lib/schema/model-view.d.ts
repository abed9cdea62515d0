import type { ModelSpec, ParameterSpec, SchemaFile } from './schema-types.js';
export interface ConcreteParameter {
    readonly spec: ParameterSpec;
    /** Text name and XML tag with the line filled in. */
    readonly name: string;
    readonly xml: string;
    readonly index?: number;
    readonly default?: string;
}
export declare const onModel: (spec: ParameterSpec, model: ModelSpec) => boolean;
export declare function concreteParameters(schema: SchemaFile, model: ModelSpec): ConcreteParameter[];
