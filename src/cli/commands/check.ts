// CLI command `spac check`: lint profiles and everything they import against a schema; report only.
// Input: file paths (or `-`), a report format, limits, key flags, a target, schemas and the config files
// found from the inputs. Output: diagnostics on stdout (and GitHub's step summary); exit 0, 1 or 2.
import pkg from '../../../package.json' with { type: 'json' };
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { githubSummary } from '../../diagnostics/render-ci.js';
import { renderDiagnostics, toJson, type RenderFormat } from '../../diagnostics/render.js';
import { lineIndex } from '../../text/line-index.js';
import type { KeyArgs } from '../argv.js';
import { checkFiles } from '../../workspace/analyze.js';
import type { Io } from '../io.js';
import { resolveKey } from '../keys.js';
import type { SchemaArgs } from '../../workspace/schema-choice.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, report, summary, refuse } from '../shared.js';

export interface CheckArgs extends SchemaArgs, KeyArgs {
  readonly files: readonly string[];
  readonly format: RenderFormat;
  readonly encrypted?: boolean;
  readonly maxWarnings?: number;
  readonly failOn?: 'error' | 'warning';
  readonly config?: string;
}

export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const limit = args.maxWarnings;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    io.stderr.write(
      "spac: --max-warnings takes a whole number, 0 or more\nrun 'spac check --help' for usage\n",
    );
    return EXIT_USAGE;
  }
  const key = await resolveKey(args, io, 'check');
  if (!key.ok) return key.exit;
  const flags = {
    ...schemaArgsOf(args),
    ...(args.config ? { config: args.config } : {}),
    encrypted: args.encrypted === true,
    keys: key.keys,
  };
  const checked = await checkFiles(io, args.files, flags);
  if (!checked.ok) return refuse(checked, io);
  const { diagnostics } = checked;
  await print(diagnostics, checked.sources, args, io);
  if (checked.ioFailed) return EXIT_USAGE;
  return failed(diagnostics, args) ? EXIT_ERRORS : EXIT_OK;
}

const schemaArgsOf = (args: CheckArgs): SchemaArgs => ({
  ...(args.target === undefined ? {} : { target: args.target }),
  ...(args.schema === undefined ? {} : { schema: args.schema }),
});

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
