// CLI command `spac decompile`: a binary profile back to XML or SPC text.
// Input: a path or `-`, key flags, a MAC, schemas, an output path and format. Output: the profile, written
// only when the file opens and matches its schema; exit 1 otherwise, 2 for usage and I/O.
import { decompile } from '../../workspace/pipeline.js';
import { parseMac } from '../../rules/device.js';
import type { KeyArgs } from '../argv.js';
import type { Io } from '../io.js';
import { resolveKey } from '../keys.js';
import { schemaOptions, type SchemaArgs } from '../../workspace/schema-choice.js';
import { EXIT_USAGE, exitCodeFor, report, writeOutput, refuse } from '../shared.js';
import { readOne } from '../../workspace/inputs.js';

export interface DecompileArgs extends SchemaArgs, KeyArgs {
  readonly file: string;
  readonly output: string;
  readonly format: 'xml' | 'text';
  readonly mac?: string;
}

export async function runDecompile(args: DecompileArgs, io: Io): Promise<number> {
  const mac = args.mac === undefined ? undefined : parseMac(args.mac);
  if (args.mac !== undefined && mac === undefined) {
    io.stderr.write(
      `spac: invalid --mac '${args.mac}': give 12 hex digits, such as 00:0e:08:aa:bb:cc\nrun 'spac decompile --help' for usage\n`,
    );
    return EXIT_USAGE;
  }
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
