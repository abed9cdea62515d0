import { type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import type { Item } from '../model/profile.js';
import { type SchemaIndex } from './lookup.js';
import type { SchemaFile } from './schema-types.js';
export interface SchemaOptions {
    /** A model (`SPA504G`): check against its family and line count. Without it, against every schema. */
    readonly target?: string;
    /** Schemas to use instead of the built-in ones; `false` turns the schema check off. */
    readonly schemas?: readonly SchemaFile[] | false;
    /** The profile will be delivered encrypted, so secrets in it are not exposed. */
    readonly encrypted?: boolean;
}
export type IndexResult = {
    readonly ok: true;
    readonly index: SchemaIndex | undefined;
} | ({
    readonly ok: false;
} & TargetProblem);
export declare function loadSchemaIndex(options: SchemaOptions): Promise<IndexResult>;
/** The parameters of SPAC3006: the target asked for, every model the schemas know and, when the model
 * is known but what follows '@' is not a version, that text. */
export interface TargetProblem {
    readonly target: string;
    readonly models: string;
    readonly firmware?: string;
}
/** Why a target (`SPA504G`, `SPA504G@7.5.5`) cannot be checked against, or undefined when it can. */
export declare function targetProblem(target: string, schemas: readonly SchemaFile[]): TargetProblem | undefined;
/** The unknown-target diagnostic sits at `file` (the first input, the config or the profile that names
 * the target, or '' for the run itself), at `at` when the target is written there. */
export declare const unknownTargetDiagnostic: (file: string, problem: TargetProblem, at?: Range) => Diagnostic;
/** Yes/No parameters are written Yes or No whatever SPC spelling the source used (`enable`, `1`). */
export declare function normalizeValues<T extends Item>(items: readonly T[], index: SchemaIndex | undefined): T[];
