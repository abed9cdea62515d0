// CLI shell: the real Io over Node's file system, standard streams and environment.
// Input: paths and text. Output: file contents, or short reasons (never stack traces) for what failed.
import { randomBytes } from 'node:crypto';
import { appendFile, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Io, ReadBytes, WriteResult } from './io.js';

/** The message of a system error without its path (the diagnostic already names the file). */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'a parent is not a directory',
    EPERM: 'operation not permitted',
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
  };
  if (typeof code === 'string') return reasons[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}

async function readPath(path: string): Promise<ReadBytes> {
  try {
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

async function readStdin(): Promise<ReadBytes> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<WriteResult> {
  const temp = join(dirname(path), `.${basename(path)}.spac-tmp-${randomBytes(6).toString('hex')}`);
  try {
    await writeFile(temp, data, { mode: 0o644, flag: 'wx' });
    await rename(temp, path);
    return { ok: true };
  } catch (error) {
    await rm(temp, { force: true });
    return { ok: false, reason: reasonOf(error) };
  }
}

/** Node types `isTTY` as boolean, but it is undefined when the stream is a pipe or a file. */
const isTty = (stream: { readonly isTTY?: boolean }): boolean => stream.isTTY ?? false;

export function nodeIo(): Io {
  return {
    stdout: { write: (text) => process.stdout.write(text), isTTY: isTty(process.stdout) },
    stderr: { write: (text) => process.stderr.write(text), isTTY: isTty(process.stderr) },
    env: process.env,
    cwd: process.cwd(),
    readFile: readPath,
    readStdin,
    writeFileAtomic,
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
