// Fleet benchmark (npm run bench): `spac build` of a realistic SPA504G fleet (a ~500-parameter common
// layer, 10 per-device columns, encrypted) against, in the same run: (a) a shell loop of
// `spac compile --key` per device (timed on a sample, scaled up), (b) a loop of `openssl enc
// -aes-256-cbc` over the same plaintexts, (c) one process doing only the node:crypto encryption and file
// writes of the same bytes; then 10x the devices, for time and peak memory. Prints one table.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleProfile } from '../src/codegen/sample.js';
import { encryptOpenssl } from '../src/encrypt/openssl.js';
import { deriveDeviceKey } from '../src/fleet/device-key.js';
import { builtinSchemas } from '../src/schema/builtin.js';
import { findModel } from '../src/schema/lookup.js';

const repo = join(import.meta.dirname, '..');
const cli = join(repo, 'dist', 'cli.js');
const SECRET = 'bench-master-secret';
const COLUMNS = [
  'User_ID[1]',
  'Password[1]',
  'Display_Name[1]!',
  'Auth_ID[1]',
  'User_ID[2]',
  'Password[2]',
  'Display_Name[2]!',
  'Station_Name',
  'Short_Name[1]',
  'Short_Name[2]',
];

const macOf = (i: number): string => (0x000e08000000 + i).toString(16).padStart(12, '0');

export async function fixture(dir: string, devices: number): Promise<void> {
  const schemas = await builtinSchemas();
  const found = findModel(schemas, 'SPA504G');
  if (!found) throw new Error('no SPA504G schema');
  // The first ~500 parameters of the model's own sample: a realistic shared layer.
  const lines = sampleProfile(found.family, found.model, 'text').split('\n');
  const settings = lines.filter((l) => l.includes(' ;')).slice(0, 500);
  writeFileSync(join(dir, 'common.cfg'), `${settings.join('\n')}\n`);
  const rows = [['mac', ...COLUMNS].join(',')];
  for (let i = 0; i < devices; i++)
    rows.push(
      [
        macOf(i),
        1000 + i,
        `pw-${i}`,
        `User ${i}`,
        1000 + i,
        5000 + i,
        `pw2-${i}`,
        `Second ${i}`,
        `st${i}`,
        `u${i}`,
        `s${i}`,
      ].join(','),
    );
  writeFileSync(join(dir, `devices-${devices}.csv`), `${rows.join('\n')}\n`);
}

/** Wall time and peak resident memory of one `spac` run, from the child's own resource usage. */
function spacRun(dir: string, args: string[]): { ms: number; maxRssMb: number } {
  const wrapper = join(dir, 'measure.mjs');
  writeFileSync(
    wrapper,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(join(dir, 'usage.json'))}, JSON.stringify(process.resourceUsage())));\nprocess.argv.splice(1, 1);\nawait import(${JSON.stringify(cli)});\n`,
  );
  const start = performance.now();
  const r = spawnSync(process.execPath, [wrapper, 'x', ...args], {
    cwd: dir,
    env: { ...process.env, PROV_SECRET: SECRET, CI: '1' },
    encoding: 'utf8',
  });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`spac ${args.join(' ')} exited ${String(r.status)}: ${r.stderr}`);
  const usage = JSON.parse(readFileSync(join(dir, 'usage.json'), 'utf8')) as { maxRSS: number };
  return { ms, maxRssMb: usage.maxRSS / 1024 };
}

/** The benchmark's build; `keyed: false` gives the same fleet's plaintexts. */
const buildArgs = (devices: number, out: string, keyed = true) => [
  'build',
  ...['--inventory', `devices-${devices}.csv`, '--layer', 'common.cfg', '--target', 'SPA504G'],
  ...(keyed ? ['--key-derive-env', 'PROV_SECRET'] : []),
  ...['-o', out],
];

/** (a): one `spac compile --key` process per device, over `sample` devices, scaled to `devices`. */
function compileLoop(dir: string, sample: number, devices: number): number {
  const rows = readFileSync(join(dir, `devices-${devices}.csv`), 'utf8')
    .trim()
    .split('\n')
    .slice(1, sample + 1);
  mkdirSync(join(dir, 'loop'), { recursive: true });
  const start = performance.now();
  for (const row of rows) {
    const cells = row.split(',');
    const mac = cells[0] ?? '';
    const profile = COLUMNS.map((c, i) => `${c.replace(/!$/, ' !')} "${cells[i + 1] ?? ''}" ;`).join('\n');
    writeFileSync(join(dir, 'loop', `${mac}.cfg`), profile);
    const key = deriveDeviceKey(SECRET, mac);
    spawnSync(
      process.execPath,
      [
        cli,
        'compile',
        'common.cfg',
        join('loop', `${mac}.cfg`),
        '--target',
        'SPA504G',
        '--key',
        key,
        '--reproducible',
        '-o',
        join('loop', `${mac}.xml`),
      ],
      { cwd: dir, stdio: 'ignore' },
    );
  }
  return ((performance.now() - start) / sample) * devices;
}

/** The plaintexts of a build: the same fleet built without keys. */
export function plaintexts(dir: string, devices: number): Map<string, Buffer> {
  const plain = join(dir, 'plain');
  const r = spawnSync(process.execPath, [cli, ...buildArgs(devices, 'plain', false)], {
    cwd: dir,
    stdio: 'ignore',
  });
  if (r.status !== 0) throw new Error('plain build failed');
  return new Map(
    readdirSync(plain)
      .filter((f) => f.endsWith('.xml'))
      .map((f) => [f, readFileSync(join(plain, f))]),
  );
}

/** (b): `openssl enc` once per device, as a shell loop would run it. */
function opensslLoop(dir: string, files: Map<string, Buffer>): number | undefined {
  if (spawnSync('openssl', ['version']).status !== 0) return undefined;
  mkdirSync(join(dir, 'openssl'), { recursive: true });
  const start = performance.now();
  for (const name of files.keys()) {
    const key = deriveDeviceKey(SECRET, name.replace(/\.xml$/, ''));
    spawnSync(
      'openssl',
      [
        'enc',
        '-aes-256-cbc',
        '-md',
        'md5',
        '-k',
        key,
        '-in',
        join(dir, 'plain', name),
        '-out',
        join(dir, 'openssl', name),
      ],
      { stdio: 'ignore' },
    );
  }
  return performance.now() - start;
}

/** (c): only node:crypto's AES-256-CBC and the file writes, plaintexts already in memory. */
function cryptoOnly(dir: string, files: Map<string, Buffer>, out: string): number {
  mkdirSync(join(dir, out), { recursive: true });
  const start = performance.now();
  for (const [name, bytes] of files) {
    const key = deriveDeviceKey(SECRET, name.replace(/\.xml$/, ''));
    writeFileSync(join(dir, out, name), encryptOpenssl(bytes, key, { digest: 'md5' }));
  }
  return performance.now() - start;
}

export const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The build and (c), each `rounds` times, taking turns and each into a new folder, so that both meet
 * the disk in the same states (its write-back and free-space handling move a run by tens of percent):
 * the medians. */
export function buildAndCrypto(dir: string, devices: number, files: Map<string, Buffer>, rounds = 5) {
  const builds: { ms: number; maxRssMb: number }[] = [];
  const cryptos: number[] = [];
  for (let r = 0; r < rounds; r++) {
    builds.push(spacRun(dir, buildArgs(devices, `out-${String(r)}`)));
    cryptos.push(cryptoOnly(dir, files, `crypto-${String(r)}`));
  }
  const ms = median(builds.map((b) => b.ms));
  return { build: builds.find((b) => b.ms === ms) ?? { ms, maxRssMb: 0 }, crypto: median(cryptos) };
}

const row = (
  label: string,
  value: string,
  baseline: string,
  ratio: string,
  target: string,
  met: boolean | undefined,
) =>
  `${label.padEnd(46)} ${value.padStart(11)} ${baseline.padStart(11)} ${ratio.padStart(9)}  ${target.padEnd(14)} ${met === undefined ? '' : met ? 'met' : 'NOT MET'}`;

export async function fleetBench(devices = 10_000, scale = 10): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'spac-fleet-bench-'));
  try {
    await fixture(dir, devices);
    await fixture(dir, devices * scale);
    const files = plaintexts(dir, devices);
    const { build, crypto } = buildAndCrypto(dir, devices, files);
    const loop = compileLoop(dir, 100, devices);
    const openssl = opensslLoop(dir, files);
    const big = spacRun(dir, buildArgs(devices * scale, 'out-big'));
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `\nfleet build: ${devices.toLocaleString('en')} SPA504G devices, a ${String(500)}-parameter common layer, ${String(COLUMNS.length)} columns, encrypted`,
    );
    console.log(row('figure', 'spac', 'baseline', 'ratio', 'target', undefined));
    console.log(
      row(
        '(a) shell loop of spac compile --key (scaled)',
        s(build.ms),
        s(loop),
        `${(loop / build.ms).toFixed(1)}x`,
        'faster',
        loop > build.ms,
      ),
    );
    if (openssl === undefined)
      console.log(row('(b) loop of openssl enc', s(build.ms), 'no openssl', '', '>= 30x faster', undefined));
    else
      console.log(
        row(
          '(b) loop of openssl enc',
          s(build.ms),
          s(openssl),
          `${(openssl / build.ms).toFixed(1)}x`,
          '>= 30x faster',
          openssl / build.ms >= 30,
        ),
      );
    console.log(
      row(
        '(c) node:crypto encryption + writes only',
        s(build.ms),
        s(crypto),
        `${(build.ms / crypto).toFixed(1)}x`,
        '<= 2x slower',
        build.ms / crypto <= 2,
      ),
    );
    console.log(
      row(
        `time, ${(devices * scale).toLocaleString('en')} vs ${devices.toLocaleString('en')} devices`,
        s(big.ms),
        s(build.ms),
        `${(big.ms / build.ms).toFixed(1)}x`,
        `<= ${String(scale + 1)}x`,
        big.ms / build.ms <= scale + 1,
      ),
    );
    console.log(
      row(
        'peak memory, same',
        `${big.maxRssMb.toFixed(0)} MB`,
        `${build.maxRssMb.toFixed(0)} MB`,
        `${(big.maxRssMb / build.maxRssMb).toFixed(1)}x`,
        '<= 2x',
        big.maxRssMb / build.maxRssMb <= 2,
      ),
    );
    console.log(`per device: ${(build.ms / devices).toFixed(3)} ms (whole process, start-up included)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
