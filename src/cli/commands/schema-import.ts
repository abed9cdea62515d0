// CLI command `spac schema import`: a schema from a sample profile or a phone's spacfg.xml export.
// Input: one profile file, a family name and models. Output: a schema JSON file (usable with --schema),
// and warnings where the sample was ambiguous.
import { posix } from 'node:path';
import { hasErrors, sortDiagnostics } from '../../diagnostics/diagnostic.js';
import { parseProfile } from '../../parser/parse.js';
import { importSchema } from '../../schema/import.js';
import { valueCheckers } from '../../rules/value-checks.js';
import { metaCheck } from '../../schema/meta-check.js';
import type { ModelSpec } from '../../schema/schema-types.js';
import type { Io } from '../io.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, report, writeOutput } from '../output.js';
import { readInputs } from '../../workspace/inputs.js';

export interface ImportArgs {
  readonly file: string;
  readonly output: string;
  readonly family?: string | undefined;
  readonly title?: string | undefined;
  readonly models: readonly string[];
}

/** `SPA504G:4` -> a model with 4 lines. */
export function parseModelArg(arg: string): ModelSpec | undefined {
  const m = /^([A-Za-z0-9][A-Za-z0-9_.-]*):([1-9][0-9]*)$/.exec(arg);
  return m ? { name: m[1] ?? '', lines: Number(m[2]) } : undefined;
}

export async function runSchemaImport(args: ImportArgs, io: Io): Promise<number> {
  const models = args.models.map((m) => ({ arg: m, model: parseModelArg(m) }));
  const bad = models.find((m) => m.model === undefined);
  if (bad) {
    io.stderr.write(`spac: '--model ${bad.arg}' must be NAME:LINES, such as SPA504G:4\n`);
    return EXIT_USAGE;
  }
  const { inputs, failures } = await readInputs([args.file], io);
  const input = inputs[0];
  if (!input) {
    report(failures, new Map(), io, io.stderr);
    return EXIT_USAGE;
  }
  const parsed = parseProfile(input.text, input.file);
  const sources = new Map([[input.file, input.text]]);
  const family = args.family ?? (posix.basename(input.file).replace(/\.[^.]*$/, '') || 'imported');
  const given = models.flatMap((m) => (m.model ? [m.model] : []));
  const imported = importSchema(parsed.profile, {
    family,
    ...(args.title === undefined ? {} : { title: args.title }),
    source: posix.basename(input.file),
    ...(given.length > 0 ? { models: given } : {}),
  });
  const diagnostics = sortDiagnostics([...parsed.diagnostics, ...imported.diagnostics]);
  report(diagnostics, sources, io, io.stderr);
  if (hasErrors(diagnostics)) return EXIT_ERRORS;
  const problems = metaCheck(imported.schema, valueCheckers);
  if (problems.length > 0)
    throw new Error(`imported schema fails the meta-check: ${problems.map((p) => p.path).join(', ')}`);
  const failed = await writeOutput(args.output, `${JSON.stringify(imported.schema, null, 2)}\n`, io);
  if (!failed) return EXIT_OK;
  report([failed], new Map(), io, io.stderr);
  return EXIT_USAGE;
}
