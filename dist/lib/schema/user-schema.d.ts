import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SchemaFile, ValueCheckers } from './schema-types.js';
export type UserSchemaResult = {
    readonly ok: true;
    readonly schema: SchemaFile;
} | {
    readonly ok: false;
    readonly diagnostics: Diagnostic[];
};
/** `checkers`: see ValueCheckers (the workspace's readUserSchema passes the rules stage's). */
export declare function parseUserSchema(text: string, file: string, checkers?: ValueCheckers): UserSchemaResult;
