// Node host (fleet output): a build goes into a temporary sibling directory and is swapped in by rename
// only when it is complete and free of errors, so a web server never serves a half-built fleet and a
// failed build leaves the previous output as it was. A device whose file did not change keeps its bytes
// and mtime (hard link), so rsync or a CDN sync moves only what changed.
// Input: built devices and the manifest. Output: the output directory, or a reason it could not be made.
import { createHash, randomBytes } from 'node:crypto';
import { link, lstat, mkdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BuiltDevice, FleetOutput, OpenedOutput } from '../fleet/build.js';
import { reasonOf } from './node-host.js';

export const MANIFEST = 'manifest.json';

/** Files being written at once: enough to keep the disk busy while devices are built. */
const IN_FLIGHT = 16;

/** Where the output really is (a symlinked output directory keeps its link), and its old manifest. */
async function target(out: string): Promise<{ dir: string; previous: string | undefined }> {
  const exists = await lstat(out).catch(() => undefined);
  const dir = exists?.isSymbolicLink() ? await realpath(out) : out;
  const previous = await readFile(join(dir, MANIFEST), 'utf8').catch(() => undefined);
  return { dir, previous };
}

export async function openFleetOutput(out: string): Promise<OpenedOutput> {
  try {
    const { dir, previous } = await target(out);
    const existing = await stat(dir).catch(() => undefined);
    if (existing && !existing.isDirectory()) return { ok: false, reason: 'exists and is not a directory' };
    const tag = randomBytes(6).toString('hex');
    const temp = join(dirname(dir), `.${basename(dir)}.spac-build-${tag}`);
    await mkdir(temp, { mode: existing ? existing.mode & 0o7777 : 0o755 });
    const old = unchanged(previous);
    return { ok: true, output: fleetOutput(dir, temp, tag, old, previous) };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

/** path -> sha256 of the files the previous build wrote. */
function unchanged(previous: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  try {
    const parsed = JSON.parse(previous ?? '{}') as {
      devices?: { files?: { path?: unknown; sha256?: unknown }[] }[];
    };
    for (const device of parsed.devices ?? [])
      for (const f of device.files ?? [])
        if (typeof f.path === 'string' && typeof f.sha256 === 'string') out.set(f.path, f.sha256);
  } catch {
    // A damaged old manifest only means every file is written anew.
  }
  return out;
}

function fleetOutput(
  dir: string,
  temp: string,
  tag: string,
  old: ReadonlyMap<string, string>,
  previous: string | undefined,
): FleetOutput {
  const folders = new Set<string>();
  const pending = new Set<Promise<void>>();
  let failure: Error | undefined;
  const writeFile1 = async (file: BuiltDevice['files'][number]) => {
    const to = join(temp, file.path);
    const folder = dirname(to);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    const sha = sha256(file.bytes);
    const linked =
      old.get(file.path) === sha &&
      (await link(join(dir, file.path), to).then(
        () => true,
        () => false,
      ));
    // A bootstrap profile holds the device's key in clear: readable by the owner and group only.
    if (!linked)
      await writeFile(to, file.bytes, { mode: file.kind === 'bootstrap' ? 0o640 : 0o644, flag: 'wx' });
  };
  /** Files are written a few at a time while the next devices are built; after the first failure nothing
   * more is written, and the commit reports it. */
  const write = async (device: BuiltDevice) => {
    if (failure !== undefined) return;
    for (const file of device.files) {
      while (pending.size >= IN_FLIGHT) await Promise.race(pending);
      const job: Promise<void> = writeFile1(file).then(
        () => void pending.delete(job),
        (error: unknown) => {
          pending.delete(job);
          failure ??= error instanceof Error ? error : new Error(String(error));
        },
      );
      pending.add(job);
    }
  };
  const settled = async () => {
    await Promise.all(pending);
    if (failure !== undefined) throw failure;
  };
  const commit = async (manifest: string) => {
    const aside = join(dirname(dir), `.${basename(dir)}.spac-old-${tag}`);
    try {
      await settled();
      await writeFile(join(temp, MANIFEST), manifest, { mode: 0o644, flag: 'wx' });
      const had = await stat(dir).then(
        () => true,
        () => false,
      );
      if (had) await rename(dir, aside);
      try {
        await rename(temp, dir);
      } catch (error) {
        // The previous output goes back where it was.
        if (had) await rename(aside, dir);
        throw error;
      }
      if (had) await rm(aside, { recursive: true, force: true });
      return { ok: true as const };
    } catch (error) {
      await rm(temp, { recursive: true, force: true });
      return { ok: false as const, reason: reasonOf(error) };
    }
  };
  const abort = async () => {
    await Promise.allSettled(pending);
    await rm(temp, { recursive: true, force: true });
  };
  return { write, commit, abort, previous };
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
