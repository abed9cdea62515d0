import { type Diagnostic } from '../diagnostics/diagnostic.js';
import { type UnwrapFailure, type UnwrapOptions } from '../encrypt/unwrap.js';
import { type Host } from '../model/host.js';
import type { Input } from '../parser/load.js';
import { type WorkspaceHost } from './host.js';
export interface ReadInputs {
    readonly inputs: Input[];
    readonly failures: Diagnostic[];
    /** A file could not be read at all (exit 2); a file read but not decoded is an error diagnostic (exit 1). */
    readonly ioFailed: boolean;
    /** Some input was encrypted: its secrets travel encrypted. */
    readonly encrypted: boolean;
    /** Inputs that were gzip'd or encrypted, which cannot be rewritten as plain text in place. */
    readonly packed: ReadonlySet<string>;
}
/** What the encrypt stage could not open, as a diagnostic at the start of the file: bytes that are no
 * text profile at all are an input problem (SPAC9003), the rest the encrypt stage's own codes. */
export declare const unwrapDiagnostic: (failure: UnwrapFailure, file: string) => Diagnostic;
/** Reads profiles, taking off encryption and gzip as the phone does; `keys` opens encrypted ones.
 * Standard input (`-`) is named `stdinName` when given: its config, overrides and imports are found as
 * for a file of that name (an editor's or a hook's buffer). */
export declare function readInputs(paths: readonly string[], host: WorkspaceHost, keys?: UnwrapOptions, stdinName?: string): Promise<ReadInputs>;
/** One input's bytes (a path, or `-` for stdin), or the SPAC9001 diagnostic saying why not. */
export declare function readOne(host: WorkspaceHost, path: string): Promise<{
    ok: true;
    file: string;
    bytes: Uint8Array;
} | {
    ok: false;
    failure: Diagnostic;
}>;
/** Imported files are read like inputs: encrypted or gzip'd imports open with the same key. */
export declare const importHost: (host: WorkspaceHost, keys?: UnwrapOptions) => Host;
