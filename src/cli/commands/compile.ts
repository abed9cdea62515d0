// CLI command `spac compile`: layer inputs (later wins) and write one validated profile, packed as asked.
// Input: paths, an output path or `-`, a format, key flags, a target model and schemas. Output: the file,
// written only when error-free (gzip and AES-256-CBC for xml/text; the binary for bin).
import { compile, type OutputFormat } from '../../workspace/pipeline.js';
import { hasErrors, sortDiagnostics } from '../../diagnostics/diagnostic.js';
import type { RenderFormat } from '../../diagnostics/render.js';
import { parseMac } from '../../rules/device.js';
import type { Io } from '../io.js';
import { importHost, readInputs } from '../../workspace/inputs.js';
import { confined, importRoots } from '../../workspace/import-roots.js';
import { resolveKey } from '../keys.js';
import { outputSettings, type SchemaArgs } from '../../workspace/schema-choice.js';
import { EXIT_ERRORS, EXIT_OK, exitCodeFor, refuse, report, writeOutput } from '../output.js';
import {
  diagnosticsOption,
  limitArgs,
  limitOptions,
  limitProblem,
  overLimits,
  type Limits,
  profilesPositional,
  invalidMac,
  keyArgs,
  keyOptions,
  outputOption,
  schemaArgs,
  schemaOption,
  showDash,
  showDashes,
  showSecretsOption,
  importRootOption,
  targetOption,
  usageError,
  type KeyArgs,
} from '../options.js';
import type { Argv, InferredOptionTypes } from 'yargs';

export interface CompileArgs extends SchemaArgs, KeyArgs, Limits {
  readonly inputs: readonly string[];
  readonly output: string;
  readonly format: OutputFormat;
  readonly diagnostics: RenderFormat;
  readonly gzip?: boolean;
  readonly reproducible?: boolean;
  readonly mac?: string;
  readonly config?: string;
  readonly showSecrets?: boolean;
  readonly importRoots?: readonly string[];
}

export async function runCompile(args: CompileArgs, io: Io): Promise<number> {
  const problem = flagProblem(args) ?? limitProblem(args);
  if (problem !== undefined) return usageError(io, problem, 'compile');
  const key = await resolveKey(args, io, 'compile');
  if (!key.ok) return key.exit;
  const keys = key.keys;
  // Encrypted, gzip'd or binary bytes would scramble a terminal (and leave nothing usable).
  const bytesOut = args.format === 'bin' || args.gzip === true || keys.key !== undefined;
  if (bytesOut && args.output === '-' && io.stdout.isTTY)
    return usageError(io, 'this output is binary: give -o FILE, or redirect standard output', 'compile');
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
    host: confined(
      importHost(io, keys),
      await importRoots(
        io,
        inputs.map((i) => i.file),
        args.importRoots,
        args.config,
      ),
      io,
    ),
    showSecrets: args.showSecrets === true,
    format: args.format,
    wrap: { ...keys, gzip: args.gzip ?? false, reproducible: args.reproducible ?? false },
    binary: { ...keys, reproducible: args.reproducible ?? false, ...macOf(args) },
  });
  // A run that fails (errors, or warnings past --fail-on or --max-warnings) writes nothing.
  const failed = hasErrors(result.diagnostics) || overLimits(result.diagnostics, args);
  const written =
    result.bytes === undefined || failed ? undefined : await writeOutput(args.output, result.bytes, io);
  const diagnostics = sortDiagnostics(written ? [...result.diagnostics, written] : result.diagnostics);
  report(diagnostics, result.sources, io, io.stderr, args.diagnostics);
  const code = exitCodeFor(diagnostics, written !== undefined);
  return code === EXIT_OK && failed ? EXIT_ERRORS : code;
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
  if (args.mac !== undefined && parseMac(args.mac) === undefined) return invalidMac(args.mac);
  if (binary && args.gzip) return '--gzip is for xml and text output; a binary profile is compact already';
  if (binary && args.digest)
    return '--digest is for AES-256-CBC (xml and text); a binary profile uses scrypt and AES-256-GCM';
  return undefined;
}

const options = {
  output: outputOption,
  format: {
    alias: 'f',
    choices: ['xml', 'text', 'bin'],
    default: 'xml',
    describe: 'output format (bin: the compact binary, see grammar/binary-format.md)',
  },
  ...keyOptions,
  gzip: { type: 'boolean', describe: 'compress before encrypting (xml, text); the phone detects gzip' },
  reproducible: {
    type: 'boolean',
    describe: 'salt from the key and the profile: an unchanged profile gives identical bytes',
  },
  mac: {
    type: 'string',
    requiresArg: true,
    describe: 'bin: only the device with this MAC can read the file',
  },
  config: {
    type: 'string',
    requiresArg: true,
    describe: 'config file to use instead of the nearest spac.config.json above the first input',
  },
  diagnostics: diagnosticsOption,
  ...limitOptions,
  'show-secrets': showSecretsOption,
  'import-root': importRootOption,
  target: targetOption,
  schema: schemaOption,
} as const;

export type CompileArgv = InferredOptionTypes<typeof options> & { inputs: string[] | undefined };

export const builder = (y: Argv): Argv =>
  y
    .positional('inputs', profilesPositional)
    .options(options)
    .example('$0 compile site.cfg -o site.xml', 'SPC text to XML')
    .example('$0 compile site.cfg --target SPA504G -o site.xml', 'check against one model first')
    .example('$0 compile base.xml site.xml -o - --format text', 'layer two XML files, print text')
    .example('$0 compile site.cfg -o site.cfg.enc --key-env GPP_SA', "for a rule '[--key $SA] ...'")
    .example('$0 compile site.cfg -o site.bin --format bin --target SPA504G', 'compact binary');

export function run(a: CompileArgv, io: Io): Promise<number> {
  const args = {
    inputs: showDashes(a.inputs),
    output: showDash(a.output),
    format: a.format,
    diagnostics: a.diagnostics,
    gzip: a.gzip ?? false,
    reproducible: a.reproducible ?? false,
    showSecrets: a['show-secrets'] ?? false,
    importRoots: a['import-root'] ?? [],
    ...(a.mac === undefined ? {} : { mac: a.mac }),
    ...(a.config === undefined ? {} : { config: a.config }),
    ...limitArgs(a),
    ...keyArgs(a),
    ...schemaArgs(a),
  };
  return runCompile(args, io);
}
