// CLI command `spac explain`: the long-form explanation of a diagnostic code, or the list of codes.
// Input: a code (any case, with or without 'SPAC'). Output: the explanation on stdout; exit 0, or 2 for
// a code that does not exist.
import { catalog, isDiagnosticCode } from '../../diagnostics/catalog.js';
import { explainText } from '../../diagnostics/explanations/index.js';
import type { Io } from '../io.js';
import { EXIT_OK, EXIT_USAGE } from '../output.js';
import type { Argv } from 'yargs';

export function runExplain(args: { readonly code?: string }, io: Io): Promise<number> {
  if (args.code === undefined) {
    const rows = Object.entries(catalog).map(([code, e]) => `${code}  ${e.severity.padEnd(7)}  ${e.title}\n`);
    io.stdout.write(rows.join(''));
    return Promise.resolve(EXIT_OK);
  }
  const written = args.code.trim().toUpperCase();
  const code = /^\d+$/.test(written) ? `SPAC${written}` : written;
  if (!isDiagnosticCode(code)) {
    io.stderr.write(`spac: unknown code '${args.code}'; 'spac explain' lists them\n`);
    return Promise.resolve(EXIT_USAGE);
  }
  io.stdout.write(explainText(code));
  return Promise.resolve(EXIT_OK);
}

export const builder = (y: Argv): Argv =>
  y
    .positional('code', {
      type: 'string',
      describe: 'a code such as SPAC3001 (or 3001); none lists them all',
    })
    .example('$0 explain SPAC4004', 'why a rule URL is unusable')
    .example('$0 explain', 'every code with its severity and title');

export function run(a: { code: string | undefined }, io: Io): Promise<number> {
  return runExplain(a.code === undefined ? {} : { code: a.code }, io);
}
