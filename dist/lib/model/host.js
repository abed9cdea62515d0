// Model stage: how the library reaches files it is told to import, without touching a file system itself.
// Input: paths. Output: file text or a reason it cannot be read. The CLI and editors supply real hosts.
import { posix } from 'node:path';
/** Resolves like the CLI does, relative to the importing file, with forward slashes. */
export const resolveImport = (from, target) => posix.isAbsolute(target) ? posix.normalize(target) : posix.join(posix.dirname(from), target);
/** A host over an in-memory map of files, for tests, editors and embedding. */
export function memoryHost(files) {
    return {
        read: (path) => {
            const text = files[path];
            return Promise.resolve(text === undefined ? { ok: false, reason: 'no such file' } : { ok: true, text });
        },
        resolve: resolveImport,
    };
}
