export type ReadResult = {
    readonly ok: true;
    readonly text: string;
    /** The first byte that was not UTF-8, where it sits in `text` (read as U+FFFD). */
    readonly badByte?: {
        readonly at: number;
        readonly byte: number;
    };
} | {
    readonly ok: false;
    readonly reason: string;
};
export interface Host {
    readonly read: (path: string) => Promise<ReadResult>;
    /** The path of `target` as imported from the file `from` (relative to that file's folder). */
    readonly resolve: (from: string, target: string) => string;
}
/** Resolves like the CLI does, relative to the importing file, with forward slashes. */
export declare const resolveImport: (from: string, target: string) => string;
/** A host over an in-memory map of files, for tests, editors and embedding. */
export declare function memoryHost(files: Readonly<Record<string, string>>): Host;
