// CLI command `spac fmt`: canonical layout of each file in its own format (text stays text, XML stays XML).
// Input: paths, a mode (print, --check, --write) and key flags. Output: formatted text, a list of files,
// or rewritten files.
import { format } from '../../workspace/pipeline.js';
import { diagnostic, range, sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Io } from '../io.js';
import { resolveKey } from '../keys.js';
import { EXIT_ERRORS, exitCodeFor, report, writeOutput } from '../output.js';
import { readInputs } from '../../workspace/inputs.js';
import { expandInputs } from '../../workspace/input-patterns.js';
import { keyArgs, keyOptions, showDashes, type KeyArgs } from '../options.js';
import type { Argv, InferredOptionTypes } from 'yargs';
import { append } from '../../text/append.js';
import { hideSecrets } from '../../workspace/secrets.js';

export interface FmtArgs extends KeyArgs {
  readonly files: readonly string[];
  readonly check: boolean;
  readonly write: boolean;
  readonly showSecrets?: boolean;
}

export async function runFmt(args: FmtArgs, io: Io): Promise<number> {
  const key = await resolveKey(args, io, 'fmt');
  if (!key.ok) return key.exit;
  const expanded = await expandInputs(io, args.files);
  const { inputs, failures, ioFailed, packed } = await readInputs(expanded.files, io, key.keys);
  const diagnostics: Diagnostic[] = [...expanded.diagnostics, ...failures];
  const sources = new Map<string, string>();
  const unformatted: string[] = [];
  for (const input of inputs) {
    const result = format(input);
    // A report shows no secret (a password on a line with a syntax error): as check's do.
    const hidden = args.showSecrets ? result : hideSecrets(result, undefined, result.diagnostics);
    append(diagnostics, hidden.diagnostics);
    for (const [file, text] of hidden.sources) sources.set(file, text);
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
  if (input.packed) return diagnostic('SPAC6006', input.file, range(0), { file: input.file });
  return writeOutput(input.file, result.output, io);
}

const options = {
  check: { type: 'boolean', describe: 'list files that would change; exit 1 if any' },
  write: { alias: 'w', type: 'boolean', describe: 'rewrite files in place' },
  'show-secrets': { type: 'boolean', describe: 'show passwords and keys in reports (hidden by default)' },
  ...keyOptions,
} as const;

export type FmtArgv = InferredOptionTypes<typeof options> & { files: string[] | undefined };

export const builder = (y: Argv): Argv =>
  y
    .positional('files', {
      type: 'string',
      array: true,
      default: undefined,
      describe: 'profiles, folders or quoted globs to format, or - for stdin',
    })
    .options(options)
    .conflicts('check', 'write')
    .example('$0 fmt site.cfg', 'print the formatted profile')
    .example('$0 fmt --write profiles/*.cfg', 'format in place')
    .example('$0 fmt --check profiles/*.cfg', 'fail CI when a file is not formatted')
    .example("$0 fmt --write 'sites/**/*.cfg'", 'a quoted glob, without what .spacignore leaves out');

export function run(a: FmtArgv, io: Io): Promise<number> {
  const args = {
    files: showDashes(a.files),
    check: a.check ?? false,
    write: a.write ?? false,
    showSecrets: a['show-secrets'] ?? false,
  };
  return runFmt({ ...args, ...keyArgs(a) }, io);
}
