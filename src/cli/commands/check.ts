// CLI command `spac check`: lint profiles and everything they import against a schema; report only.
// Input: file paths (or `-`), a report format, a target model and schemas. Output: diagnostics on stdout;
// exit 0, 1 or 2.
import { check } from '../../api.js';
import type { RenderFormat } from '../../diagnostics/render.js';
import { sortDiagnostics } from '../../diagnostics/diagnostic.js';
import type { Io } from '../io.js';
import { schemaOptions, type SchemaArgs } from '../schema-args.js';
import { exitCodeFor, hostFor, readInputs, report, summary } from '../shared.js';

export interface CheckArgs extends SchemaArgs {
  readonly files: readonly string[];
  readonly format: RenderFormat;
  readonly encrypted?: boolean;
}

export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const picked = await schemaOptions(args, io);
  if (!picked.ok) return picked.exit;
  const { inputs, failures } = await readInputs(args.files, io);
  const options = { ...picked.options, host: hostFor(io), encrypted: args.encrypted ?? false };
  const result = await check(inputs, options);
  const diagnostics = sortDiagnostics([...failures, ...result.diagnostics]);
  report(diagnostics, result.sources, io, io.stdout, args.format);
  if (args.format === 'json' && diagnostics.length === 0) io.stdout.write('[]\n');
  if (args.format === 'pretty') io.stderr.write(summary(diagnostics, args.files.length));
  return exitCodeFor(diagnostics, failures.length > 0);
}
