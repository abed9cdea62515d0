// CLI command `spac check`: lint profiles and everything they import; report only.
// Input: file paths (or `-`) and a report format. Output: diagnostics on stdout; exit 0, 1 or 2.
import { check } from '../../api.js';
import type { RenderFormat } from '../../diagnostics/render.js';
import { sortDiagnostics } from '../../diagnostics/diagnostic.js';
import type { Io } from '../io.js';
import { exitCodeFor, hostFor, readInputs, report, summary } from '../shared.js';

export interface CheckArgs {
  readonly files: readonly string[];
  readonly format: RenderFormat;
}

export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const { inputs, failures } = await readInputs(args.files, io);
  const result = await check(inputs, { host: hostFor(io) });
  const diagnostics = sortDiagnostics([...failures, ...result.diagnostics]);
  report(diagnostics, result.sources, io, io.stdout, args.format);
  if (args.format === 'json' && diagnostics.length === 0) io.stdout.write('[]\n');
  if (args.format === 'pretty') io.stderr.write(summary(diagnostics, args.files.length));
  return exitCodeFor(diagnostics, failures.length > 0);
}
