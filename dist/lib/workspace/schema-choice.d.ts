import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type SchemaIndex } from '../schema/lookup.js';
import type { SchemaFile } from '../schema/schema-types.js';
import { type SchemaOptions } from '../schema/schema-options.js';
import { type UserSchemaResult } from '../schema/user-schema.js';
import type { Input } from '../parser/load.js';
import type { WorkspaceHost } from './host.js';
import type { FileSettings, WrittenAt } from './settings.js';
export interface SchemaArgs {
    readonly target?: string | undefined;
    /** Where the target was written (a config's value, a profile's directive); not for a flag. */
    readonly targetAt?: WrittenAt | undefined;
    readonly schema?: readonly string[] | undefined;
}
/** A run that cannot start: its diagnostics, with the sources they point into. */
export interface Refusal {
    readonly ok: false;
    readonly diagnostics: Diagnostic[];
    readonly sources: Map<string, string>;
}
export type SchemaChoice = {
    readonly ok: true;
    readonly options: SchemaOptions;
    readonly schemas: readonly SchemaFile[];
} | Refusal;
/** A schema file, checked with every value check of the later stages (rule defaults included). */
export declare const readUserSchema: (text: string, file: string) => UserSchemaResult;
/** User schemas replace the built-in ones; several are used together, like the built-in families. An
 * unknown target is a diagnostic with no file ('' ): it concerns the run, not a profile. */
export declare function schemaOptions(args: SchemaArgs, host: WorkspaceHost): Promise<SchemaChoice>;
/** The schema arguments of one file: flags first, then its directive, then its config. */
export declare function schemaArgsFor(input: Input, settings: FileSettings | undefined, flags: SchemaArgs): SchemaArgs;
/** The schema index a document is edited against (the language server): its directive's target, else
 * its config's target and schemas; undefined when the config or schemas are broken. */
export declare function schemaIndexFor(host: WorkspaceHost, file: string, text: string): Promise<SchemaIndex | undefined>;
export type OutputChoice = {
    readonly ok: true;
    readonly options: SchemaOptions;
    readonly schemas: readonly SchemaFile[];
    readonly settings: FileSettings | undefined;
} | Refusal;
/** One output, one set of settings (`spac compile`): those of the first input's config, under the
 * flags (config: an explicit config file). */
export declare function outputSettings(host: WorkspaceHost, first: string | undefined, flags: SchemaArgs & {
    readonly config?: string | undefined;
}): Promise<OutputChoice>;
