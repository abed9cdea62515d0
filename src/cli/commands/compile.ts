// CLI command `spac compile`: layer inputs (later wins) and write one validated profile.
// Input: paths, an output path or `-`, an output format, a target model and schemas. Output: the file, written only when error-free.
import { compile, type OutputFormat } from '../../api.js';
import type { RenderFormat } from '../../diagnostics/render.js';
import { hasErrors, sortDiagnostics } from '../../diagnostics/diagnostic.js';
import type { Io } from '../io.js';
import { schemaOptions, type SchemaArgs } from '../schema-args.js';
import { exitCodeFor, hostFor, readInputs, report, writeOutput } from '../shared.js';

export interface CompileArgs extends SchemaArgs {
  readonly inputs: readonly string[];
  readonly output: string;
  readonly format: OutputFormat;
  readonly diagnostics: RenderFormat;
}

export async function runCompile(args: CompileArgs, io: Io): Promise<number> {
  const picked = await schemaOptions(args, io);
  if (!picked.ok) return picked.exit;
  const { inputs, failures } = await readInputs(args.inputs, io);
  if (failures.length > 0) {
    report(failures, new Map(), io, io.stderr, args.diagnostics);
    return exitCodeFor(failures, true);
  }
  const result = await compile(inputs, { ...picked.options, host: hostFor(io), format: args.format });
  const written =
    result.output === undefined || hasErrors(result.diagnostics)
      ? undefined
      : await writeOutput(args.output, result.output, io);
  const diagnostics = sortDiagnostics(written ? [...result.diagnostics, written] : result.diagnostics);
  report(diagnostics, result.sources, io, io.stderr, args.diagnostics);
  return exitCodeFor(diagnostics, written !== undefined);
}
