// Benchmarks (npm run bench): figures are ratios against baselines measured in the same run, so they
// compare across machines. Cold start: `spac check` on a ~1,800-parameter profile vs `node -e 0`.
// Throughput: in-process parsing of the same profile in MB/s, as text and as XML; schema checking of the
// largest built-in sample in parameters per second, as a ratio to parsing that sample. Sizes: the largest
// corpus sample as XML, gzip(XML), binary and gzip(binary), with the binary as a share of the XML.
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { familyFor, toBinary } from '../src/binary/binary.js';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitText } from '../src/codegen/emit-text.js';
import { emitXml } from '../src/codegen/emit-xml.js';
import { entriesOf, type Entry } from '../src/model/profile.js';
import { builtinSchemas } from '../src/schema/builtin.js';
import { checkEntries } from '../src/schema/check.js';
import { schemaIndex } from '../src/schema/lookup.js';
import { concreteParameters } from '../src/schema/model-view.js';
import { sampleProfile } from '../src/codegen/sample.js';
import { parseText } from '../src/parser/text-front.js';
import { parseXml } from '../src/parser/xml-front.js';
import { median } from './fleet.js';

const repo = join(import.meta.dirname, '..');
const corpusSample = join(repo, '..', 'shared', 'corpus', 'provisioner', 'spa5xx-sample.xml');

/** A deterministic profile shaped like the SPA5xx sample: ~1,800 parameters, lines 1-12, enums, rules. */
function syntheticProfile(count = 1800): Entry[] {
  const kinds = [
    'Yes',
    'No',
    '3600',
    'GMT-05:00',
    '(*xx|[3469]11|0|00|[2-9]xxxxxx|1xxx[2-9]xxxxxxS0|xxxxxxxxxxxx.)',
    'sip.example.com',
    '',
  ];
  return Array.from({ length: count }, (_, i) => ({
    kind: 'entry',
    name: `Parameter_${String(Math.floor(i / 12))}[${String((i % 12) + 1)}]`,
    nameFormat: 'text',
    path: [],
    access: (['na', 'ro', 'rw'] as const)[i % 3],
    value: kinds[i % kinds.length],
    file: 'bench',
    range: { start: 0, end: 0 },
    nameRange: { start: 0, end: 0 },
    ...(i % 7 === 0 ? { comment: 'options: Yes/No' } : {}),
  }));
}

function timeSpawn(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: repo, stdio: 'ignore' });
    times.push(performance.now() - start);
    // Exit 1 is a finished check that found errors (the corpus sample is a template); 2 and 70 are not.
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${String(r.status)}`);
  }
  return median(times);
}

/** Rounds per second of `work`, run for 1.5 s after a warm-up. */
function rate(work: () => unknown): { perSecond: number; rounds: number } {
  for (let i = 0; i < 5; i++) work();
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < 1500) {
    work();
    rounds++;
  }
  return { perSecond: rounds / ((performance.now() - start) / 1000), rounds };
}

function throughput(label: string, text: string, parse: (s: string, f: string) => unknown): void {
  const { perSecond, rounds } = rate(() => parse(text, 'bench'));
  const seconds = rounds / perSecond;
  const mb = (text.length * rounds) / 1e6;
  console.log(
    `${label.padEnd(44)} ${(mb / seconds).toFixed(1).padStart(7)} MB/s  (${(text.length / 1024).toFixed(0)} KiB, ${String(rounds)} rounds)`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'spac-bench-'));
const entries = syntheticProfile();
const text = emitText(entries).text;
const xml = emitXml(entries).text;
writeFileSync(join(dir, 'profile.cfg'), text);
writeFileSync(join(dir, 'profile.xml'), xml);

const runs = 15;
const cli = join(repo, 'dist', 'cli.js');
writeFileSync(join(dir, 'one.cfg'), 'Resync_Periodic "3600" ;\n');
const baseline = timeSpawn(['-e', '0'], runs);
console.log(`cold start (median of ${String(runs)}), baseline node -e 0: ${baseline.toFixed(1)} ms`);
/** One cold run's time against the baseline, and the target ratio for it. */
const cold = (label: string, args: string[], target?: number): void => {
  const t = timeSpawn([cli, ...args], runs);
  const ratio = t / baseline;
  const goal =
    target === undefined ? '' : `  target ${target.toFixed(1)}x: ${ratio <= target ? 'met' : 'not met'}`;
  console.log(
    `${label.padEnd(44)} ${t.toFixed(1).padStart(7)} ms  ratio ${ratio.toFixed(2)}x node -e 0${goal}`,
  );
};
cold('spac --version', ['--version'], 1.3);
cold('spac check (a one-line profile)', ['check', join(dir, 'one.cfg')], 1.3);
cold('spac check (1,800 parameters, text)', ['check', join(dir, 'profile.cfg')]);
cold('spac check (1,800 parameters, XML)', ['check', join(dir, 'profile.xml')]);
if (existsSync(corpusSample)) cold('spac check (corpus spa5xx-sample.xml)', ['check', corpusSample], 2);

console.log('\nin-process parse throughput');
throughput('text front end (1,800 parameters)', text, parseText);
throughput('XML front end (1,800 parameters)', xml, parseXml);
if (existsSync(corpusSample))
  throughput('XML front end (corpus spa5xx-sample.xml)', readFileSync(corpusSample, 'utf8'), parseXml);

/** Schema checking of the largest built-in sample, against every family and against its own model. */
async function checkThroughput(): Promise<void> {
  const schemas = await builtinSchemas();
  const [largest] = schemas
    .flatMap((family) => family.models.map((model) => ({ family, model })))
    .map((m) => ({ ...m, size: concreteParameters(m.family, m.model).length }))
    .sort((a, b) => b.size - a.size);
  if (!largest) throw new Error('no built-in schema');
  const sample = sampleProfile(largest.family, largest.model, 'xml');
  const entries = entriesOf(parseXml(sample, 'sample.xml').profile.items);
  const parse = rate(() => parseXml(sample, 'sample.xml')).perSecond;
  console.log(`\nschema check of the ${largest.model.name} sample (${String(entries.length)} parameters)`);
  console.log(
    `${'baseline: XML parse of the sample'.padEnd(44)} ${(parse * entries.length).toFixed(0).padStart(9)} parameters/s`,
  );
  for (const [label, target] of [
    ['check against every family', undefined],
    [`check against ${largest.model.name}`, largest.model.name],
  ] as const) {
    const index = schemaIndex(schemas, target);
    const checks = rate(() => checkEntries(entries, index)).perSecond;
    console.log(
      `${label.padEnd(44)} ${(checks * entries.length).toFixed(0).padStart(9)} parameters/s  ratio ${(checks / parse).toFixed(2)}x parse`,
    );
  }
}
await checkThroughput();

/** Binary size against XML on the largest corpus sample: the target is at most 35% and below gzip(XML). */
async function sizes(): Promise<void> {
  if (!existsSync(corpusSample)) {
    console.log('\nsizes: skipped, ../shared/corpus is absent');
    return;
  }
  const entries = entriesOf(parseXml(readFileSync(corpusSample, 'utf8'), 'sample.xml').profile.items);
  const xmlBytes = Buffer.from(emitXml(entries).text);
  const binary = toBinary(entries, familyFor(entries, schemaIndex(await builtinSchemas())));
  const gz = (b: Uint8Array) => gzipSync(b, { level: 9 }).length;
  console.log(
    `\nsizes of the corpus spa5xx-sample.xml (${String(entries.length)} parameters), as compiled XML`,
  );
  for (const [label, size] of [
    ['XML', xmlBytes.length],
    ['gzip(XML)', gz(xmlBytes)],
    ['binary', binary.length],
    ['gzip(binary)', gz(binary)],
  ] as const)
    console.log(
      `${label.padEnd(44)} ${String(size).padStart(9)} bytes  ${((100 * size) / xmlBytes.length).toFixed(1).padStart(5)}% of XML`,
    );
  console.log(`${'binary / gzip(XML)'.padEnd(44)} ${(binary.length / gz(xmlBytes)).toFixed(2).padStart(9)}x`);
}
await sizes();

const { fleetBench } = await import('./fleet.js');
await fleetBench(Number(process.env['BENCH_FLEET_DEVICES'] ?? 10_000));

const { serveBench } = await import('./serve.js');
await serveBench(Number(process.env['BENCH_SERVE_PHONES'] ?? 1000));
