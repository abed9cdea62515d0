// CLI shell: what every command does at the edges: read inputs, report diagnostics, choose the exit code.
// Input: paths from the command line and an Io. Output: library inputs, rendered reports, exit codes.
import { posix } from 'node:path';
import { diagnostic, hasErrors, range, type Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnostics, type RenderFormat } from '../diagnostics/render.js';
import { resolveImport, type Host } from '../model/host.js';
import type { Input } from '../model/load.js';
import { STDIN_NAME, useColor, type Io, type OutStream } from './io.js';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

export interface ReadInputs {
  readonly inputs: Input[];
  readonly failures: Diagnostic[];
}

export async function readInputs(paths: readonly string[], io: Io): Promise<ReadInputs> {
  const inputs: Input[] = [];
  const failures: Diagnostic[] = [];
  for (const path of paths) {
    const file = path === '-' ? STDIN_NAME : posix.normalize(path);
    const read = path === '-' ? await io.readStdin() : await io.readFile(file);
    if (read.ok) inputs.push({ file, text: read.text });
    else
      failures.push(
        diagnostic(
          read.reason.startsWith('not a text') ? 'SPAC9003' : 'SPAC9001',
          file,
          range(0),
          `cannot read '${file}': ${read.reason}`,
        ),
      );
  }
  return { inputs, failures };
}

export const hostFor = (io: Io): Host => ({ read: io.readFile, resolve: resolveImport });

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
export async function writeOutput(path: string, text: string, io: Io): Promise<Diagnostic | undefined> {
  if (path === '-') {
    io.stdout.write(text);
    return undefined;
  }
  const written = await io.writeFileAtomic(path, text);
  return written.ok
    ? undefined
    : diagnostic('SPAC9002', path, range(0), `cannot write '${path}': ${written.reason}`);
}
