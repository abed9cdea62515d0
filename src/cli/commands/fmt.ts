// CLI command `spac fmt`: canonical layout of each file in its own format (text stays text, XML stays XML).
// Input: paths and a mode (print, --check, --write). Output: formatted text, a list of files, or rewritten files.
import { format } from '../../api.js';
import { sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Io } from '../io.js';
import { EXIT_ERRORS, exitCodeFor, readInputs, report, writeOutput } from '../shared.js';

export interface FmtArgs {
  readonly files: readonly string[];
  readonly check: boolean;
  readonly write: boolean;
}

export async function runFmt(args: FmtArgs, io: Io): Promise<number> {
  const { inputs, failures } = await readInputs(args.files, io);
  const diagnostics: Diagnostic[] = [...failures];
  const sources = new Map<string, string>();
  const unformatted: string[] = [];
  for (const input of inputs) {
    const result = format(input);
    diagnostics.push(...result.diagnostics);
    for (const [file, text] of result.sources) sources.set(file, text);
    if (result.output === undefined) continue;
    if (result.changed) unformatted.push(input.file);
    const failed = await emit(args, input.file, result.output, result.changed, io);
    if (failed) diagnostics.push(failed);
  }
  const sorted = sortDiagnostics(diagnostics);
  report(sorted, sources, io, io.stderr);
  if (args.check) io.stdout.write(unformatted.map((file) => `${file}\n`).join(''));
  const ioFailed = sorted.some(
    (d) => d.code === 'SPAC9001' || d.code === 'SPAC9002' || d.code === 'SPAC9003',
  );
  const code = exitCodeFor(sorted, ioFailed);
  return code === 0 && args.check && unformatted.length > 0 ? EXIT_ERRORS : code;
}

async function emit(
  args: FmtArgs,
  file: string,
  output: string,
  changed: boolean,
  io: Io,
): Promise<Diagnostic | undefined> {
  if (args.check) return undefined;
  if (!args.write || file === '<stdin>') return writeOutput('-', output, io);
  return changed ? writeOutput(file, output, io) : undefined;
}
