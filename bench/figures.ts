// Benchmarks (issue 14's table): one row per figure with its baseline, ratio and target. Cold runs are
// whole `spac` processes against `node -e 0`; first parse and the stages of a cold check run in a fresh
// process of their own, and so does each front end's warm throughput; the other warm figures in this
// process; the language server over stdio, as an editor
// drives it; scale as whole processes on generated profiles of 20,000 and 200,000 parameters.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { memoryHost } from '../dist/lib/model/host.js';
import { nodeHost } from '../dist/lib/node/node-host.js';
import { analyze } from '../dist/lib/workspace/analyze.js';
import { TextLines } from '../dist/lib/parser/line-reuse.js';
import { check } from '../dist/lib/workspace/pipeline.js';
import { median } from './fleet.js';

export interface Row {
  readonly figure: string;
  readonly value: string;
  readonly baseline?: string;
  readonly ratio?: number;
  /** What the issue asks, and whether it is met. */
  readonly target?: string;
  readonly met?: boolean;
}

const repo = join(import.meta.dirname, '..');
const cli = join(repo, 'dist', 'cli.js');
const lib = join(repo, 'dist', 'lib');

export const ms = (x: number): string => `${x.toFixed(1)} ms`;

/** Wall time of whole processes, median of `runs`; exit 1 is a check that found errors. */
export function timeSpawn(args: readonly string[], runs: number, cwd = repo): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, args, { cwd, stdio: 'ignore' });
    times.push(performance.now() - start);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${String(r.status)}`);
  }
  return median(times);
}

/** Runs `body` (an ES module, given `text` and `lib`) in a fresh process with V8's compile cache on, as
 * the command line runs, and returns what it printed as JSON. */
function fresh(dir: string, body: string, text: string): unknown {
  const script = join(dir, 'fresh.mjs');
  writeFileSync(
    script,
    `import module from 'node:module';\nimport { readFileSync } from 'node:fs';\nmodule.enableCompileCache?.();\nconst lib = ${JSON.stringify(pathToFileURL(lib).href)};\nconst text = readFileSync(${JSON.stringify(text)}, 'utf8');\n${body}\n`,
  );
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`fresh process failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as unknown;
}

/** The first parseXml of `file` in a fresh process (code loaded before the clock starts), median of 15. */
export function firstParse(dir: string, file: string): number {
  const body = `const { parseXml } = await import(lib + '/parser/xml-front.js');\nconst t = performance.now();\nparseXml(text, 'f.xml');\nconsole.log(JSON.stringify(performance.now() - t));`;
  return median(Array.from({ length: 15 }, () => fresh(dir, body, file) as number));
}

/** Warm throughput of one front end (`parseText` or `parseXml`) on `file`, in MB/s: the median of three
 * processes of its own, each warmed up, then run for 1.5 s. Not in the bench's process: after one front
 * end has run there, V8 pretenures the allocation sites the front ends share (entries, ranges), which is
 * right for a check that keeps what it parsed and wrong for a loop that throws each parse away (the XML
 * figure halves). A process of its own can take that turn too (the figure of one run is then about 0.6 of
 * the others'): hence three. */
export function warmThroughput(dir: string, file: string, front: 'parseText' | 'parseXml'): number {
  const module = front === 'parseText' ? 'text-front' : 'xml-front';
  const body = [
    `const { ${front}: parse } = await import(lib + '/parser/${module}.js');`,
    "for (let i = 0; i < 5; i++) parse(text, 'bench');",
    'let rounds = 0;',
    'const start = performance.now();',
    "while (performance.now() - start < 1500) { parse(text, 'bench'); rounds++; }",
    'console.log(JSON.stringify((text.length * rounds) / 1e6 / ((performance.now() - start) / 1000)));',
  ].join('\n');
  return median([0, 1, 2].map(() => fresh(dir, body, file) as number));
}

/** A cold check's stages in a fresh process, each timed the first time it runs. */
export function coldStages(dir: string, file: string): [string, number][] {
  const body = [
    'const stages = []; let t = performance.now();',
    'const lap = (name) => { const now = performance.now(); stages.push([name, now - t]); t = now; };',
    "const { parseXml } = await import(lib + '/parser/xml-front.js');",
    "const { builtinSchemas } = await import(lib + '/schema/builtin.js');",
    "const { schemaIndex } = await import(lib + '/schema/lookup.js');",
    "const { checkEntries } = await import(lib + '/schema/check.js');",
    "const { entriesOf } = await import(lib + '/model/profile.js');",
    "const { check } = await import(lib + '/workspace/pipeline.js');",
    "lap('loading the library code');",
    'const index = schemaIndex(await builtinSchemas());',
    "lap('loading the schema data');",
    "const parsed = parseXml(text, 'f.xml');",
    "lap('the first parse');",
    'checkEntries(entriesOf(parsed.profile.items), index);',
    "lap('the first schema check');",
    "await check([{ file: 'g.xml', text }], {});",
    "lap('the rest of a check (rules, layering), parse and schema now warm');",
    'console.log(JSON.stringify(stages));',
  ].join('\n');
  const runs = Array.from({ length: 7 }, () => fresh(dir, body, file) as [string, number][]);
  return (runs[0] ?? []).map(([name], i) => [name, median(runs.map((r) => r[i]?.[1] ?? 0))]);
}

/** Megabytes per second of the whole library check (parse, schema, rules), warm. */
export async function wholeCheckRate(text: string): Promise<number> {
  const host = memoryHost({});
  const run = () => check([{ file: 'bench.cfg', text }], { host });
  for (let i = 0; i < 5; i++) await run();
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < 1500) {
    await run();
    rounds++;
  }
  return (text.length * rounds) / 1e6 / ((performance.now() - start) / 1000);
}

/** The language server on a 1,800-parameter document: diagnostics after a one-character edit (the
 * server's own check of the edited text, as it runs it, median), completion and hover (round trips). */
export async function editorFigures(dir: string, text: string): Promise<Row[]> {
  const edits = Array.from({ length: 100 }, (_, i) => editAt(text, i));
  // What the server runs on each change (src/lsp/server.ts): the same host and config lookup, and the
  // document's lines kept from one version to the next.
  const host = nodeHost(dir);
  const file = join(dir, 'doc.cfg');
  const lines = new TextLines(file);
  const diagnose = (t: string) => analyze(host, [{ file, text: t, parse: (x) => lines.parse(x) }], {});
  // A language server runs for hours: its steady state, after the first edits have warmed it.
  for (const t of edits.slice(0, 40)) await diagnose(t);
  const diagnostics = await timed(edits.slice(40), diagnose);
  const { completion, hover } = await serverRoundTrips(dir, text);
  const row = (figure: string, x: number): Row => ({
    figure,
    value: ms(x),
    target: '<= 5 ms',
    met: x <= 5,
  });
  return [
    row('editor: diagnostics after a one-character edit', diagnostics),
    row('editor: completion', completion),
    row('editor: hover', hover),
  ];
}

/** The document with one character of one value changed (line `i` of the middle hundred). */
function editAt(text: string, i: number): string {
  const lines = text.split('\n');
  const at = Math.floor(lines.length / 2) + i;
  lines[at] = (lines[at] ?? '').replace(/"([^"]*)"/, (_, v: string) => `"${v}${String(i % 10)}"`);
  return lines.join('\n');
}

async function timed<T>(items: readonly T[], work: (item: T) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (const item of items) {
    const start = performance.now();
    await work(item);
    times.push(performance.now() - start);
  }
  return median(times);
}

async function serverRoundTrips(dir: string, text: string): Promise<{ completion: number; hover: number }> {
  const server = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const rpc = createMessageConnection(
    new StreamMessageReader(server.stdout),
    new StreamMessageWriter(server.stdin),
  );
  rpc.onNotification('textDocument/publishDiagnostics', () => undefined);
  rpc.listen();
  await rpc.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: {},
  });
  await rpc.sendNotification('initialized', {});
  const uri = pathToFileURL(join(dir, 'doc.cfg')).href;
  await rpc.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'spa', version: 1, text },
  });
  const line = Math.floor(text.split('\n').length / 2);
  const at = (character: number, i: number) => ({
    textDocument: { uri },
    position: { line: line + i, character },
  });
  const round = (method: string, character: number) =>
    timed(
      Array.from({ length: 40 }, (_, i) => i),
      (i) => rpc.sendRequest(method, at(character, i)),
    );
  await round('textDocument/completion', 3);
  const completion = await round('textDocument/completion', 3);
  const hover = await round('textDocument/hover', 2);
  await rpc.sendRequest('shutdown');
  await rpc.sendNotification('exit');
  rpc.dispose();
  return { completion, hover };
}

/** `spac check -q` of `file` (and `extra` arguments): wall time and peak resident memory (the child's own
 * resource usage). */
export function measuredCheck(
  dir: string,
  file: string,
  extra: readonly string[] = [],
): { ms: number; mb: number } {
  const wrapper = join(dir, 'measure.mjs');
  const usage = join(dir, 'usage.json');
  writeFileSync(
    wrapper,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(usage)}, JSON.stringify(process.resourceUsage())));\nprocess.argv.splice(1, 1);\nawait import(${JSON.stringify(pathToFileURL(cli).href)});\n`,
  );
  const start = performance.now();
  const r = spawnSync(process.execPath, [wrapper, 'x', 'check', '-q', ...extra, file], { stdio: 'ignore' });
  const took = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`spac check ${file} exited ${String(r.status)}`);
  return { ms: took, mb: (JSON.parse(readFileSync(usage, 'utf8')) as { maxRSS: number }).maxRSS / 1024 };
}
