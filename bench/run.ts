// Benchmarks (npm run bench): figures are ratios against baselines measured in the same run, so they
// compare across machines. In-process figures run the built library (dist/lib, what users run; `npm
// run bench` builds it first), not the sources through tsx, whose loader makes hot code slower. Cold start: `spac check` on a ~1,800-parameter profile vs `node -e 0`.
// Throughput: parsing the same profile in MB/s, as text and as XML, each in a process of its own; schema checking of the
// largest built-in sample in parameters per second, as a ratio to parsing that sample. Sizes: the largest
// corpus sample as XML, gzip(XML), binary and gzip(binary), with the binary as a share of the XML.
import { gzipSync } from 'node:zlib';
import { familyFor, toBinary } from '../dist/lib/binary/binary.js';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitText } from '../dist/lib/codegen/emit-text.js';
import { emitXml } from '../dist/lib/codegen/emit-xml.js';
import { entriesOf, type Entry } from '../dist/lib/model/profile.js';
import { builtinSchemas } from '../dist/lib/schema/builtin.js';
import { checkEntries } from '../dist/lib/schema/check.js';
import { schemaIndex } from '../dist/lib/schema/lookup.js';
import { concreteParameters } from '../dist/lib/schema/model-view.js';
import { sampleProfile } from '../dist/lib/codegen/sample.js';
import { parseText } from '../dist/lib/parser/text-front.js';
import { parseXml } from '../dist/lib/parser/xml-front.js';
import {
  coldStages,
  editorFigures,
  firstParse,
  measuredCheck,
  ms,
  timeSpawn,
  warmThroughput,
  wholeCheckRate,
  type Row,
} from './figures.js';
import { median } from './fleet.js';
import { buildFloor } from './floor/build.js';
const builtin = await builtinSchemas();

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

/** About 1,800 parameters every schema knows: the SPA509G sample (12 lines), cut to size. */
function knownProfile(): string {
  const family = builtin.find((f) => f.models.some((m) => m.name === 'SPA509G'));
  const model = family?.models.find((m) => m.name === 'SPA509G');
  if (!family || !model) throw new Error('no SPA509G in the built-in schemas');
  const entries = entriesOf(parseText(sampleProfile(family, model, 'text'), 'known.cfg').profile.items);
  return emitText(entries.slice(0, 1800)).text;
}

/** The same profile with every name misspelled by one letter, as a typo would. */
const misspelled = (profile: string): string => profile.replace(/^([A-Za-z]{3})([A-Za-z_])/gm, '$1x$2');

function printTable(table: readonly Row[]): void {
  const cells = table.map((r) => [
    r.figure,
    r.value,
    r.baseline ?? '',
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}x`,
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'met' : 'not met',
  ]);
  const head = ['figure', 'value', 'baseline', 'ratio', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(`speed (issue 14), Node ${process.versions.node}, ${String(os.cpus().length)} CPUs`);
  console.log(line(head));
  for (const c of cells) console.log(line(c));
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
const known = knownProfile();
writeFileSync(join(dir, 'known.cfg'), known);
writeFileSync(join(dir, 'unknown.cfg'), misspelled(known));
const rows: Row[] = [];
const baseline = timeSpawn(['-e', '0'], runs);
/** One cold run's time against the baseline, and the target ratio for it. */
const cold = (figure: string, args: string[], target?: number): number => {
  const t = timeSpawn([cli, ...args], runs);
  const ratio = t / baseline;
  rows.push({
    figure,
    value: ms(t),
    baseline: `node -e 0 ${ms(baseline)}`,
    ratio,
    ...(target === undefined ? {} : { target: `<= ${target}x`, met: ratio <= target }),
  });
  return t;
};
cold('cold: spac --version', ['--version'], 1.3);
cold('cold: spac check of a one-line profile', ['check', join(dir, 'one.cfg')], 1.3);
cold('cold: spac check of 1,800 parameters (text)', ['check', join(dir, 'profile.cfg')]);
cold('cold: spac check of 1,800 parameters (XML)', ['check', join(dir, 'profile.xml')]);
if (existsSync(corpusSample)) cold('cold: spac check of spa5xx-sample.xml', ['check', corpusSample], 2);
// What the constraints cost by themselves (yargs, chevrotain, Node's start), bundled and loaded as
// spac's command line is: no cold target can be met below these.
const floor = await buildFloor(dir);
const floorRow = (figure: string, args: string[]): void => {
  const t = timeSpawn([floor, ...args], runs);
  rows.push({ figure, value: ms(t), baseline: `node -e 0 ${ms(baseline)}`, ratio: t / baseline });
};
floorRow('floor: yargs alone (`check <file>` parsed)', ['yargs', 'check', join(dir, 'one.cfg')]);
floorRow('floor: chevrotain alone (one-line profile lexed)', ['chevrotain', 'check', join(dir, 'one.cfg')]);
floorRow('floor: yargs and chevrotain, one-line profile', ['both', 'check', join(dir, 'one.cfg')]);
if (existsSync(corpusSample))
  floorRow('floor: yargs and chevrotain, spa5xx-sample.xml', ['both', 'check', corpusSample]);
const knownCold = timeSpawn([cli, 'check', join(dir, 'known.cfg')], runs);
const unknownCold = timeSpawn([cli, 'check', join(dir, 'unknown.cfg')], runs);
rows.push({
  figure: 'cold: 1,800 misspelled names',
  value: ms(unknownCold),
  baseline: `1,800 known ${ms(knownCold)}`,
  ratio: unknownCold / knownCold,
  target: '<= 1.3x',
  met: unknownCold / knownCold <= 1.3,
});
const parseFile = existsSync(corpusSample) ? corpusSample : join(dir, 'profile.xml');
const first = firstParse(dir, parseFile);
rows.push({
  figure: `first parse in a fresh process (${existsSync(corpusSample) ? 'corpus sample' : 'synthetic XML'})`,
  value: ms(first),
  target: '<= 25 ms',
  met: first <= 25,
});
const mbps = (figure: string, rate: number, target: number) =>
  rows.push({ figure, value: `${rate.toFixed(1)} MB/s`, target: `>= ${target} MB/s`, met: rate >= target });
mbps(
  'warm: text front end, 1,800 parameters',
  warmThroughput(dir, join(dir, 'profile.cfg'), 'parseText'),
  30,
);
mbps('warm: XML front end, 1,800 parameters', warmThroughput(dir, join(dir, 'profile.xml'), 'parseXml'), 30);
if (existsSync(corpusSample))
  mbps('warm: XML front end, corpus sample', warmThroughput(dir, corpusSample, 'parseXml'), 30);
mbps('warm: whole check (parse, schema, rules), 1,800 known', await wholeCheckRate(known), 10);
for (const row of await editorFigures(dir, known)) rows.push(row);
/** Median time and largest peak of three runs (one run swings by a fifth on a busy machine). */
const scale = (n: number, extra: readonly string[] = []) => {
  const file = join(dir, `scale-${String(n)}.cfg`);
  if (!existsSync(file)) writeFileSync(file, emitText(syntheticProfile(n)).text);
  const runs = [0, 1, 2].map(() => measuredCheck(dir, file, extra));
  return { ms: median(runs.map((r) => r.ms)), mb: Math.max(...runs.map((r) => r.mb)) };
};
const small = scale(20_000);
const large = scale(200_000);
// What --quiet leaves out early is carried to the end when a warning limit is set: the check's full work.
const carried = scale(200_000, ['--max-warnings', '1000000']);
rows.push({
  figure: 'scale: check of 200,000 parameters',
  value: ms(large.ms),
  target: '<= 2000 ms',
  met: large.ms <= 2000,
});
rows.push({
  figure: 'scale: the same, every warning carried to the end',
  value: `${ms(carried.ms)}, ${carried.mb.toFixed(0)} MB`,
});
rows.push({
  figure: 'scale: its peak memory',
  value: `${large.mb.toFixed(0)} MB`,
  target: '<= 400 MB',
  met: large.mb <= 400,
});
rows.push({
  figure: 'scale: time, 200,000 against 20,000',
  value: ms(large.ms),
  baseline: `20,000 ${ms(small.ms)}`,
  ratio: large.ms / small.ms,
  target: '<= 11x',
  met: large.ms / small.ms <= 11,
});
printTable(rows);
const stages = coldStages(dir, parseFile).sort((x, y) => y[1] - x[1]);
console.log(
  `\nstages of a cold check of ${existsSync(corpusSample) ? 'the corpus sample' : 'synthetic XML'}, slowest first (fresh process, library):`,
);
for (const [name, t] of stages) console.log(`  ${name.padEnd(66)} ${ms(t).padStart(9)}`);

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
// BENCH_PART=speed stops after the speed table (the fleet and serving benches take minutes).
if (process.env['BENCH_PART'] === 'speed') process.exit(0);
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
