import type { DirEntry, WorkspaceHost } from '../workspace/host.js';
/** The message of a system error without its path (the diagnostic already names the file). */
export declare function reasonOf(error: unknown): string;
/** Profiles, inventories and certificates are small; anything larger is refused rather than read. */
export declare const MAX_INPUT_BYTES: number;
/** A host that can also list a folder (the language server completes file names after `import`). */
export interface ListingHost extends WorkspaceHost {
    readonly listDir: (path: string) => Promise<DirEntry[] | undefined>;
}
export { openFleetOutput } from './fleet-output.js';
/** Relative paths are taken from `cwd`, which defaults to the process's working directory. */
export declare function nodeHost(cwd?: string): ListingHost;
