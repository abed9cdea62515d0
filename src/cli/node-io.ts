// CLI shell: the real Io over Node's file system, standard streams and environment.
// Input: paths and text. Output: file contents, or short reasons (never stack traces) for what failed.
import { randomBytes } from 'node:crypto';
import { appendFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { openFleetOutput } from '../node/fleet-output.js';
import { nodeHost, reasonOf } from '../node/node-host.js';
import type { Io, WriteResult } from './io.js';

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
    ...nodeHost(),
    writeFileAtomic,
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
