// CLI shell: argument parsing (yargs) and dispatch to the commands, which load lazily.
// Input: argv (without node and the script) and an Io. Output: the process exit code; never throws.
import yargs, { type Argv } from 'yargs';
import pkg from '../../package.json' with { type: 'json' };
import { hideDash, type Run, type Select } from './argv.js';
import type { Io } from './io.js';
import { decompileCommand, decryptCommand, explainCommand, lspCommand } from './tool-commands.js';
import { expandCommand } from './expand-command.js';
import { checkCommand, compileCommand, fmtCommand } from './profile-commands.js';
import { sampleCommand, schemaCommand } from './schema-commands.js';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE } from './shared.js';

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
  const parser = commands(yargs(), select).fail((message: string | null, error) => {
    // yargs hands over what a command handler threw: that is a bug, not a usage error. Its own
    // validation errors (YError, such as an option value that looks like a flag) are usage errors.
    const thrown = error as Error | undefined;
    if (thrown instanceof Error && thrown.name !== 'YError') throw error;
    failure = withHint(message ?? thrown?.message ?? 'invalid arguments');
  });
  await parser.parseAsync(argv.map(hideDash), {}, (_error, _parsed, output) => {
    printed = output;
  });
  if (failure !== undefined) {
    io.stderr.write(`${printed === '' ? '' : `${printed}\n`}spac: ${failure}\nrun 'spac --help' for usage\n`);
    return EXIT_USAGE;
  }
  if (run) return run(io);
  if (printed !== '') io.stdout.write(`${printed}\n`);
  return EXIT_OK;
}

function commands(cli: Argv, select: Select): Argv {
  return cli
    .scriptName('spac')
    .usage(
      '$0 <command> [options]\n\nCompile, check and format Cisco/Linksys/Sipura SPA provisioning profiles.',
    )
    .command(compileCommand(select))
    .command(checkCommand(select))
    .command(fmtCommand(select))
    .command(expandCommand(select))
    .command(decryptCommand(select))
    .command(decompileCommand(select))
    .command(explainCommand(select))
    .command(lspCommand(select))
    .command(schemaCommand(select))
    .command(sampleCommand(select))
    .demandCommand(
      1,
      'name a command: compile, check, fmt, expand, decrypt, decompile, explain, lsp, schema or sample',
    )
    .recommendCommands()
    .strict()
    .help()
    .alias('h', 'help')
    .version(pkg.version)
    .epilog('Exit codes: 0 ok, 1 error diagnostics, 2 usage or I/O error, 70 internal error.')
    .wrap(100)
    .exitProcess(false);
}

/** yargs reads a value that starts with '-' as the next option; say how to pass one. */
function withHint(message: string): string {
  const option = /^Not enough arguments following: (\S+)$/.exec(message)?.[1];
  return option === undefined
    ? message
    : `${message} (a value that starts with '-' is written --${option}=VALUE)`;
}
