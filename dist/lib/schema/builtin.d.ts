import type { SchemaFile } from './schema-types.js';
export declare const builtinFamilies: string[];
/** Loads every built-in family once. They pass the meta-check: the build runs it (see
 * builtinProblems) and fails, so a run does not pay for it at every start. */
export declare function builtinSchemas(): Promise<SchemaFile[]>;
/** What the meta-check finds in the built-in schemas: the build fails on any. */
export declare function builtinProblems(): Promise<string[]>;
