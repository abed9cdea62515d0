// CLI command `spac decompile`: a binary profile back to XML or SPC text.
// Input: a path or `-`, key flags, a MAC, schemas, an output path and format. Output: the profile, written
// only when the file opens and matches its schema; exit 1 otherwise, 2 for usage and I/O.
import { decompile } from '../../workspace/pipeline.js';
import { parseMac } from '../../rules/device.js';
import type { Io } from '../io.js';
import { resolveKey } from '../keys.js';
import { schemaOptions, type SchemaArgs } from '../../workspace/schema-choice.js';
import { EXIT_USAGE, exitCodeFor, report, writeOutput, refuse } from '../output.js';
import { readOne } from '../../workspace/inputs.js';
import {
  invalidMac,
  keyArgs,
  keyOptions,
  outputOption,
  schemaArgs,
  schemaOption,
  showDash,
  usageError,
  type KeyArgs,
} from '../options.js';
import type { Argv, InferredOptionTypes } from 'yargs';

export interface DecompileArgs extends SchemaArgs, KeyArgs {
  readonly file: string;
  readonly output: string;
  readonly format: 'xml' | 'text';
  readonly mac?: string;
}

export async function runDecompile(args: DecompileArgs, io: Io): Promise<number> {
  const mac = args.mac === undefined ? undefined : parseMac(args.mac);
  if (args.mac !== undefined && mac === undefined) return usageError(io, invalidMac(args.mac), 'decompile');
  const key = await resolveKey(args, io, 'decompile');
  if (!key.ok) return key.exit;
  const picked = await schemaOptions(args, io);
  if (!picked.ok) return refuse(picked, io);
  const read = await readOne(io, args.file);
  if (!read.ok) {
    report([read.failure], new Map(), io, io.stderr);
    return EXIT_USAGE;
  }
  const { file } = read;
  const result = await decompile(read.bytes, file, {
    ...picked.options,
    format: args.format,
    ...(key.keys.key === undefined ? {} : { key: key.keys.key }),
    ...(mac === undefined ? {} : { mac }),
  });
  const written = result.bytes === undefined ? undefined : await writeOutput(args.output, result.bytes, io);
  const diagnostics = written ? [...result.diagnostics, written] : result.diagnostics;
  report(diagnostics, result.sources, io, io.stderr);
  return exitCodeFor(diagnostics, written !== undefined);
}

const options = {
  output: outputOption,
  format: { alias: 'f', choices: ['xml', 'text'], default: 'xml', describe: 'output format' },
  key: keyOptions.key,
  'key-env': keyOptions['key-env'],
  'key-file': keyOptions['key-file'],
  mac: { type: 'string', requiresArg: true, describe: 'the MAC a bound binary was built for' },
  schema: { ...schemaOption, describe: 'schema JSON file the binary was built against; repeatable' },
} as const;

export type DecompileArgv = InferredOptionTypes<typeof options> & { file: string | undefined };

export const builder = (y: Argv): Argv =>
  y
    .positional('file', { type: 'string', describe: 'the binary profile, or - for stdin' })
    .options(options)
    .example('$0 decompile site.bin -o site.xml', 'back to XML')
    .example(
      '$0 decompile site.bin --format text --key-env GPP_SA --mac 000e08aabbcc',
      'encrypted and bound',
    );

export function run(a: DecompileArgv, io: Io): Promise<number> {
  const args = {
    file: showDash(a.file ?? '-'),
    output: showDash(a.output),
    format: a.format,
    ...(a.mac === undefined ? {} : { mac: a.mac }),
    ...keyArgs(a),
    ...schemaArgs(a),
  };
  return runDecompile(args, io);
}
