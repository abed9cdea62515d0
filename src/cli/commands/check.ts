// CLI command `spac check`: lint profiles and everything they import against a schema; report only.
// Input: file paths (or `-`), a report format, limits, key flags, a target, schemas and the config files
// found from the inputs. Output: diagnostics on stdout (and GitHub's step summary); exit 0, 1 or 2.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { RenderFormat } from '../../diagnostics/render.js';
import { checkFiles } from '../../workspace/analyze.js';
import type { Io } from '../io.js';
import { resolveKey } from '../keys.js';
import type { SchemaArgs } from '../../workspace/schema-choice.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, printReport, refuse } from '../output.js';
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
} from '../options.js';
import type { Argv, InferredOptionTypes } from 'yargs';

export interface CheckArgs extends SchemaArgs, KeyArgs {
  readonly files: readonly string[];
  readonly format: RenderFormat;
  readonly encrypted?: boolean;
  readonly maxWarnings?: number;
  readonly failOn?: 'error' | 'warning';
  readonly config?: string;
  readonly showSecrets?: boolean;
  readonly importRoots?: readonly string[];
}

export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const limit = args.maxWarnings;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    return usageError(io, '--max-warnings takes a whole number, 0 or more', 'check');
  }
  const key = await resolveKey(args, io, 'check');
  if (!key.ok) return key.exit;
  const flags = {
    ...schemaArgsOf(args),
    ...(args.config ? { config: args.config } : {}),
    encrypted: args.encrypted === true,
    keys: key.keys,
    showSecrets: args.showSecrets === true,
    importRoots: args.importRoots ?? [],
  };
  const checked = await checkFiles(io, args.files, flags);
  if (!checked.ok) return refuse(checked, io);
  const { diagnostics } = checked;
  await printReport(diagnostics, checked.sources, { format: args.format, files: checked.files.length }, io);
  if (checked.ioFailed) return EXIT_USAGE;
  return failed(diagnostics, args) ? EXIT_ERRORS : EXIT_OK;
}

const schemaArgsOf = (args: CheckArgs): SchemaArgs => ({
  ...(args.target === undefined ? {} : { target: args.target }),
  ...(args.schema === undefined ? {} : { schema: args.schema }),
});

function failed(diagnostics: readonly Diagnostic[], args: CheckArgs): boolean {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (errors > 0) return true;
  if (args.failOn === 'warning' && warnings > 0) return true;
  return args.maxWarnings !== undefined && warnings > args.maxWarnings;
}

const configOption = {
  type: 'string',
  requiresArg: true,
  describe: 'config file to use instead of the nearest spac.config.json above each profile',
} as const;

const options = {
  format: {
    alias: 'f',
    choices: ['pretty', 'compact', 'json', 'sarif', 'github'],
    default: 'pretty',
    describe: 'report format: sarif for code scanning, github for workflow annotations and a step summary',
  },
  'max-warnings': {
    type: 'number',
    requiresArg: true,
    describe: 'exit 1 when there are more warnings than this',
  },
  'fail-on': {
    choices: ['error', 'warning'],
    default: 'error',
    describe: 'the lowest severity that makes the exit code 1',
  },
  config: configOption,
  target: targetOption,
  schema: schemaOption,
  encrypted: {
    type: 'boolean',
    describe: 'the profile is delivered encrypted: secrets in it are not a warning',
  },
  'show-secrets': showSecretsOption,
  'import-root': importRootOption,
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
    .example('$0 check site.cfg', 'report problems with a code frame')
    .example("$0 check profiles/ 'sites/**/*.cfg'", 'a folder and a quoted glob (see .spacignore)')
    .example('$0 check --target SPA504G site.cfg', 'check against one model')
    .example('$0 check --format json profiles/*.xml', 'machine-readable report for CI')
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
    failOn: a['fail-on'],
    ...(a['max-warnings'] === undefined ? {} : { maxWarnings: a['max-warnings'] }),
    ...(a.config === undefined ? {} : { config: a.config }),
  };
  return runCheck({ ...args, ...keyArgs(a), ...schemaArgs(a) }, io);
}
