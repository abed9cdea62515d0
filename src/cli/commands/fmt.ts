// CLI command `spac fmt`: canonical layout of each file in its own format (text stays text, XML stays XML).
// Input: paths, a mode (print, --check, --write) and key flags. Output: formatted text, a list of files,
// or rewritten files.
import { format } from '../../workspace/pipeline.js';
import { diagnostic, range, sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { KeyArgs } from '../argv.js';
import type { Io } from '../io.js';
import { resolveKey } from '../keys.js';
import { EXIT_ERRORS, exitCodeFor, report, writeOutput } from '../shared.js';
import { readInputs } from '../../workspace/inputs.js';

export interface FmtArgs extends KeyArgs {
  readonly files: readonly string[];
  readonly check: boolean;
  readonly write: boolean;
}

export async function runFmt(args: FmtArgs, io: Io): Promise<number> {
  const key = await resolveKey(args, io, 'fmt');
  if (!key.ok) return key.exit;
  const { inputs, failures, ioFailed, packed } = await readInputs(args.files, io, key.keys);
  const diagnostics: Diagnostic[] = [...failures];
  const sources = new Map<string, string>();
  const unformatted: string[] = [];
  for (const input of inputs) {
    const result = format(input);
    diagnostics.push(...result.diagnostics);
    for (const [file, text] of result.sources) sources.set(file, text);
    if (result.output === undefined) continue;
    if (result.changed) unformatted.push(input.file);
    const formatted = { output: result.output, changed: result.changed };
    const failed = await emit(args, { file: input.file, packed: packed.has(input.file) }, formatted, io);
    if (failed) diagnostics.push(failed);
  }
  const sorted = sortDiagnostics(diagnostics);
  report(sorted, sources, io, io.stderr);
  if (args.check) io.stdout.write(unformatted.map((file) => `${file}\n`).join(''));
  const writeFailed = sorted.some((d) => d.code === 'SPAC9002');
  const code = exitCodeFor(sorted, ioFailed || writeFailed);
  return code === 0 && args.check && unformatted.length > 0 ? EXIT_ERRORS : code;
}

async function emit(
  args: FmtArgs,
  input: { readonly file: string; readonly packed: boolean },
  result: { readonly output: string; readonly changed: boolean },
  io: Io,
): Promise<Diagnostic | undefined> {
  if (args.check) return undefined;
  if (!args.write || input.file === '<stdin>') return writeOutput('-', result.output, io);
  if (!result.changed) return undefined;
  // Writing plain text over a gzip'd or encrypted file would publish what it protected.
  if (input.packed)
    return diagnostic(
      'SPAC6006',
      input.file,
      range(0),
      `'${input.file}' is encrypted or compressed: 'fmt --write' does not rewrite it; format the source and compile it again`,
    );
  return writeOutput(input.file, result.output, io);
}
