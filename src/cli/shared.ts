// CLI shell: what every command does at the edges: read inputs, report diagnostics, choose the exit code.
// Input: paths from the command line and an Io. Output: library inputs, rendered reports, exit codes.
import { posix } from 'node:path';
import { diagnostic, hasErrors, range, type Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnostics, type RenderFormat } from '../diagnostics/render.js';
import { resolveImport, type Host } from '../model/host.js';
import type { Input } from '../model/load.js';
import { unwrapProfile, type UnwrapOptions } from '../encrypt/unwrap.js';
import { STDIN_NAME, useColor, type Io, type OutStream } from './io.js';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

export interface ReadInputs {
  readonly inputs: Input[];
  readonly failures: Diagnostic[];
  /** A file could not be read at all (exit 2); a file read but not decoded is an error diagnostic (exit 1). */
  readonly ioFailed: boolean;
  /** Some input was encrypted: its secrets travel encrypted. */
  readonly encrypted: boolean;
  /** Inputs that were gzip'd or encrypted, which cannot be rewritten as plain text in place. */
  readonly packed: ReadonlySet<string>;
}

/** Reads profiles, taking off encryption and gzip as the phone does; `keys` opens encrypted ones. */
export async function readInputs(
  paths: readonly string[],
  io: Io,
  keys: UnwrapOptions = {},
): Promise<ReadInputs> {
  const inputs: Input[] = [];
  const failures: Diagnostic[] = [];
  let ioFailed = false;
  let encrypted = false;
  const packed = new Set<string>();
  for (const path of paths) {
    const file = path === '-' ? STDIN_NAME : posix.normalize(path);
    const read = path === '-' ? await io.readStdin() : await io.readFile(file);
    if (!read.ok) {
      ioFailed = true;
      failures.push(diagnostic('SPAC9001', file, range(0), `cannot read '${file}': ${read.reason}`));
      continue;
    }
    const unwrapped = unwrapProfile(read.bytes, file, keys);
    if (!unwrapped.ok) {
      failures.push(diagnostic(unwrapped.code, file, range(0), unwrapped.message));
      // A file that is no profile at all stays an I/O failure, as before encryption was read.
      ioFailed ||= unwrapped.code === 'SPAC9003';
    } else {
      inputs.push({ file, text: unwrapped.text });
      encrypted ||= unwrapped.layers.includes('aes-256-cbc');
      if (unwrapped.layers.length > 0) packed.add(file);
    }
  }
  return { inputs, failures, ioFailed, encrypted, packed };
}

/** One input's bytes (a path, or `-` for stdin), or the SPAC9001 diagnostic saying why not. */
export async function readOne(
  io: Io,
  path: string,
): Promise<{ ok: true; file: string; bytes: Uint8Array } | { ok: false; failure: Diagnostic }> {
  const file = path === '-' ? STDIN_NAME : path;
  const read = path === '-' ? await io.readStdin() : await io.readFile(file);
  if (read.ok) return { ok: true, file, bytes: read.bytes };
  return {
    ok: false,
    failure: diagnostic('SPAC9001', file, range(0), `cannot read '${file}': ${read.reason}`),
  };
}

/** Imported files are read like inputs: encrypted or gzip'd imports open with the same key. */
export const hostFor = (io: Io, keys: UnwrapOptions = {}): Host => ({
  read: async (path) => {
    const read = await io.readFile(path);
    if (!read.ok) return read;
    const unwrapped = unwrapProfile(read.bytes, path, keys);
    return unwrapped.ok ? { ok: true, text: unwrapped.text } : { ok: false, reason: unwrapped.message };
  },
  resolve: resolveImport,
});

export function report(
  diagnostics: readonly Diagnostic[],
  sources: ReadonlyMap<string, string>,
  io: Io,
  stream: OutStream,
  format: RenderFormat = 'pretty',
): void {
  const text = renderDiagnostics(diagnostics, format, { sources, color: useColor(io, stream) });
  if (text !== '') stream.write(text);
}

export const exitCodeFor = (diagnostics: readonly Diagnostic[], ioFailed: boolean): number =>
  ioFailed ? EXIT_USAGE : hasErrors(diagnostics) ? EXIT_ERRORS : EXIT_OK;

export function summary(diagnostics: readonly Diagnostic[], files: number): string {
  const count = (severity: Diagnostic['severity'], word: string) => {
    const n = diagnostics.filter((d) => d.severity === severity).length;
    return `${n} ${word}${n === 1 ? '' : 's'}`;
  };
  return `${files} file${files === 1 ? '' : 's'} checked: ${count('error', 'error')}, ${count('warning', 'warning')}\n`;
}

/** Writes an output file atomically, or to stdout for `-`. A failure is a diagnostic, and nothing is left behind. */
export async function writeOutput(
  path: string,
  data: string | Uint8Array,
  io: Io,
): Promise<Diagnostic | undefined> {
  if (path === '-') {
    io.stdout.write(data);
    return undefined;
  }
  const written = await io.writeFileAtomic(path, data);
  return written.ok
    ? undefined
    : diagnostic('SPAC9002', path, range(0), `cannot write '${path}': ${written.reason}`);
}
