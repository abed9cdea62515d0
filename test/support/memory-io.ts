// Test support: an in-memory Io over a map of files, capturing what the CLI prints and writes.
import { posix } from 'node:path';
import type { Io } from '../../src/cli/io.js';
import type { DirEntry } from '../../src/workspace/host.js';
import type { FleetOutput, OpenedOutput } from '../../src/fleet/build.js';

export interface MemoryIo extends Io {
  readonly files: Map<string, Uint8Array>;
  readonly out: () => string;
  readonly err: () => string;
  /** Bytes written to stdout (binary output to `-`), with the text. */
  readonly outBytes: () => Uint8Array;
  readonly written: Map<string, Uint8Array>;
}

/** Files live relative to the working directory '/work'; absolute paths under it find them too. */
const relativeToCwd = (path: string): string =>
  posix.isAbsolute(path) ? posix.relative('/work', path) || '.' : posix.normalize(path);

const encode = (data: string | Uint8Array): Uint8Array =>
  typeof data === 'string' ? new TextEncoder().encode(data) : data;

export function memoryIo(
  files: Record<string, string | Uint8Array> = {},
  stdin: string | Uint8Array = '',
  env: Record<string, string> = {},
  /** Standard output is /dev/null, as Node leaves it when the process starts with it closed. */
  stdoutClosed = false,
): MemoryIo {
  const store = new Map<string, Uint8Array>(
    Object.entries(files).map(([k, v]) => [posix.normalize(k), encode(v)]),
  );
  const written = new Map<string, Uint8Array>();
  const out: Uint8Array[] = [];
  let err = '';
  const folders = new Set(
    [...store.keys()].flatMap((k) => {
      const parts = posix.dirname(k).split('/');
      return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    }),
  );
  return {
    files: store,
    written,
    out: () => Buffer.concat(out).toString('utf8'),
    outBytes: () => Buffer.concat(out),
    err: () => err,
    stdout: { write: (t) => void out.push(encode(t)), isTTY: false, discards: () => stdoutClosed },
    stderr: {
      write: (t) => void (err += typeof t === 'string' ? t : Buffer.from(t).toString('utf8')),
      isTTY: false,
    },
    env,
    cwd: '/work',
    readFile: (path) => {
      const bytes = store.get(relativeToCwd(path));
      const missing = folders.has(relativeToCwd(path)) ? 'is a directory' : 'no such file or directory';
      return Promise.resolve(bytes ? { ok: true, bytes } : { ok: false, reason: missing });
    },
    readStdin: () => Promise.resolve({ ok: true, bytes: encode(stdin) }),
    listDir: (path) => Promise.resolve(listDir(store, relativeToCwd(path))),
    appendFile: (path, text) => {
      const key = relativeToCwd(path);
      const bytes = Buffer.concat([store.get(key) ?? new Uint8Array(0), encode(text)]);
      store.set(key, bytes);
      written.set(key, bytes);
      return Promise.resolve({ ok: true });
    },
    openFleetOutput: (dir) => Promise.resolve(memoryFleetOutput(posix.normalize(dir), store, written)),
    untilStopped: () => Promise.resolve(),
    removeFile: (path) => {
      store.delete(posix.normalize(path));
      written.delete(posix.normalize(path));
      return Promise.resolve();
    },
    writeFileAtomic: (path, data) => {
      const folder = posix.dirname(posix.normalize(path));
      if (folder !== '.' && !folders.has(folder))
        return Promise.resolve({ ok: false, reason: 'no such file or directory' });
      // A folder (any file under it) is not replaced by a file, as a rename onto it fails.
      if (folders.has(posix.normalize(path))) return Promise.resolve({ ok: false, reason: 'is a directory' });
      written.set(posix.normalize(path), encode(data));
      store.set(posix.normalize(path), encode(data));
      return Promise.resolve({ ok: true });
    },
  };
}

/** A fleet output in memory: files appear (in `written`, under `dir/`) only when the build commits, and
 * replace whatever the directory held before, as the Node host's rename does. */
function memoryFleetOutput(
  dir: string,
  store: Map<string, Uint8Array>,
  written: Map<string, Uint8Array>,
): OpenedOutput {
  const staged = new Map<string, Uint8Array>();
  const previousBytes = store.get(`${dir}/manifest.json`);
  const output: FleetOutput = {
    write: (device) => {
      for (const f of device.files) staged.set(`${dir}/${f.path}`, f.bytes);
      return Promise.resolve();
    },
    commit: (manifest) => {
      for (const key of [...store.keys()]) if (key.startsWith(`${dir}/`)) store.delete(key);
      staged.set(`${dir}/manifest.json`, encode([...manifest].join('')));
      for (const [k, v] of staged) {
        store.set(k, v);
        written.set(k, v);
      }
      return Promise.resolve({ ok: true });
    },
    abort: () => {
      staged.clear();
      return Promise.resolve();
    },
    previous: () =>
      Promise.resolve(previousBytes === undefined ? undefined : Buffer.from(previousBytes).toString('utf8')),
  };
  return { ok: true, output };
}

/** The folders of a memory file system are the paths its files lie under. */
function listDir(store: ReadonlyMap<string, Uint8Array>, dir: string): DirEntry[] | undefined {
  const prefix = dir === '.' || dir === '' ? '' : `${dir}/`;
  const entries = new Map<string, boolean>();
  for (const key of store.keys()) {
    if (!key.startsWith(prefix)) continue;
    const [name = '', ...below] = key.slice(prefix.length).split('/');
    entries.set(name, below.length > 0 || entries.get(name) === true);
  }
  if (entries.size === 0) return undefined;
  return [...entries].map(([name, directory]) => ({ name, directory }));
}
