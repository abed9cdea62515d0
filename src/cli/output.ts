// CLI shell (output): what every command does at the edges: render diagnostics, write outputs, choose
// the exit code. Input: diagnostics, data and an Io. Output: rendered reports, written files, exit codes.
import { diagnostic, hasErrors, range, type Diagnostic } from '../diagnostics/diagnostic.js';
import { posix } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { checkedLine, githubSummary } from '../diagnostics/render-ci.js';
import { renderDiagnostics, toJson, type RenderFormat } from '../diagnostics/render.js';
import { lineIndex } from '../text/line-index.js';
import type { Refusal } from '../workspace/schema-choice.js';
import { useColor, type Io, type OutStream } from './io.js';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

/** Diagnostics about the run itself (no file, such as an unknown --target) read `spac: error CODE: ...`. */
export function report(
  diagnostics: readonly Diagnostic[],
  sources: ReadonlyMap<string, string>,
  io: Io,
  stream: OutStream,
  format: RenderFormat = 'pretty',
): void {
  for (const d of diagnostics)
    if (d.file === '') stream.write(`spac: ${d.severity} ${d.code}: ${d.message}\n`);
  const located = diagnostics.filter((d) => d.file !== '');
  const tool = { name: 'spac', version: pkg.version };
  const paths = { cwd: io.cwd, root: io.cwd };
  const text = renderDiagnostics(located, format, { sources, color: useColor(io, stream), tool, paths });
  if (text !== '') stream.write(text);
}

/** A run the workspace refused (a broken config or schema, an unknown target): reported, exit 2. */
export function refuse(refusal: Refusal, io: Io): number {
  report(refusal.diagnostics, refusal.sources, io, io.stderr);
  return EXIT_USAGE;
}

export const exitCodeFor = (diagnostics: readonly Diagnostic[], ioFailed: boolean): number =>
  ioFailed ? EXIT_USAGE : hasErrors(diagnostics) ? EXIT_ERRORS : EXIT_OK;

export function summary(diagnostics: readonly Diagnostic[], files: number, fixable = 0): string {
  const fixes = fixable === 0 ? '' : ` (${String(fixable)} fixable with --fix)`;
  return `${checkedLine(diagnostics, files)}${fixes}\n`;
}

/** Writes an output file atomically, or to stdout for `-`. A failure is a diagnostic, and nothing is left behind. */
export async function writeOutput(
  path: string,
  data: string | Uint8Array,
  io: Io,
): Promise<Diagnostic | undefined> {
  if (path === '-') {
    // Written all the same (a redirect to /dev/null may be meant), but not lost without a word.
    if (io.stdout.discards?.() === true)
      report([diagnostic('SPAC9005', '', range(0), {})], new Map(), io, io.stderr);
    io.stdout.write(data);
    return undefined;
  }
  const written = await io.writeFileAtomic(path, data);
  return written.ok
    ? undefined
    : diagnostic('SPAC9002', path, range(0), { file: path, reason: written.reason });
}

/** A report as `check` prints it: sarif, github and json on stdout (machine formats), pretty and
 * compact on stdout with the pretty summary on stderr; github also appends to $GITHUB_STEP_SUMMARY. */
export async function printReport(
  diagnostics: Diagnostic[],
  sources: Map<string, string>,
  how: {
    readonly format: RenderFormat;
    readonly files: number;
    readonly stream?: 'stdout' | 'stderr';
    /** The pretty format's 'N files checked' line (the build prints its own). */
    readonly summary?: boolean;
    /** Problems `spac check --fix` would fix, said in the summary. */
    readonly fixable?: number;
  },
  io: Io,
): Promise<void> {
  const tool = { name: 'spac', version: pkg.version };
  if (['sarif', 'github', 'gitlab', 'junit'].includes(how.format)) {
    const paths = ['sarif', 'gitlab'].includes(how.format)
      ? { cwd: io.cwd, root: await repositoryRoot(io) }
      : undefined;
    io.stdout.write(
      renderDiagnostics(diagnostics, how.format, { sources, tool, ...(paths ? { paths } : {}) }),
    );
    if (how.format === 'github') await githubReport(diagnostics, sources, how.files, io);
    return;
  }
  const stream = how.format === 'json' || how.stream !== 'stderr' ? io.stdout : io.stderr;
  report(diagnostics, sources, io, stream, how.format);
  if (how.format === 'pretty' && how.summary !== false)
    io.stderr.write(summary(diagnostics, how.files, how.fixable));
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

/** The top of the git checkout around the working directory (code scanning's root), else the working
 * directory itself. */
async function repositoryRoot(io: Io): Promise<string> {
  for (let dir = io.cwd; ; dir = posix.dirname(dir)) {
    const entries = (await io.listDir?.(dir)) ?? [];
    if (entries.some((e) => e.name === '.git')) return dir;
    if (posix.dirname(dir) === dir) return io.cwd;
  }
}
