export type ReadBytes = {
    readonly ok: true;
    readonly bytes: Uint8Array;
} | {
    readonly ok: false;
    readonly reason: string;
};
export interface WorkspaceHost {
    /** The working directory, absolute: config files are looked up from it and from the inputs' folders. */
    readonly cwd: string;
    readonly readFile: (path: string) => Promise<ReadBytes>;
    readonly readStdin: () => Promise<ReadBytes>;
    /** The path with every symlink followed (absolute), or undefined when it does not exist; a host
     * without links (memory) leaves it out. Imports are kept inside their root by it. */
    readonly realPath?: (path: string) => Promise<string | undefined>;
    /** A folder's entries, or undefined when the path is no folder or cannot be read. A host without it
     * takes every input path as a file (no folders, no globs). */
    readonly listDir?: (path: string) => Promise<DirEntry[] | undefined>;
}
export interface DirEntry {
    readonly name: string;
    /** A real folder: a symlink to one is not walked into (no loops). */
    readonly directory: boolean;
}
/** The name standard input carries in diagnostics. */
export declare const STDIN_NAME = "<stdin>";
