// CLI shell: the real Io over Node's file system, standard streams and environment.
// Input: paths and text. Output: file contents, or short reasons (never stack traces) for what failed.
import { nodeCrypto } from '../text/lazy-builtins.js';
import { fstatSync, statSync } from 'node:fs';
import { appendFile, chmod, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { openFleetOutput } from '../node/fleet-output.js';
import { nodeHost, reasonOf } from '../node/node-host.js';
import type { Io, WriteResult } from './io.js';

async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { readonly mode?: number } = {},
): Promise<WriteResult> {
  // Through a symlink to the file it names; an existing file keeps its mode.
  const target = await realpath(path).catch(() => path);
  const existing = await stat(target).catch(() => undefined);
  // A FIFO or a device (`-o /dev/stdout`) is written into, never replaced by a file.
  if (existing && !existing.isFile() && !existing.isDirectory()) return writeInto(target, data);
  const mode = options.mode ?? (existing ? existing.mode & 0o7777 : undefined);
  const temp = join(
    dirname(target),
    `.${basename(target)}.spac-tmp-${nodeCrypto().randomBytes(6).toString('hex')}`,
  );
  try {
    // A new file gets what the umask allows, as any editor's; a kept or asked-for mode is set exactly.
    await writeFile(temp, data, { mode: mode ?? 0o666, flag: 'wx' });
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, target);
    return { ok: true };
  } catch (error) {
    await rm(temp, { force: true });
    return { ok: false, reason: reasonOf(error) };
  }
}

async function writeInto(target: string, data: string | Uint8Array): Promise<WriteResult> {
  try {
    await writeFile(target, data, { flag: 'w' });
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

/** Whether standard output is /dev/null (closed when the process started, or sent there). */
function stdoutDiscards(): boolean {
  if (process.platform === 'win32') return false;
  try {
    const own = fstatSync(1);
    return own.isCharacterDevice() && own.rdev === statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

/** Node types `isTTY` as boolean, but it is undefined when the stream is a pipe or a file. */
const isTty = (stream: { readonly isTTY?: boolean }): boolean => stream.isTTY ?? false;

export function nodeIo(): Io {
  return {
    stdout: {
      write: (text) => process.stdout.write(text),
      isTTY: isTty(process.stdout),
      ...(isTty(process.stdout) ? { columns: process.stdout.columns } : {}),
      discards: stdoutDiscards,
    },
    stderr: { write: (text) => process.stderr.write(text), isTTY: isTty(process.stderr) },
    env: process.env,
    ...nodeHost(),
    writeFileAtomic,
    removeFile: (path) => rm(path, { force: true }),
    untilStopped: () =>
      new Promise((resolve) => {
        process.once('SIGTERM', () => {
          resolve();
        });
        process.once('SIGINT', () => {
          resolve();
        });
      }),
    openFleetOutput,
    appendFile: async (path, text) => {
      try {
        await appendFile(path, text);
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: reasonOf(error) };
      }
    },
  };
}
