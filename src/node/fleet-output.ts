// Node host (fleet output): a build goes into a temporary sibling directory and is swapped in by rename
// only when it is complete and free of errors, so a web server never serves a half-built fleet and a
// failed build leaves the previous output as it was. A device whose file did not change keeps its bytes
// and mtime (hard link), so rsync or a CDN sync moves only what changed.
// Input: built devices and the manifest. Output: the output directory, or a reason it could not be made.
import { nodeCrypto } from '../text/lazy-builtins.js';
import { linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { lstat, mkdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BuiltDevice, FleetOutput, OpenedOutput, SharedOutput } from '../fleet/build.js';
import { manifestFiles } from '../fleet/manifest.js';
import { reasonOf } from './node-host.js';

export const MANIFEST = 'manifest.json';

/** Where the output really is (a symlinked output directory keeps its link), and its old manifest. */
async function target(out: string): Promise<string> {
  const exists = await lstat(out).catch(() => undefined);
  return exists?.isSymbolicLink() ? await realpath(out) : out;
}

const previousManifest = (dir: string) => () => readFile(join(dir, MANIFEST), 'utf8').catch(() => undefined);

export async function openFleetOutput(out: string): Promise<OpenedOutput> {
  try {
    const dir = await target(out);
    const existing = await stat(dir).catch(() => undefined);
    if (existing && !existing.isDirectory()) return { ok: false, reason: 'exists and is not a directory' };
    const tag = nodeCrypto().randomBytes(6).toString('hex');
    const temp = join(dirname(dir), `.${basename(dir)}.spac-build-${tag}`);
    await mkdir(temp, { mode: existing ? existing.mode & 0o7777 : 0o755 });
    const old = unchanged(await previousManifest(dir)());
    return { ok: true, output: fleetOutput(dir, temp, tag, old) };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

/** path -> sha256 of the files the previous build wrote. */
function unchanged(previous: string | undefined): Map<string, string> {
  const files = [...manifestFiles(previous ?? '')].flatMap((d) => (d.file ? [d.file] : []));
  return new Map(files.map((f) => [f.path, f.sha256]));
}

function fleetOutput(dir: string, temp: string, tag: string, old: ReadonlyMap<string, string>): FleetOutput {
  const files = fileWriter(dir, temp, old);
  const commit = async (manifest: Iterable<string>) => {
    try {
      files.settled();
      await writeFile(join(temp, MANIFEST), joined(manifest), { mode: 0o644, flag: 'wx' });
      await swap(dir, temp, join(dirname(dir), `.${basename(dir)}.spac-old-${tag}`));
      return { ok: true as const };
    } catch (error) {
      await rm(temp, { recursive: true, force: true });
      return { ok: false as const, reason: reasonOf(error) };
    }
  };
  const abort = () => rm(temp, { recursive: true, force: true });
  return { write: files.write, commit, abort, previous: previousManifest(dir), shared: { dir, temp } };
}

/** Another thread's writer into an output opened by `openFleetOutput` (spac build --jobs): the same
 * files, written the same way; `settled` throws the first failure. */
export async function joinFleetOutput(shared: SharedOutput): Promise<FileWriter> {
  return fileWriter(shared.dir, shared.temp, unchanged(await previousManifest(shared.dir)()));
}

export interface FileWriter {
  readonly write: (device: BuiltDevice) => Promise<void>;
  readonly settled: () => void;
}

/** Pieces joined up to 64 KiB a write: a hundred thousand devices' lines are not one string, nor a
 * hundred thousand writes. */
function* joined(pieces: Iterable<string>): Iterable<string> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= 65536) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}

/** Writes a build's files into `temp`, hard-linking the unchanged ones from `dir`. After the first
 * failure nothing more is written, and `settled` throws it. */
function fileWriter(dir: string, temp: string, old: ReadonlyMap<string, string>): FileWriter {
  const folders = new Set<string>();
  let failure: Error | undefined;
  // Synchronous on purpose: thousands of small files through the thread pool cost more in hand-offs
  // than the writes themselves (measured: 10,000 files, 1.2 s of futex waits against 0.2 s of writes).
  const writeOne = (file: BuiltDevice['files'][number]) => {
    const to = join(temp, file.path);
    const folder = dirname(to);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    if (old.get(file.path) === file.sha256 && linked(join(dir, file.path), to)) return;
    // A bootstrap profile holds the device's key in clear: readable by the owner and group only.
    writeFileSync(to, file.bytes, { mode: file.kind === 'bootstrap' ? 0o640 : 0o644, flag: 'wx' });
  };
  const write = (device: BuiltDevice) => {
    try {
      if (failure === undefined) for (const file of device.files) writeOne(file);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
    }
    return Promise.resolve();
  };
  const settled = () => {
    if (failure !== undefined) throw failure;
  };
  return { write, settled };
}

/** The new directory in place of the old: the old one aside, the new one in, the old one gone; if the
 * new one cannot go in, the old one goes back. */
async function swap(dir: string, temp: string, aside: string): Promise<void> {
  const had = await stat(dir).then(
    () => true,
    () => false,
  );
  if (had) await rename(dir, aside);
  try {
    await rename(temp, dir);
  } catch (error) {
    if (had) await rename(aside, dir);
    throw error;
  }
  if (had) await rm(aside, { recursive: true, force: true });
}

/** A hard link to the previous build's file: same bytes, same mtime. */
function linked(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}
