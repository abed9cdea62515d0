// Bench (floor): yargs parsing `check <files..>` as spac's command line does, with its help text
// rendered only when shown (spac's main does the same). Input: argv. Output: the files named.
import yargs from 'yargs';

interface UsageInternals {
  cacheHelpMessage: () => void;
}

export function parseCommandLine(argv: readonly string[]): string[] {
  const cli = yargs([...argv])
    .command('check <files..>', 'check profiles')
    .strict()
    .exitProcess(false);
  (cli as unknown as { getInternalMethods: () => { getUsageInstance: () => UsageInternals } })
    .getInternalMethods()
    .getUsageInstance().cacheHelpMessage = () => undefined;
  const parsed = cli.parseSync() as { files?: unknown };
  return Array.isArray(parsed.files) ? parsed.files.map(String) : [];
}
