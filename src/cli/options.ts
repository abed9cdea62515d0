// CLI shell (shared options): what the command modules share: the `-` workaround, common option specs,
// the flags they map to, and the usage-error line. Input: none. Output: option specs and helpers.
import type { InferredOptionTypes } from 'yargs';
import type { Io } from './io.js';
import { EXIT_USAGE } from './output.js';

/** Writes a usage error the way every command does, and gives the exit code for it. */
export function usageError(io: Io, message: string, command?: string): number {
  const help = command === undefined ? 'spac --help' : `spac ${command} --help`;
  io.stderr.write(`spac: ${message}\nrun '${help}' for usage\n`);
  return EXIT_USAGE;
}

export const invalidMac = (mac: string): string =>
  `invalid --mac '${mac}': give 12 hex digits, such as 00:0e:08:aa:bb:cc`;

/** yargs drops a lone `-` from positionals; carry it through as a token no shell can produce. */
const DASH = '\u0000-';
export const hideDash = (arg: string): string => (arg === '-' ? DASH : arg);
export const showDash = (arg: string): string => (arg === DASH ? '-' : arg);
export const showDashes = (args: readonly string[] | undefined): string[] => (args ?? []).map(showDash);

/** The profiles a command reads, in order. */
export const profilesPositional = {
  type: 'string',
  array: true,
  // yargs gives a list positional the default [], and help would say '[required] [default: []]' (for
  // a required one only: an optional one left out would be [undefined]).
  default: undefined,
  describe: 'SPC text or XML profiles (plain, gzip or encrypted), or - for stdin',
} as const;

export const diagnosticsOption = {
  choices: ['pretty', 'compact', 'json', 'sarif', 'github', 'gitlab', 'junit'] as const,
  default: 'pretty' as const,
  describe: 'how diagnostics are printed, on stderr (sarif for code scanning, github for annotations)',
};

/** When a run fails: `check`'s limits, also on `compile` (which then writes nothing). */
export const limitOptions = {
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
} as const;

export interface Limits {
  readonly maxWarnings?: number;
  readonly failOn?: 'error' | 'warning';
}

export const limitArgs = (a: {
  readonly 'max-warnings'?: number | undefined;
  readonly 'fail-on'?: 'error' | 'warning' | undefined;
}): Limits => ({
  failOn: a['fail-on'] ?? 'error',
  ...(a['max-warnings'] === undefined ? {} : { maxWarnings: a['max-warnings'] }),
});

/** A usage problem with the limits, or undefined. */
export const limitProblem = (limits: Limits): string | undefined => {
  const limit = limits.maxWarnings;
  return limit === undefined || (Number.isInteger(limit) && limit >= 0)
    ? undefined
    : '--max-warnings takes a whole number, 0 or more';
};

/** Errors fail a run; warnings too with --fail-on warning, or more of them than --max-warnings. */
export function overLimits(diagnostics: readonly { readonly severity: string }[], limits: Limits): boolean {
  const count = (severity: string) => diagnostics.filter((d) => d.severity === severity).length;
  if (count('error') > 0) return true;
  const warnings = count('warning');
  if (limits.failOn === 'warning' && warnings > 0) return true;
  return limits.maxWarnings !== undefined && warnings > limits.maxWarnings;
}

/** Secrets are blanked in code frames and messages unless asked (CI logs are often public). */
export const showSecretsOption = {
  type: 'boolean',
  describe: 'show passwords and keys in code frames and messages (hidden by default)',
} as const;

/** Imports read only under the input's project (its outermost spac.config.json, else its folder). */
export const importRootOption = {
  type: 'string',
  array: true,
  requiresArg: true,
  describe: 'a folder imports may also read from (repeatable)',
} as const;

export const targetOption = {
  alias: 't',
  type: 'string' as const,
  describe:
    "model to check against, such as SPA504G, or SPA504G@7.5.5 with its firmware (see 'spac schema list'); default: every family",
};

/** Not `array`: yargs would then swallow the input file after `--schema x.json` as a second schema. */
export const schemaOption = {
  type: 'string' as const,
  requiresArg: true,
  describe: "schema JSON file to use instead of the built-in ones (see 'spac schema import'); repeatable",
};

export const outputOption = {
  alias: 'o',
  type: 'string' as const,
  default: '-',
  describe: 'output file, or - for stdout',
};

/** The flags every schema-aware command takes, as the command modules want them. */
export const schemaArgs = (a: { target?: string | undefined; schema?: string | string[] | undefined }) => ({
  ...(a.target === undefined ? {} : { target: a.target }),
  ...(a.schema === undefined ? {} : { schema: ([] as string[]).concat(a.schema) }),
});

/** Where the key comes from. The value of --key is visible to other users in the process list. */
export const keyOptions = {
  key: {
    type: 'string',
    requiresArg: true,
    describe:
      "the key, as in the profile rule's --key (other users can see it in the process list: prefer --key-env or --key-file)",
  },
  'key-env': {
    type: 'string',
    requiresArg: true,
    describe: 'name of an environment variable that holds the key',
  },
  'key-file': {
    type: 'string',
    requiresArg: true,
    describe: 'file that holds the key (one trailing newline is not part of it)',
  },
  digest: {
    choices: ['md5', 'sha256'],
    describe:
      'key derivation digest of AES-256-CBC profiles: md5 for SPA firmware (written by default), sha256 for newer firmware; read: both are tried',
  },
} as const;

export interface KeyArgs {
  readonly key?: string;
  readonly keyEnv?: string;
  readonly keyFile?: string;
  readonly digest?: 'md5' | 'sha256';
}

/** The key flags as yargs parses them. */
export type KeyArgv = InferredOptionTypes<typeof keyOptions>;

export const keyArgs = (a: Partial<KeyArgv>): KeyArgs => ({
  ...(a.key === undefined ? {} : { key: a.key }),
  ...(a['key-env'] === undefined ? {} : { keyEnv: a['key-env'] }),
  ...(a['key-file'] === undefined ? {} : { keyFile: a['key-file'] }),
  ...(a.digest === undefined ? {} : { digest: a.digest }),
});
