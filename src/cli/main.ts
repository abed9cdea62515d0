// CLI shell: argument parsing (yargs) and dispatch to the commands, which load lazily.
// Input: argv (without node and the script) and an Io. Output: the process exit code; never throws.
import yargs, { type Argv } from 'yargs';
import pkg from '../../package.json' with { type: 'json' };
import type { Io } from './io.js';
import { addCommands, type CommandEntry, type Run } from './lazy-command.js';
import { hideDash, usageError } from './options.js';
import { EXIT_INTERNAL, EXIT_OK } from './output.js';
import { closest } from '../text/distance.js';

/** Every command: its usage line and summary (for `spac --help`), and its module, loaded when it runs. */
const COMMANDS: readonly CommandEntry[] = [
  {
    usage: 'compile <inputs..>',
    describe: 'layer profiles (later wins) and write one validated profile, optionally encrypted',
    load: () => import('./commands/compile.js'),
  },
  {
    usage: 'check <files..>',
    describe: 'lint profiles and what they import; write nothing',
    load: () => import('./commands/check.js'),
  },
  {
    usage: 'build',
    describe: 'build a whole fleet: one checked, optionally encrypted profile per device, and a manifest',
    load: () => import('./commands/build.js'),
  },
  {
    usage: 'cert <command>',
    describe: 'keys, signing requests and certificates for HTTPS provisioning (server, lab CA, lab phones)',
    load: () => import('./commands/cert.js'),
  },
  {
    usage: 'serve <dir>',
    describe:
      'serve a build: each phone gets only its own files (client certificates), reports stored per device',
    load: () => import('./commands/serve.js'),
  },
  {
    usage: 'phone',
    describe:
      'a simulated phone: resync over HTTP/HTTPS, decrypt, apply, report (proves the provisioning path)',
    load: () => import('./commands/phone.js'),
  },
  {
    usage: 'diff <reported> <expected>',
    describe: "show where a phone's reported settings differ from the profile compiled for it",
    load: () => import('./commands/diff.js'),
  },
  {
    usage: 'fmt <files..>',
    describe: 'print profiles in canonical layout (text stays text, XML stays XML)',
    load: () => import('./commands/fmt.js'),
  },
  {
    usage: 'expand [profiles..]',
    describe: 'show which URLs a device fetches with the profile and upgrade rules',
    load: () => import('./commands/expand.js'),
  },
  {
    usage: 'decrypt <file>',
    describe: 'decrypt an AES-256-CBC profile (openssl enc format) to exactly what was encrypted',
    load: () => import('./commands/decrypt.js'),
  },
  {
    usage: 'decompile <file>',
    describe: 'turn a binary profile (compile --format bin) back into XML or SPC text',
    load: () => import('./commands/decompile.js'),
  },
  {
    usage: 'explain [code]',
    describe: 'explain a diagnostic code, with an example that gets it and one that does not',
    load: () => import('./commands/explain.js'),
  },
  {
    usage: 'lsp',
    describe: 'run the language server on stdin and stdout, for editors',
    load: () => import('./commands/lsp.js'),
  },
  {
    usage: 'schema <command>',
    describe: 'list models, show parameters, import and export schemas',
    load: () => import('./commands/schema.js'),
  },
  {
    usage: 'init',
    describe: 'write a starter spac.config.json here (target, rules, ignore, overrides, explained)',
    load: () => import('./commands/init.js'),
  },
  {
    usage: 'sample',
    describe: 'write a full sample profile of a model: defaults, access markers and option lists',
    load: () => import('./commands/sample.js'),
  },
];

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`spac: internal error, please report it with the input that caused it\n${detail}\n`);
    return EXIT_INTERNAL;
  }
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  let run: Run | undefined;
  const select = (r: Run) => {
    run = r;
  };
  let failure: string | undefined;
  let printed = '';
  // yargs types the message as a string, but passes null when it hands over an error.
  const args = argv.map(hideDash);
  const parser = (await commands(yargs(), args, select, io.stdout.columns)).fail(
    (message: string | null, error) => {
      // yargs hands over what a command handler threw: that is a bug, not a usage error. Its own
      // validation errors (YError, such as an option value that looks like a flag) are usage errors.
      const thrown = error as Error | undefined;
      if (thrown instanceof Error && thrown.name !== 'YError') throw error;
      // Now, while yargs holds the failing command's options: what a misspelt one may have meant.
      const options = Object.keys(
        (parser as unknown as { getOptions: () => { key: Record<string, unknown> } }).getOptions().key,
      );
      failure = withHint(message ?? thrown?.message ?? 'invalid arguments', args, options);
    },
  );
  // After choosing a command yargs renders the whole help text, in case its handler shows help later;
  // spac's handlers only select what to run, and that rendering was a tenth of a one-file check.
  (parser as unknown as { getInternalMethods: () => { getUsageInstance: () => UsageInternals } })
    .getInternalMethods()
    .getUsageInstance().cacheHelpMessage = () => undefined;
  // Before a command runs, while yargs still knows its options (getOptions is there at run time; its
  // types leave it out).
  parser.middleware((parsed) => {
    const declared = (
      parser as unknown as { getOptions: () => Parameters<typeof negatedValue>[1] }
    ).getOptions();
    failure ??= negatedValue(parsed, declared);
  });
  let colored: boolean | undefined;
  await parser.parseAsync(args, {}, (_error, parsed, output) => {
    printed = output;
    if (typeof parsed['color'] === 'boolean') colored = parsed['color'];
  });
  if (failure !== undefined) {
    if (printed !== '') io.stderr.write(`${printed}\n`);
    return usageError(io, failure);
  }
  if (run) return run(colored === undefined ? io : { ...io, color: colored });
  if (printed !== '') io.stdout.write(`${printed}\n`);
  return EXIT_OK;
}

/** The part of yargs' usage object that spac replaces (there at run time; its types leave it out). */
interface UsageInternals {
  cacheHelpMessage: () => void;
}

async function commands(
  cli: Argv,
  argv: readonly string[],
  select: (run: Run) => void,
  columns: number | undefined,
): Promise<Argv> {
  const base = cli
    .scriptName('spac')
    .usage(
      '$0 <command> [options]\n\nCompile, check and format Cisco/Linksys/Sipura SPA provisioning profiles.',
    );
  return (
    (await addCommands(base, COMMANDS, argv, select))
      .demandCommand(
        1,
        'name a command: compile, check, build, cert, serve, phone, diff, fmt, expand, decrypt, decompile, explain, lsp, schema, init or sample',
      )
      .option('color', {
        type: 'boolean',
        global: true,
        describe:
          'colour in reports: --color always, --no-color never (default: a terminal, unless NO_COLOR)',
      })
      .completion('completion', 'print a bash or zsh completion script: spac completion >> ~/.bashrc')
      .recommendCommands()
      .strict()
      .help()
      .alias('h', 'help')
      .version(pkg.version)
      .epilog('Exit codes: 0 ok, 1 error diagnostics, 2 usage or I/O error, 70 internal error.')
      // A terminal's own width; to a pipe or a file, lines are not cut at all.
      .wrap(columns ?? null)
      .exitProcess(false)
  );
}

/** yargs reads `--no-target` as target = false, which only a yes/no option can be. */
function negatedValue(
  parsed: Record<string, unknown>,
  options: { string: string[]; number: string[]; array: string[] },
): string | undefined {
  const valued = new Set([...options.string, ...options.number, ...options.array]);
  const name = Object.keys(parsed).find((key) => parsed[key] === false && valued.has(key));
  return name === undefined ? undefined : `--no-${name} is not an option: leave --${name} out`;
}

/** yargs' messages, said as spac says things: how to pass a value that starts with '-' (yargs reads it
 * as the next option), and what a misspelt command or option may have meant. */
function withHint(message: string, argv: readonly string[], options: readonly string[]): string {
  const option = /^Not enough arguments following: (\S+)$/.exec(message)?.[1];
  if (option !== undefined) return `${message} (a value that starts with '-' is written --${option}=VALUE)`;
  const command = argv.find((a) => !a.startsWith('-'));
  if (/^Not enough non-option arguments: got 0/.test(message) && command !== undefined)
    return `'spac ${command}' needs a file to work on (or - for standard input)`;
  const unknown = /^Unknown arguments?: (.+)$/.exec(message)?.[1]?.split(', ')[0];
  if (unknown === undefined) return message;
  const names = COMMANDS.map((c) => c.usage.split(' ')[0] ?? '');
  if (unknown === command && !names.includes(unknown))
    return `unknown command '${unknown}'${meant(unknown, names)}`;
  const flag = unknown.length === 1 ? `-${unknown}` : `--${unknown}`;
  if (!argv.some((a) => a === flag || a.startsWith(`${flag}=`))) return `unexpected argument '${unknown}'`;
  const flags = options.filter((o) => o.length > 1 && !/[A-Z]/.test(o)).map((o) => `--${o}`);
  return `unknown option '${flag}'${meant(flag, flags)}`;
}

const meant = (word: string, candidates: readonly string[]): string => {
  const near = closest(word, candidates);
  return near === undefined ? '' : `; did you mean '${near}'?`;
};
