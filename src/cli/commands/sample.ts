// CLI command `spac sample`: a full sample profile of one model, like SPC's `--sample-profile`.
// Input: a target model (and optional schemas), an output format and path. Output: the sample profile.
import { findModel } from '../../schema/lookup.js';
import { parseTarget } from '../../schema/firmware.js';
import { sampleProfile } from '../../codegen/sample.js';
import type { Io } from '../io.js';
import { schemaOptions, type SchemaArgs } from '../../workspace/schema-choice.js';
import { EXIT_OK, EXIT_USAGE, report, writeOutput, refuse } from '../output.js';
import { outputOption, schemaArgs, schemaOption, showDash, targetOption } from '../options.js';
import type { Argv, InferredOptionTypes } from 'yargs';

export interface SampleArgs extends SchemaArgs {
  readonly target: string;
  readonly format: 'text' | 'xml';
  readonly output: string;
}

export async function runSample(args: SampleArgs, io: Io): Promise<number> {
  const picked = await schemaOptions(args, io);
  if (!picked.ok) return refuse(picked, io);
  const target = findModel(picked.schemas, args.target);
  // schemaOptions has already rejected an unknown target.
  if (!target) throw new Error(`target '${args.target}' vanished`);
  const { firmware } = parseTarget(args.target);
  const text = sampleProfile(target.family, target.model, args.format, firmware);
  const failed = await writeOutput(args.output, text, io);
  if (!failed) return EXIT_OK;
  report([failed], new Map(), io, io.stderr);
  return EXIT_USAGE;
}

const options = {
  target: { ...targetOption, demandOption: 'name a model with --target, such as SPA504G' },
  schema: schemaOption,
  format: { alias: 'f', choices: ['text', 'xml'], default: 'text', describe: 'output format' },
  output: outputOption,
} as const;

export type SampleArgv = InferredOptionTypes<typeof options>;

export const builder = (y: Argv): Argv =>
  y
    .options(options)
    .example('$0 sample --target SPA504G -o spa504g.cfg', 'an SPC text sample to start from')
    .example('$0 sample --target SPA962@5.1.7', 'the parameters of that firmware');

export function run(a: SampleArgv, io: Io): Promise<number> {
  const args = { target: a.target, format: a.format, output: showDash(a.output), ...schemaArgs(a) };
  return runSample(args, io);
}
