// CLI command `spac check`: lint profiles and everything they import against a schema; report only.
// Input: file paths (or `-`), a report format, limits, key flags, a target, schemas and the config files
// found from the inputs. Output: diagnostics on stdout (and GitHub's step summary); exit 0, 1 or 2.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { RenderFormat } from '../../diagnostics/render.js';
import { checkFiles, type AnalyzeFlags } from '../../workspace/analyze.js';
import { effectiveSettings } from '../../workspace/print-config.js';
import { fixableCount, fixFiles, type FixedFile, type FixRun } from '../../workspace/fix.js';
import { append } from '../../text/append.js';
import type { Io } from '../io.js';
import { resolveKey } from '../keys.js';
import type { SchemaArgs } from '../../workspace/schema-choice.js';
import {
  EXIT_ERRORS,
  EXIT_OK,
  EXIT_USAGE,
  exitCodeFor,
  printReport,
  refuse,
  report,
  writeOutput,
} from '../output.js';
import {
  keyArgs,
  keyOptions,
  schemaArgs,
  schemaOption,
  showDashes,
  targetOption,
  usageError,
  type KeyArgs,
  profilesPositional,
  showSecretsOption,
  importRootOption,
  limitArgs,
  limitOptions,
  limitProblem,
  overLimits,
  type Limits,
} from '../options.js';
import type { Argv, InferredOptionTypes } from 'yargs';

export interface CheckArgs extends SchemaArgs, KeyArgs, Limits {
  readonly files: readonly string[];
  readonly format: RenderFormat;
  readonly encrypted?: boolean;
  readonly config?: string;
  readonly showSecrets?: boolean;
  readonly importRoots?: readonly string[];
  /** Apply the safe fixes: write them, or print them as a diff (dry run). */
  readonly fix?: 'write' | 'dry-run';
  /** Report errors only (the limits still count every problem). */
  readonly quiet?: boolean;
  /** Write the report to this file instead of standard output. */
  readonly outputFile?: string;
  readonly stdinName?: string;
  /** Print each file's effective settings instead of checking it. */
  readonly printConfig?: boolean;
}

export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const limit = limitProblem(args);
  if (limit !== undefined) return usageError(io, limit, 'check');
  const key = await resolveKey(args, io, 'check');
  if (!key.ok) return key.exit;
  const flags = {
    ...schemaArgsOf(args),
    ...(args.config ? { config: args.config } : {}),
    encrypted: args.encrypted === true,
    keys: key.keys,
    showSecrets: args.showSecrets === true,
    importRoots: args.importRoots ?? [],
    ...(args.stdinName === undefined ? {} : { stdinName: args.stdinName }),
  };
  if (args.printConfig) return printConfig(io, args.files, flags);
  // --quiet shows errors only; unless a limit counts warnings or --fix applies fixes, the others need not
  // be made or carried to the end (did-you-mean searched, secrets blanked, sorted): at scale, a third of
  // the time.
  const errorsOnly =
    args.quiet === true &&
    args.fix === undefined &&
    (args.failOn ?? 'error') === 'error' &&
    args.maxWarnings === undefined;
  if (args.fix === 'dry-run' && !['pretty', 'compact'].includes(args.format))
    return usageError(
      io,
      '--fix-dry-run prints a diff: the report is pretty or compact, on standard error',
      'check',
    );
  const run =
    args.fix === undefined
      ? await plainCheck(io, args.files, errorsOnly ? { ...flags, errorsOnly } : flags)
      : await fixFiles(io, args.files, flags);
  if (!run.ok) return refuse(run, io);
  const { check: checked, fixed } = run;
  const diagnostics = [...checked.diagnostics];
  if (args.fix === 'dry-run') io.stdout.write(await unifiedDiffs(fixed));
  if (args.fix === 'write') append(diagnostics, await writeFixes(fixed, io));
  const how = {
    format: args.format,
    files: checked.files.length,
    fixable: args.fix === undefined ? fixableCount(diagnostics) + (checked.droppedFixable?.length ?? 0) : 0,
    ...(args.fix === 'dry-run' ? { stream: 'stderr' as const } : {}),
  };
  const shown = args.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const written = await reportTo(args.outputFile, io, (out) => printReport(shown, checked.sources, how, out));
  if (written) append(diagnostics, [written]);
  if (written) report([written], new Map(), io, io.stderr);
  if (checked.ioFailed || diagnostics.some((d) => d.code === 'SPAC9002')) return EXIT_USAGE;
  return overLimits(diagnostics, args) ? EXIT_ERRORS : EXIT_OK;
}

/** The report on standard output, or gathered and written atomically to `file` (SPAC9002 if it cannot be). */
async function reportTo(
  file: string | undefined,
  io: Io,
  print: (io: Io) => Promise<void>,
): Promise<Diagnostic | undefined> {
  if (file === undefined) {
    await print(io);
    return undefined;
  }
  const parts: (string | Uint8Array)[] = [];
  await print({ ...io, stdout: { write: (data) => void parts.push(data), isTTY: false } });
  const bytes = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
  return writeOutput(file, bytes, io);
}

async function printConfig(io: Io, files: readonly string[], flags: AnalyzeFlags): Promise<number> {
  const found = await effectiveSettings(io, files, flags);
  if (!found.ok) return refuse(found, io);
  report(found.problems, new Map(), io, io.stderr);
  io.stdout.write(`${JSON.stringify(found.files, null, 2)}\n`);
  return exitCodeFor(
    found.problems,
    found.problems.some((d) => d.code === 'SPAC9001'),
  );
}

const plainCheck = async (...params: Parameters<typeof checkFiles>): Promise<FixRun> => {
  const checked = await checkFiles(...params);
  return checked.ok ? { ok: true, check: checked, fixed: [] } : checked;
};

/** The fixed files, each written atomically (keeping its mode and symlink); a failure is SPAC9002. */
async function writeFixes(fixed: readonly FixedFile[], io: Io): Promise<Diagnostic[]> {
  const failures: Diagnostic[] = [];
  for (const f of fixed) {
    const failure = await writeOutput(f.file, f.after, io);
    if (failure) failures.push(failure);
  }
  return failures;
}

/** A unified diff of each file, as `git diff` prints it, of the texts as reports show them (no secret).
 * The diff library loads only here: a check that prints no diff does not pay for it. */
async function unifiedDiffs(fixed: readonly FixedFile[]): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  const options = {
    context: 3,
    headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: true },
  };
  return fixed
    .map((f) =>
      createTwoFilesPatch(`a/${f.file}`, `b/${f.file}`, f.shown.before, f.shown.after, '', '', options),
    )
    .join('');
}

const schemaArgsOf = (args: CheckArgs): SchemaArgs => ({
  ...(args.target === undefined ? {} : { target: args.target }),
  ...(args.schema === undefined ? {} : { schema: args.schema }),
});

const configOption = {
  type: 'string',
  requiresArg: true,
  describe: 'config file to use instead of the nearest spac.config.json above each profile',
} as const;

const options = {
  format: {
    alias: 'f',
    choices: ['pretty', 'compact', 'json', 'sarif', 'github', 'gitlab', 'junit'],
    default: 'pretty',
    describe: 'report format: sarif for code scanning, github for workflow annotations and a step summary',
  },
  ...limitOptions,
  config: configOption,
  target: targetOption,
  schema: schemaOption,
  encrypted: {
    type: 'boolean',
    describe: 'the profile is delivered encrypted: secrets in it are not a warning',
  },
  'show-secrets': showSecretsOption,
  'import-root': importRootOption,
  quiet: { alias: 'q', type: 'boolean', describe: 'report errors only (the limits still count warnings)' },
  'output-file': {
    alias: 'o',
    type: 'string',
    requiresArg: true,
    describe: 'write the report to this file (atomically) instead of stdout',
  },
  'stdin-filename': {
    type: 'string',
    requiresArg: true,
    describe: "the name standard input is checked as: its config, overrides and imports are that file's",
  },
  'print-config': {
    type: 'boolean',
    describe: 'print the settings each file would be checked with (target, schemas, rules), as JSON',
  },
  fix: {
    type: 'boolean',
    describe: "apply the safe fixes (a missing ';', a canonical spelling, a duplicate) to the files",
  },
  'fix-dry-run': {
    type: 'boolean',
    describe: 'print the safe fixes as a diff on stdout, and write nothing',
  },
  ...keyOptions,
} as const;

export type CheckArgv = InferredOptionTypes<typeof options> & { files: string[] | undefined };

export const builder = (y: Argv): Argv =>
  y
    .positional('files', {
      ...profilesPositional,
      describe: 'profiles (plain, gzip or encrypted), folders, quoted globs, or - for stdin',
    })
    .options(options)
    .conflicts('fix', 'fix-dry-run')
    .example('$0 check site.cfg', 'report problems with a code frame')
    .example("$0 check profiles/ 'sites/**/*.cfg'", 'a folder and a quoted glob (see .spacignore)')
    .example('$0 check --target SPA504G site.cfg', 'check against one model')
    .example('$0 check --format json profiles/*.xml', 'machine-readable report for CI')
    .example('$0 check --fix profiles/', 'apply the safe fixes, then report what is left')
    .example('$0 check --fix-dry-run site.cfg', 'show the safe fixes as a diff')
    .example('$0 check site.cfg.enc --key-file sa.key', 'check an encrypted profile')
    .example('$0 check --format sarif profiles/*.cfg > spac.sarif', 'for GitHub code scanning')
    .example('$0 check --format github --max-warnings 0 profiles/*.xml', 'annotations in a workflow');

export function run(a: CheckArgv, io: Io): Promise<number> {
  const args = {
    files: showDashes(a.files),
    format: a.format,
    encrypted: a.encrypted ?? false,
    showSecrets: a['show-secrets'] ?? false,
    importRoots: a['import-root'] ?? [],
    ...(a['fix-dry-run'] ? { fix: 'dry-run' as const } : a.fix ? { fix: 'write' as const } : {}),
    quiet: a.quiet ?? false,
    printConfig: a['print-config'] ?? false,
    ...(a['output-file'] === undefined ? {} : { outputFile: a['output-file'] }),
    ...(a['stdin-filename'] === undefined ? {} : { stdinName: a['stdin-filename'] }),
    ...(a.config === undefined ? {} : { config: a.config }),
  };
  return runCheck({ ...args, ...limitArgs(a), ...keyArgs(a), ...schemaArgs(a) }, io);
}
