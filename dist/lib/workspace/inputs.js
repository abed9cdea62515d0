// Workspace (inputs): profiles read as the phone reads them, encryption and gzip taken off by their first
// bytes. Input: paths (`-` for standard input), a WorkspaceHost and keys. Output: library inputs, or
// SPAC9001/60xx diagnostics for what could not be read or opened; a Host for imports that reads alike.
import { posix } from 'node:path';
import { diagnostic, failureDiagnostic, range } from '../diagnostics/diagnostic.js';
import { unwrapProfile } from '../encrypt/unwrap.js';
import { resolveImport } from '../model/host.js';
import { STDIN_NAME } from './host.js';
const cannotRead = (file, reason) => diagnostic('SPAC9001', file, range(0), { file, reason });
const readPath = (host, path) => path === '-' ? host.readStdin() : host.readFile(path);
/** What the encrypt stage could not open, as a diagnostic at the start of the file: bytes that are no
 * text profile at all are an input problem (SPAC9003), the rest the encrypt stage's own codes. */
export const unwrapDiagnostic = (failure, file) => failure.code === 'not-text'
    ? diagnostic('SPAC9003', file, range(0), { file: failure.file, ...(failure.encoding ? { encoding: failure.encoding } : {}) }, failure.utf16 ? { message: 'utf16' } : failure.encoding ? { message: 'encoding' } : {})
    : failureDiagnostic(failure, file);
/** Reads profiles, taking off encryption and gzip as the phone does; `keys` opens encrypted ones.
 * Standard input (`-`) is named `stdinName` when given: its config, overrides and imports are found as
 * for a file of that name (an editor's or a hook's buffer). */
export async function readInputs(paths, host, keys = {}, stdinName) {
    const inputs = [];
    const failures = [];
    let ioFailed = false;
    let encrypted = false;
    const packed = new Set();
    for (const path of paths) {
        const file = path === '-' ? (stdinName ?? STDIN_NAME) : posix.normalize(path);
        const read = await readPath(host, path === '-' ? path : file);
        if (!read.ok) {
            ioFailed = true;
            failures.push(cannotRead(file, read.reason));
            continue;
        }
        const unwrapped = unwrapProfile(read.bytes, file, keys);
        if (!unwrapped.ok) {
            failures.push(unwrapDiagnostic(unwrapped, file));
            // A file that is no profile at all stays an I/O failure, as before encryption was read.
            ioFailed ||= unwrapped.code === 'not-text';
        }
        else {
            inputs.push({
                file,
                text: unwrapped.text,
                ...(unwrapped.badByte ? { badByte: unwrapped.badByte } : {}),
            });
            encrypted ||= unwrapped.layers.includes('aes-256-cbc');
            if (unwrapped.layers.length > 0)
                packed.add(file);
        }
    }
    return { inputs, failures, ioFailed, encrypted, packed };
}
/** One input's bytes (a path, or `-` for stdin), or the SPAC9001 diagnostic saying why not. */
export async function readOne(host, path) {
    const file = path === '-' ? STDIN_NAME : path;
    const read = await readPath(host, path);
    return read.ok
        ? { ok: true, file, bytes: read.bytes }
        : { ok: false, failure: cannotRead(file, read.reason) };
}
/** Imported files are read like inputs: encrypted or gzip'd imports open with the same key. */
export const importHost = (host, keys = {}) => ({
    read: async (path) => {
        const read = await host.readFile(path);
        if (!read.ok)
            return read;
        const unwrapped = unwrapProfile(read.bytes, path, keys);
        if (!unwrapped.ok)
            return { ok: false, reason: unwrapped.message };
        const { text, badByte } = unwrapped;
        return { ok: true, text, ...(badByte ? { badByte } : {}) };
    },
    resolve: resolveImport,
});
