// CLI shell (lazy commands): the one helper that registers the command table with yargs, loading only
// the module of the command being run (so `spac --version` and `spac check` load no other command).
// Input: the table, argv and a selector. Output: yargs with every command registered.
import type { Argv } from 'yargs';
import type { Io } from './io.js';

export type Run = (io: Io) => Promise<number>;
export type Select = (run: Run) => void;

/** What a command module exports: its yargs options (in `builder`) beside its run function. A command
 * with subcommands selects their run functions in its builder and has no `run` of its own. */
export interface CommandModule {
  readonly builder: (y: Argv, select: Select) => Argv;
  // yargs hands the parsed arguments over untyped; each module types them from its own options.
  readonly run?: (argv: never, io: Io) => Promise<number>;
}

export interface CommandEntry {
  /** The usage line, such as 'check <files..>'; its first word is the command's name. */
  readonly usage: string;
  readonly describe: string;
  readonly load: () => Promise<CommandModule>;
}

const nameOf = (entry: CommandEntry): string => entry.usage.split(' ')[0] ?? '';

/** The command argv names: its first word that is not an option. A shell completing (`spac
 * --get-yargs-completions spac check --fo`) names it after the program's own name. */
const commandWord = (argv: readonly string[]): string | undefined =>
  (argv[0] === '--get-yargs-completions' ? argv.slice(2) : argv).find((a) => !a.startsWith('-'));

export async function addCommands(
  cli: Argv,
  entries: readonly CommandEntry[],
  argv: readonly string[],
  select: Select,
): Promise<Argv> {
  const wanted = commandWord(argv);
  let out = cli;
  for (const entry of entries) {
    if (nameOf(entry) !== wanted) {
      // Listed in `spac --help`; never parsed, as argv names another command.
      out = out.command(entry.usage, entry.describe);
      continue;
    }
    const module = await entry.load();
    out = out.command(
      entry.usage,
      entry.describe,
      // --version is spac's, not each command's: `spac --version`, not `spac check --version`.
      (y) => module.builder(y.version(false), select),
      (parsed) => {
        const { run } = module;
        if (run) select((io) => run(parsed as never, io));
      },
    );
  }
  return out;
}
