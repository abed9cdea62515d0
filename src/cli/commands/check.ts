// CLI command `spac check`: lint profiles and everything they import against a schema; report only.
// Input: file paths (or `-`), a report format, limits, key flags, a target, schemas and the config files
// found from the inputs. Output: diagnostics on stdout (and GitHub's step summary); exit 0, 1 or 2.
import pkg from '../../../package.json' with { type: 'json' };
import { check } from '../../api.js';
import type { FileSettings } from '../../config/settings.js';
import { sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { githubSummary } from '../../diagnostics/render-ci.js';
import { renderDiagnostics, toJson, type RenderFormat } from '../../diagnostics/render.js';
import { lineIndex } from '../../diagnostics/source-text.js';
import { applySeverities } from '../../diagnostics/suppress.js';
import type { Input } from '../../model/load.js';
import type { KeyArgs } from '../argv.js';
import { fileSettings } from '../file-settings.js';
import type { Io } from '../io.js';
import { resolveKey } from '../keys.js';
import { schemaOptions, type SchemaArgs } from '../schema-args.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, hostFor, readInputs, report, summary } from '../shared.js';

export interface CheckArgs extends SchemaArgs, KeyArgs {
  readonly files: readonly string[];
  readonly format: RenderFormat;
  readonly encrypted?: boolean;
  readonly maxWarnings?: number;
  readonly failOn?: 'error' | 'warning';
  readonly config?: string;
}

interface Checked {
  readonly diagnostics: Diagnostic[];
  readonly sources: Map<string, string>;
}

export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const key = await resolveKey(args, io, 'check');
  if (!key.ok) return key.exit;
  const read = await readInputs(args.files, io, key.keys);
  const found = await fileSettings(
    io,
    read.inputs.map((i) => i.file),
    args.config,
  );
  if (!found.ok) {
    report(found.diagnostics, found.sources, io, io.stderr);
    return EXIT_USAGE;
  }
  const checked: Checked = { diagnostics: [...read.failures], sources: new Map() };
  for (const group of groups(read.inputs, found.settings, args)) {
    const picked = await schemaOptions(group.schemaArgs, io);
    if (!picked.ok) return picked.exit;
    const host = hostFor(io, key.keys);
    const result = await check(group.inputs, {
      ...picked.options,
      host,
      encrypted: args.encrypted === true || read.encrypted,
    });
    checked.diagnostics.push(...result.diagnostics);
    for (const [file, text] of result.sources) checked.sources.set(file, text);
  }
  const rulesOf = (file: string) => found.settings.get(file)?.rules ?? {};
  const diagnostics = sortDiagnostics(applySeverities(checked.diagnostics, rulesOf));
  await print(diagnostics, checked.sources, args, io);
  if (read.ioFailed) return EXIT_USAGE;
  return failed(diagnostics, args) ? EXIT_ERRORS : EXIT_OK;
}

/** Inputs that share a target and schemas are checked together (imports are read once). */
function groups(inputs: readonly Input[], settings: ReadonlyMap<string, FileSettings>, args: CheckArgs) {
  const byKey = new Map<string, { schemaArgs: SchemaArgs; inputs: Input[] }>();
  for (const input of inputs) {
    const s = settings.get(input.file);
    const target = args.target ?? s?.target;
    const schema = args.schema ?? s?.schema;
    const schemaArgs: SchemaArgs = {
      ...(target === undefined ? {} : { target }),
      ...(schema === undefined ? {} : { schema }),
    };
    const id = JSON.stringify([target, schema]);
    const group = byKey.get(id) ?? { schemaArgs, inputs: [] };
    group.inputs.push(input);
    byKey.set(id, group);
  }
  return [...byKey.values()];
}

function failed(diagnostics: readonly Diagnostic[], args: CheckArgs): boolean {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (errors > 0) return true;
  if (args.failOn === 'warning' && warnings > 0) return true;
  return args.maxWarnings !== undefined && warnings > args.maxWarnings;
}

async function print(
  diagnostics: Diagnostic[],
  sources: Map<string, string>,
  args: CheckArgs,
  io: Io,
): Promise<void> {
  const tool = { name: 'spac', version: pkg.version };
  if (args.format === 'sarif' || args.format === 'github') {
    io.stdout.write(renderDiagnostics(diagnostics, args.format, { sources, tool }));
    if (args.format === 'github') await githubReport(diagnostics, sources, args.files.length, io);
    return;
  }
  report(diagnostics, sources, io, io.stdout, args.format);
  if (args.format === 'json' && diagnostics.length === 0) io.stdout.write('[]\n');
  if (args.format === 'pretty') io.stderr.write(summary(diagnostics, args.files.length));
}

async function githubReport(diagnostics: Diagnostic[], sources: Map<string, string>, files: number, io: Io) {
  const indexes = new Map<string, ReturnType<typeof lineIndex>>();
  const locate = (file: string, offset: number) => {
    const index = indexes.get(file) ?? lineIndex(sources.get(file) ?? '');
    indexes.set(file, index);
    return index.position(offset);
  };
  const text = githubSummary(
    diagnostics.map((d) => toJson(d, locate)),
    files,
  );
  io.stdout.write(`\n${text}`);
  const target = io.env['GITHUB_STEP_SUMMARY'];
  if (target !== undefined && target !== '') {
    const written = await io.appendFile(target, `${text}\n`);
    if (!written.ok) io.stderr.write(`spac: cannot write the step summary '${target}': ${written.reason}\n`);
  }
}
