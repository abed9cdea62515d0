// CLI shell: argument parsing (yargs) and dispatch to the commands, which load lazily.
// Input: argv (without node and the script) and an Io. Output: the process exit code; never throws.
import yargs, { type Argv } from 'yargs';
import pkg from '../../package.json' with { type: 'json' };
import type { Io } from './io.js';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE } from './shared.js';

type Run = (io: Io) => Promise<number>;

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
  const parser = commands(yargs(), select).fail((message, error) => {
    // yargs hands over what a command handler threw: that is a bug, not a usage error.
    if ((error as Error | undefined) instanceof Error) throw error;
    failure = message;
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

/** yargs drops a lone `-` from positionals; carry it through as a token no shell can produce. */
const DASH = '\u0000-';
const hideDash = (arg: string): string => (arg === '-' ? DASH : arg);
const showDash = (arg: string): string => (arg === DASH ? '-' : arg);
const showDashes = (args: readonly string[] | undefined): string[] => (args ?? []).map(showDash);

function commands(cli: Argv, select: (run: Run) => void): Argv {
  return cli
    .scriptName('spac')
    .usage(
      '$0 <command> [options]\n\nCompile, check and format Cisco/Linksys/Sipura SPA provisioning profiles.',
    )
    .command(compileCommand(select))
    .command(checkCommand(select))
    .command(fmtCommand(select))
    .demandCommand(1, 'name a command: compile, check or fmt')
    .recommendCommands()
    .strict()
    .help()
    .alias('h', 'help')
    .version(pkg.version)
    .epilog('Exit codes: 0 ok, 1 error diagnostics, 2 usage or I/O error, 70 internal error.')
    .wrap(100)
    .exitProcess(false);
}

const diagnosticsOption = {
  choices: ['pretty', 'compact', 'json'] as const,
  default: 'pretty' as const,
  describe: 'how diagnostics are printed',
};

function compileCommand(select: (run: Run) => void) {
  return {
    command: 'compile <inputs..>',
    describe: 'layer profiles (later wins) and write one validated profile',
    builder: (y: Argv) =>
      y
        .positional('inputs', {
          type: 'string',
          array: true,
          describe: 'SPC text or XML profiles, or - for stdin',
        })
        .option('output', {
          alias: 'o',
          type: 'string',
          default: '-',
          describe: 'output file, or - for stdout',
        })
        .option('format', {
          alias: 'f',
          choices: ['xml', 'text'] as const,
          default: 'xml' as const,
          describe: 'output format',
        })
        .option('diagnostics', diagnosticsOption)
        .example('$0 compile site.cfg -o site.xml', 'SPC text to XML')
        .example('$0 compile base.xml site.xml -o - --format text', 'layer two XML files, print text'),
    handler: (a: {
      inputs: string[] | undefined;
      output: string;
      format: 'xml' | 'text';
      diagnostics: 'pretty' | 'compact' | 'json';
    }) => {
      select(async (io) => {
        const { runCompile } = await import('./commands/compile.js');
        return runCompile(
          {
            inputs: showDashes(a.inputs),
            output: showDash(a.output),
            format: a.format,
            diagnostics: a.diagnostics,
          },
          io,
        );
      });
    },
  };
}

function checkCommand(select: (run: Run) => void) {
  return {
    command: 'check <files..>',
    describe: 'lint profiles and what they import; write nothing',
    builder: (y: Argv) =>
      y
        .positional('files', {
          type: 'string',
          array: true,
          describe: 'SPC text or XML profiles, or - for stdin',
        })
        .option('format', { ...diagnosticsOption, alias: 'f' })
        .example('$0 check site.cfg', 'report problems with a code frame')
        .example('$0 check --format json profiles/*.xml', 'machine-readable report for CI'),
    handler: (a: { files: string[] | undefined; format: 'pretty' | 'compact' | 'json' }) => {
      select(async (io) => {
        const { runCheck } = await import('./commands/check.js');
        return runCheck({ files: showDashes(a.files), format: a.format }, io);
      });
    },
  };
}

function fmtCommand(select: (run: Run) => void) {
  return {
    command: 'fmt <files..>',
    describe: 'print profiles in canonical layout (text stays text, XML stays XML)',
    builder: (y: Argv) =>
      y
        .positional('files', { type: 'string', array: true, describe: 'profiles to format, or - for stdin' })
        .option('check', {
          type: 'boolean',
          describe: 'list files that would change; exit 1 if any',
        })
        .option('write', { alias: 'w', type: 'boolean', describe: 'rewrite files in place' })
        .conflicts('check', 'write')
        .example('$0 fmt site.cfg', 'print the formatted profile')
        .example('$0 fmt --write profiles/*.cfg', 'format in place')
        .example('$0 fmt --check profiles/*.cfg', 'fail CI when a file is not formatted'),
    handler: (a: { files: string[] | undefined; check: boolean | undefined; write: boolean | undefined }) => {
      select(async (io) => {
        const { runFmt } = await import('./commands/fmt.js');
        return runFmt({ files: showDashes(a.files), check: a.check ?? false, write: a.write ?? false }, io);
      });
    },
  };
}
