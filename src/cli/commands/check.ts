// CLI command `spac check`: lint profiles and everything they import against a schema; report only.
// Input: file paths (or `-`), a report format, a target model and schemas. Output: diagnostics on stdout;
// exit 0, 1 or 2.
import { check } from '../../api.js';
import type { RenderFormat } from '../../diagnostics/render.js';
import { sortDiagnostics } from '../../diagnostics/diagnostic.js';
import type { KeyArgs } from '../argv.js';
import type { Io } from '../io.js';
import { resolveKey } from '../keys.js';
import { schemaOptions, type SchemaArgs } from '../schema-args.js';
import { exitCodeFor, hostFor, readInputs, report, summary } from '../shared.js';

export interface CheckArgs extends SchemaArgs, KeyArgs {
  readonly files: readonly string[];
  readonly format: RenderFormat;
  readonly encrypted?: boolean;
}

export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const key = await resolveKey(args, io, 'check');
  if (!key.ok) return key.exit;
  const picked = await schemaOptions(args, io);
  if (!picked.ok) return picked.exit;
  const keys = key.keys;
  const { inputs, failures, ioFailed, encrypted } = await readInputs(args.files, io, keys);
  // An input that arrived encrypted is delivered encrypted: its secrets are not exposed.
  const options = {
    ...picked.options,
    host: hostFor(io, keys),
    encrypted: (args.encrypted ?? false) || encrypted,
  };
  const result = await check(inputs, options);
  const diagnostics = sortDiagnostics([...failures, ...result.diagnostics]);
  report(diagnostics, result.sources, io, io.stdout, args.format);
  if (args.format === 'json' && diagnostics.length === 0) io.stdout.write('[]\n');
  if (args.format === 'pretty') io.stderr.write(summary(diagnostics, args.files.length));
  return exitCodeFor(diagnostics, ioFailed);
}
