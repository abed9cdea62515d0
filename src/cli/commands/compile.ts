// CLI command `spac compile`: layer inputs (later wins) and write one validated profile, packed as asked.
// Input: paths, an output path or `-`, a format, key flags, a target model and schemas. Output: the file,
// written only when error-free (gzip and AES-256-CBC for xml/text; the binary for bin).
import { compile, type OutputFormat } from '../../workspace/pipeline.js';
import { hasErrors, sortDiagnostics } from '../../diagnostics/diagnostic.js';
import type { RenderFormat } from '../../diagnostics/render.js';
import { parseMac } from '../../rules/device.js';
import type { KeyArgs } from '../argv.js';
import type { Io } from '../io.js';
import { importHost, readInputs } from '../../workspace/inputs.js';
import { resolveKey } from '../keys.js';
import { outputSettings, type SchemaArgs } from '../../workspace/schema-choice.js';
import { EXIT_USAGE, exitCodeFor, refuse, report, writeOutput } from '../shared.js';

export interface CompileArgs extends SchemaArgs, KeyArgs {
  readonly inputs: readonly string[];
  readonly output: string;
  readonly format: OutputFormat;
  readonly diagnostics: RenderFormat;
  readonly gzip?: boolean;
  readonly reproducible?: boolean;
  readonly mac?: string;
  readonly config?: string;
}

export async function runCompile(args: CompileArgs, io: Io): Promise<number> {
  const problem = flagProblem(args);
  if (problem !== undefined) {
    io.stderr.write(`spac: ${problem}\nrun 'spac compile --help' for usage\n`);
    return EXIT_USAGE;
  }
  const key = await resolveKey(args, io, 'compile');
  if (!key.ok) return key.exit;
  const keys = key.keys;
  const { inputs, failures, ioFailed } = await readInputs(args.inputs, io, keys);
  if (failures.length > 0) {
    report(failures, new Map(), io, io.stderr, args.diagnostics);
    return exitCodeFor(failures, ioFailed);
  }
  const picked = await outputSettings(io, inputs[0]?.file, args);
  if (!picked.ok) return refuse(picked, io);
  const { settings } = picked;
  const result = await compile(inputs, {
    ...picked.options,
    severities: () => settings?.rules ?? {},
    host: importHost(io, keys),
    format: args.format,
    wrap: { ...keys, gzip: args.gzip ?? false, reproducible: args.reproducible ?? false },
    binary: { ...keys, reproducible: args.reproducible ?? false, ...macOf(args) },
  });
  const written =
    result.bytes === undefined || hasErrors(result.diagnostics)
      ? undefined
      : await writeOutput(args.output, result.bytes, io);
  const diagnostics = sortDiagnostics(written ? [...result.diagnostics, written] : result.diagnostics);
  report(diagnostics, result.sources, io, io.stderr, args.diagnostics);
  return exitCodeFor(diagnostics, written !== undefined);
}

const macOf = (args: CompileArgs): { mac?: string } => {
  const mac = args.mac === undefined ? undefined : parseMac(args.mac);
  return mac === undefined ? {} : { mac };
};

/** Flags that make no sense together are a usage error, not a silent no-op. */
function flagProblem(args: CompileArgs): string | undefined {
  const binary = args.format === 'bin';
  if (args.mac !== undefined && !binary)
    return "--mac binds a binary profile to a device: use it with '--format bin'";
  if (args.mac !== undefined && parseMac(args.mac) === undefined)
    return `invalid --mac '${args.mac}': give 12 hex digits, such as 00:0e:08:aa:bb:cc`;
  if (binary && args.gzip) return '--gzip is for xml and text output; a binary profile is compact already';
  if (binary && args.digest)
    return '--digest is for AES-256-CBC (xml and text); a binary profile uses scrypt and AES-256-GCM';
  return undefined;
}
