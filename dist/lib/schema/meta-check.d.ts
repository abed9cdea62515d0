import { type ParameterSpec, type SchemaFile, type ValueCheckers } from './schema-types.js';
export interface MetaProblem {
    readonly path: string;
    readonly message: string;
}
/** `checkers` check defaults of the types later stages own (rules); see ValueCheckers. */
export declare function metaCheck(data: unknown, checkers?: ValueCheckers): MetaProblem[];
export declare function typeSpecProblem(type: unknown): string | undefined;
/** The typed view of data that passed the meta-check. */
export declare const asSchema: (data: unknown) => SchemaFile;
export type { ParameterSpec };
