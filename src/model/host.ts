// Model stage: how the library reaches files it is told to import, without touching a file system itself.
// Input: paths. Output: file text or a reason it cannot be read. The CLI and editors supply real hosts.
import { posix } from 'node:path';

export type ReadResult =
  | {
      readonly ok: true;
      readonly text: string;
      /** The first byte that was not UTF-8, where it sits in `text` (read as U+FFFD). */
      readonly badByte?: { readonly at: number; readonly byte: number };
    }
  | { readonly ok: false; readonly reason: string };

export interface Host {
  readonly read: (path: string) => Promise<ReadResult>;
  /** The path of `target` as imported from the file `from` (relative to that file's folder). */
  readonly resolve: (from: string, target: string) => string;
}

/** Resolves like the CLI does, relative to the importing file, with forward slashes. */
export const resolveImport = (from: string, target: string): string =>
  posix.isAbsolute(target) ? posix.normalize(target) : posix.join(posix.dirname(from), target);

/** A host over an in-memory map of files, for tests, editors and embedding. */
export function memoryHost(files: Readonly<Record<string, string>>): Host {
  return {
    read: (path) => {
      const text = files[path];
      return Promise.resolve(text === undefined ? { ok: false, reason: 'no such file' } : { ok: true, text });
    },
    resolve: resolveImport,
  };
}
