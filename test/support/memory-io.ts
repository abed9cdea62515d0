// Test support: an in-memory Io over a map of files, capturing what the CLI prints and writes.
import { posix } from 'node:path';
import type { Io } from '../../src/cli/io.js';
import { decodeProfile } from '../../src/cli/node-io.js';

export interface MemoryIo extends Io {
  readonly files: Map<string, Uint8Array>;
  readonly out: () => string;
  readonly err: () => string;
  readonly written: Map<string, string>;
}

export function memoryIo(files: Record<string, string | Uint8Array> = {}, stdin = ''): MemoryIo {
  const store = new Map<string, Uint8Array>(
    Object.entries(files).map(([k, v]) => [
      posix.normalize(k),
      typeof v === 'string' ? new TextEncoder().encode(v) : v,
    ]),
  );
  const written = new Map<string, string>();
  let out = '';
  let err = '';
  const folders = new Set([...store.keys()].map((k) => posix.dirname(k)));
  return {
    files: store,
    written,
    out: () => out,
    err: () => err,
    stdout: { write: (t) => void (out += t), isTTY: false },
    stderr: { write: (t) => void (err += t), isTTY: false },
    env: {},
    readFile: (path) => {
      const bytes = store.get(posix.normalize(path));
      return Promise.resolve(
        bytes ? decodeProfile(bytes) : { ok: false, reason: 'no such file or directory' },
      );
    },
    readStdin: () => Promise.resolve({ ok: true, text: stdin }),
    writeFileAtomic: (path, text) => {
      const folder = posix.dirname(posix.normalize(path));
      if (folder !== '.' && !folders.has(folder))
        return Promise.resolve({ ok: false, reason: 'no such file or directory' });
      written.set(posix.normalize(path), text);
      store.set(posix.normalize(path), new TextEncoder().encode(text));
      return Promise.resolve({ ok: true });
    },
  };
}
