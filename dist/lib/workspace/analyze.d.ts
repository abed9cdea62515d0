import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { UnwrapOptions } from '../encrypt/unwrap.js';
import type { Input } from '../parser/load.js';
import type { WorkspaceHost } from './host.js';
import { type Refusal, type SchemaArgs } from './schema-choice.js';
export interface AnalyzeFlags extends SchemaArgs {
    /** A config file used instead of the nearest spac.config.json above each profile. */
    readonly config?: string;
    /** The profiles travel encrypted: their secrets are not a warning. */
    readonly encrypted?: boolean;
    readonly keys?: UnwrapOptions;
    /** Show secret values in code frames and messages (by default they are blanked). */
    readonly showSecrets?: boolean;
    /** Folders imports may also read from (see import-roots.ts). */
    readonly importRoots?: readonly string[];
    /** The name standard input is checked under (its config and imports are found from it). */
    readonly stdinName?: string;
    /** Only errors are wanted (see CheckOptions.errorsOnly). */
    readonly errorsOnly?: boolean;
}
export type Analysis = {
    readonly ok: true;
    readonly diagnostics: Diagnostic[];
    readonly sources: Map<string, string>;
    /** With `errorsOnly`: the fixable diagnostics left out (see CheckResult.droppedFixable). */
    readonly droppedFixable?: Diagnostic[];
} | Refusal;
export declare function analyze(host: WorkspaceHost, inputs: readonly Input[], flags: AnalyzeFlags): Promise<Analysis>;
export type WorkspaceCheck = {
    readonly ok: true;
    readonly diagnostics: Diagnostic[];
    readonly sources: Map<string, string>;
    /** Some path could not be read at all: `spac check` exits 2. */
    readonly ioFailed: boolean;
    /** The files checked, once folders and globs were expanded. */
    readonly files: readonly string[];
    /** With `errorsOnly`: the fixable diagnostics left out (see CheckResult.droppedFixable). */
    readonly droppedFixable?: Diagnostic[];
} | Refusal;
/** `spac check` as a library call: expands folders and globs, reads the paths (opening encrypted and
 * gzip'd ones with `keys`), then analyzes them. The CLI adds only the rendering and the exit code. */
export declare function checkFiles(host: WorkspaceHost, paths: readonly string[], flags: AnalyzeFlags): Promise<WorkspaceCheck>;
