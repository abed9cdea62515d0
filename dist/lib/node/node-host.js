// Node host: the workspace's host over Node's file system and standard input, for the CLI, the language
// server and library users (`import { nodeHost } from 'spac/node'`). Input: paths. Output: bytes, folder
// listings, or short reasons (never stack traces) for what failed.
import { constants, fstat } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
/** The message of a system error without its path (the diagnostic already names the file). */
export function reasonOf(error) {
    const code = error?.code;
    const reasons = {
        ENOENT: 'no such file or directory',
        EACCES: 'permission denied',
        EISDIR: 'is a directory',
        ENOTDIR: 'a parent is not a directory',
        EPERM: 'operation not permitted',
        ENOSPC: 'no space left on device',
        EROFS: 'read-only file system',
    };
    if (typeof code === 'string')
        return reasons[code] ?? code;
    return error instanceof Error ? error.message : String(error);
}
/** Profiles, inventories and certificates are small; anything larger is refused rather than read. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** A regular file only (a FIFO with no writer would hang, /dev/zero would never end), opened once so
 * that what is checked is what is read, and read up to the limit. */
async function readPath(path) {
    let handle;
    try {
        handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
        const info = await handle.stat();
        if (info.isDirectory())
            return { ok: false, reason: 'is a directory' };
        if (!info.isFile())
            return { ok: false, reason: 'not a regular file' };
        if (info.size > MAX_INPUT_BYTES)
            return { ok: false, reason: 'larger than 64 MiB' };
        return { ok: true, bytes: await handle.readFile() };
    }
    catch (error) {
        return { ok: false, reason: reasonOf(error) };
    }
    finally {
        await handle?.close();
    }
}
const fstatAsync = promisify(fstat);
/** Node gives a process started with its standard input closed /dev/null in its place: a read would
 * see an empty profile and a compile would write one. Said so instead (an empty pipe or file stays an
 * empty profile). */
async function stdinIsNull() {
    if (process.platform === 'win32')
        return false;
    const [own, devNull] = await Promise.all([
        fstatAsync(0).catch(() => undefined),
        stat('/dev/null').catch(() => undefined),
    ]);
    return own !== undefined && devNull !== undefined && own.isCharacterDevice() && own.rdev === devNull.rdev;
}
async function readStdin() {
    if (await stdinIsNull())
        return { ok: false, reason: 'standard input is closed (or /dev/null): there is nothing to read' };
    const chunks = [];
    try {
        for await (const chunk of process.stdin)
            chunks.push(chunk);
    }
    catch (error) {
        return { ok: false, reason: reasonOf(error) };
    }
    return { ok: true, bytes: Buffer.concat(chunks) };
}
/** A folder's entries, or undefined when it is no folder or cannot be read. */
async function listDir(path) {
    const entries = await readdir(path, { withFileTypes: true }).catch(() => undefined);
    return entries?.map((d) => ({ name: d.name, directory: d.isDirectory() }));
}
export { openFleetOutput } from './fleet-output.js';
/** Relative paths are taken from `cwd`, which defaults to the process's working directory. */
export function nodeHost(cwd = process.cwd()) {
    const root = resolve(cwd);
    return {
        cwd: root,
        readFile: (path) => readPath(resolve(root, path)),
        readStdin,
        realPath: (path) => realpath(resolve(root, path)).catch(() => undefined),
        listDir: (path) => listDir(resolve(root, path)),
    };
}
