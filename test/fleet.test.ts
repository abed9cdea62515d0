// The fleet build: each device's output is `spac compile` of the layers plus its row, encrypted with its
// own key; a build is deterministic; a rebuild rewrites only changed devices; a failed build leaves the
// previous output byte for byte; openssl decrypts what it wrote.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { nodeIo } from '../src/cli/node-io.js';
import { emitXml, emitXmlOnto, xmlTemplate } from '../src/codegen/emit-xml.js';
import { decryptProfile } from '../src/encrypt/unwrap.js';
import { buildFleet, type BuiltDevice } from '../src/fleet/build.js';
import { deriveDeviceKey } from '../src/fleet/device-key.js';
import { compile, memoryHost } from '../src/index.js';
import { itemsOf, layer, layered, overlay } from '../src/model/layer.js';
import { entriesOf } from '../src/model/profile.js';
import { parseText } from '../src/parser/text-front.js';
import type { WorkspaceHost } from '../src/workspace/host.js';
import { memoryIo } from './support/memory-io.js';

const COMMON = [
  'Provision_Enable "Yes" ;',
  'Profile_Rule "[--key $SA] http://prov.example.com/$MA.xml" ;',
  'Proxy[1] ! "sip.example.com" ;',
  'Line_Enable[1] ! "Yes" ;',
  'Display_Name[1] ? "" ;',
  'GPP_SA "" ;',
].join('\n');

const hostOf = (files: Record<string, string>): WorkspaceHost => {
  const io = memoryIo(files);
  return { cwd: io.cwd, readFile: io.readFile, readStdin: io.readStdin };
};

// Columns with a marker always: then the row means what a text profile with the same lines means.
const COLUMNS = ['User_ID[1]!', 'Display_Name[1]?', 'Station_Name!', 'Proxy[1]!', 'Short_Name[1]?'] as const;
const text = fc.stringMatching(/^[A-Za-z0-9 .@_-]{0,12}$/);
const host = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(\.[a-z]{2,4})?$/);
const cellOf = (column: string) => (column.startsWith('Proxy') ? host : text);
const device = fc.record({
  mac: fc.integer({ min: 0, max: 0xffffff }).map((n) => `000e08${n.toString(16).padStart(6, '0')}`),
  cells: fc.tuple(...COLUMNS.map((c) => fc.option(cellOf(c), { nil: undefined }))),
});
const fleet = fc.uniqueArray(device, { minLength: 1, maxLength: 6, selector: (d) => d.mac });

const csvOf = (devices: readonly { mac: string; cells: readonly (string | undefined)[] }[]) =>
  [
    ['mac', ...COLUMNS].join(','),
    ...devices.map((d) => [d.mac, ...d.cells.map((c) => (c === undefined ? '' : `"${c}"`))].join(',')),
  ].join('\n');

async function built(files: Record<string, string>, keys = { master: 'fleet-secret' }) {
  const out: BuiltDevice[] = [];
  const run = await buildFleet(
    {
      host: hostOf(files),
      inventory: 'devices.csv',
      layers: ['common.cfg'],
      packing: { format: 'xml' },
      target: 'SPA504G',
      keys,
    },
    { sink: (d) => Promise.resolve(void out.push(d)) },
  );
  return { run, out };
}

describe('fleet build', () => {
  it("every device's file decrypts with its key and equals spac compile of the layers plus its row", async () => {
    await fc.assert(
      fc.asyncProperty(fleet, async (devices) => {
        const { run, out } = await built({ 'common.cfg': COMMON, 'devices.csv': csvOf(devices) });
        expect(run.ok && run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(out.map((d) => d.mac)).toEqual(devices.map((d) => d.mac));
        for (const d of devices) {
          const row = COLUMNS.flatMap((column, i) => {
            const value = d.cells[i];
            return value === undefined ? [] : [`${column.slice(0, -1)} ${column.slice(-1)} "${value}" ;`];
          }).join('\n');
          const key = deriveDeviceKey('fleet-secret', d.mac);
          const compiled = await compile(
            [
              { file: 'common.cfg', text: COMMON },
              { file: 'row.cfg', text: row },
            ],
            { host: memoryHost({}), target: 'SPA504G', wrap: { key, reproducible: true } },
          );
          const file = out.find((o) => o.mac === d.mac)?.files[0];
          expect(Buffer.from(file?.bytes ?? [])).toEqual(Buffer.from(compiled.bytes ?? []));
          const opened = decryptProfile(file?.bytes ?? new Uint8Array(), 'x', key);
          expect(opened.ok && Buffer.from(opened.plaintext).toString()).toBe(compiled.output);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('is deterministic: the same inputs give the same bytes and manifest entries', async () => {
    await fc.assert(
      fc.asyncProperty(fleet, async (devices) => {
        const files = { 'common.cfg': COMMON, 'devices.csv': csvOf(devices) };
        const [a, b] = [await built(files), await built(files)];
        expect(a.run.ok && b.run.ok && a.run.devices).toEqual(b.run.ok && b.run.devices);
        expect(a.out).toEqual(b.out);
      }),
      { numRuns: 10 },
    );
  });

  it('writes the same XML as emitting the layered set from scratch (template and rows)', () => {
    const base = parseText(COMMON, 'common.cfg').profile.items.filter((i) => i.kind !== 'import');
    fc.assert(
      fc.property(fleet, (devices) => {
        const template = xmlTemplate(layer(base));
        const once = layered(base);
        for (const d of devices) {
          const row = COLUMNS.flatMap((column, i) => {
            const value = d.cells[i];
            return value === undefined ? [] : [`${column.slice(0, -1)} ${column.slice(-1)} "${value}" ;`];
          }).join('\n');
          const rowItems = entriesOf(parseText(row, 'row.cfg').profile.items);
          const fresh = emitXml(layer([...base, ...rowItems]));
          const over = overlay(once, rowItems);
          expect(itemsOf(over)).toEqual(layer([...base, ...rowItems]));
          const onto = emitXmlOnto(template, over);
          expect(new TextDecoder().decode(Buffer.concat(onto.chunks))).toEqual(fresh.text);
          expect(onto.diagnostics).toEqual(fresh.diagnostics);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('writes non-ASCII lines of a device (a comment) as emitXml does', () => {
    const base = entriesOf(parseText('Proxy[1] "a" ;\nStation_Name "b" ;\n', 'common.cfg').profile.items);
    const rowItems = entriesOf(parseText('Station_Name "c" ; # café ☎\n', 'row.cfg').profile.items);
    const onto = emitXmlOnto(xmlTemplate(layer(base)), overlay(layered(base), rowItems));
    const fresh = emitXml(layer([...base, ...rowItems])).text;
    expect(fresh).toContain('café ☎');
    expect(new TextDecoder().decode(Buffer.concat(onto.chunks))).toBe(fresh);
  });
});

const root = mkdtempSync(join(tmpdir(), 'spac-fleet-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** `spac build` for real, in a folder of its own, with the Node host. */
async function spacBuild(dir: string, args: string[]) {
  const io = memoryIo();
  const exit = await main(['build', ...args], {
    ...nodeIo(),
    cwd: dir,
    readFile: (p) => nodeIo().readFile(join(dir, p)),
    openFleetOutput: (out) => nodeIo().openFleetOutput(join(dir, out)),
    env: { PROV_SECRET: 'fleet-secret' },
    stdout: io.stdout,
    stderr: io.stderr,
  });
  return { exit, stderr: io.err(), stdout: io.out() };
}

const snapshot = (dir: string): Record<string, { bytes: string; mtime: number; ino: number }> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        const s = statSync(path);
        return [
          path.slice(dir.length),
          { bytes: readFileSync(path).toString('base64'), mtime: s.mtimeMs, ino: s.ino },
        ];
      }),
  );

describe('spac build on disk', () => {
  const dir = mkdtempSync(join(root, 'fleet-'));
  writeFileSync(join(dir, 'common.cfg'), COMMON);
  const rows = ['mac,User_ID[1]!', '000e08aabb01,2001', '000e08aabb02,2002', '000e08aabb03,2003'];
  writeFileSync(join(dir, 'devices.csv'), rows.join('\n'));
  const args = [
    '--inventory',
    'devices.csv',
    '--layer',
    'common.cfg',
    '--target',
    'SPA504G',
    '--key-derive-env',
    'PROV_SECRET',
    '-o',
    'out',
  ];

  it('a rebuild after one row changes rewrites only that device, and says so with --changed', async () => {
    expect((await spacBuild(dir, args)).exit).toBe(0);
    const before = snapshot(join(dir, 'out'));
    writeFileSync(join(dir, 'devices.csv'), [...rows.slice(0, 2), '000e08aabb02,2099', rows[3]].join('\n'));
    const again = await spacBuild(dir, [...args, '--changed']);
    expect(again.exit).toBe(0);
    expect(again.stdout).toBe('changed 000e08aabb02\n');
    const after = snapshot(join(dir, 'out'));
    for (const name of ['/000e08aabb01.xml', '/000e08aabb03.xml']) expect(after[name]).toEqual(before[name]);
    expect(after['/000e08aabb02.xml']?.bytes).not.toBe(before['/000e08aabb02.xml']?.bytes);
    expect(readdirSync(dir).filter((f) => f.includes('spac-'))).toEqual([]);
  });

  it('a failed build leaves the previous output byte for byte, and no temporary directory', async () => {
    const before = snapshot(join(dir, 'out'));
    writeFileSync(join(dir, 'devices.csv'), [...rows, 'not-a-mac,2004'].join('\n'));
    const failed = await spacBuild(dir, args);
    expect(failed.exit).toBe(1);
    expect(failed.stderr).toContain('SPAC8002');
    expect(snapshot(join(dir, 'out'))).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.includes('spac-'))).toEqual([]);
  });

  it('an output that is not a directory is SPAC9002, exit 2, and nothing is left behind', async () => {
    writeFileSync(join(dir, 'not-a-dir'), 'x');
    const failed = await spacBuild(dir, [...args.slice(0, -1), 'not-a-dir']);
    expect(failed.exit).toBe(2);
    expect(failed.stderr).toContain("SPAC9002: cannot write 'not-a-dir': exists and is not a directory");
    expect(readFileSync(join(dir, 'not-a-dir'), 'utf8')).toBe('x');
    expect(readdirSync(dir).filter((f) => f.includes('spac-'))).toEqual([]);
  });

  it('--jobs 2 (worker threads, through the built CLI) writes exactly what one part writes', () => {
    const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
    const many = [
      'mac,User_ID[1]!',
      ...Array.from({ length: 40 }, (_, i) => `000e08aa${(0xbb00 + i).toString(16)},${2000 + i}`),
    ];
    writeFileSync(join(dir, 'many.csv'), many.join('\n'));
    const build = (jobs: string, out: string) =>
      spawnSync(
        process.execPath,
        [
          cli,
          'build',
          // The same flags as above, for the larger inventory and another output.
          ...args.slice(0, -1).map((a) => (a === 'devices.csv' ? 'many.csv' : a)),
          out,
          '--jobs',
          jobs,
        ],
        {
          cwd: dir,
          env: { ...process.env, PROV_SECRET: 'fleet-secret' },
          encoding: 'utf8',
        },
      );
    const one = build('1', 'one');
    const two = build('2', 'two');
    expect([one.status, two.status]).toEqual([0, 0]);
    expect(two.stderr).toBe(one.stderr.replace("'one'", "'two'"));
    const read = (out: string) =>
      Object.fromEntries(Object.entries(snapshot(join(dir, out))).map(([k, v]) => [k, v.bytes]));
    expect(read('two')).toEqual(read('one'));
    expect(Object.keys(read('one'))).toHaveLength(41);
  });

  const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
  it.skipIf(!hasOpenssl)(
    `openssl decrypts what it wrote${hasOpenssl ? '' : ' (openssl not installed: skipped)'}`,
    async () => {
      writeFileSync(join(dir, 'devices.csv'), rows.join('\n'));
      expect((await spacBuild(dir, args)).exit).toBe(0);
      for (const mac of ['000e08aabb01', '000e08aabb03']) {
        const key = deriveDeviceKey('fleet-secret', mac);
        const plain = spawnSync('openssl', [
          'enc',
          '-d',
          '-aes-256-cbc',
          '-md',
          'md5',
          '-k',
          key,
          '-in',
          join(dir, 'out', `${mac}.xml`),
        ]);
        expect(plain.status).toBe(0);
        expect(plain.stdout.toString()).toContain(
          `<User_ID_1_ ua="rw">${mac === '000e08aabb01' ? '2001' : '2003'}</User_ID_1_>`,
        );
      }
      const manifest = readFileSync(join(dir, 'out', 'manifest.json'), 'utf8');
      expect(manifest).not.toContain(deriveDeviceKey('fleet-secret', '000e08aabb01'));
      expect(manifest).not.toContain('fleet-secret');
    },
  );
});

describe('manifest', () => {
  it('every manifest the fixtures wrote fits schemas/build-manifest.schema.json', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'schemas', 'build-manifest.schema.json'), 'utf8'),
    ) as object;
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    const fixtures = join(import.meta.dirname, '..', 'fixtures', 'fleet', 'valid');
    const manifests = readdirSync(fixtures, { recursive: true, encoding: 'utf8' }).filter((p) =>
      p.endsWith('manifest.json'),
    );
    expect(manifests.length).toBeGreaterThan(3);
    for (const path of manifests) {
      const data: unknown = JSON.parse(readFileSync(join(fixtures, path), 'utf8'));
      expect(validate(data) ? [] : validate.errors, path).toEqual([]);
    }
  });
});

describe('secrets', () => {
  it('nor from an inventory the parser refused (CSV or JSON Lines)', async () => {
    const inventories = {
      'devices.csv': 'mac,key,Password[1]!\n000e08aabb01,Sup3rSecretKey,"Hunter2Password\n',
      'devices.jsonl': '{"mac":"000e08aabb01","key":"Sup3rSecretKey","Password[1]":"Hunter2Password",}\n',
    };
    for (const [name, text] of Object.entries(inventories)) {
      const io = memoryIo({ 'common.cfg': 'Proxy[1] "sip.example.com" ;', [name]: text });
      const args = ['build', '--inventory', name, '--layer', 'common.cfg', '--key-column', 'key', '--check'];
      expect(await main(args, io)).toBe(1);
      expect(io.err(), name).toContain('SPAC8001');
      expect(io.err(), name).not.toMatch(/Sup3rSecretKey|Hunter2Password/);
    }
  });

  it('no key or password from the inventory reaches any report format', async () => {
    const files = {
      'common.cfg': 'Proxy[1] "sip.example.com" ;',
      'devices.csv': 'mac,key,Password[1],Time_Zone\n000e08aabb01,Sup3rSecretKey,Hunter2Password,GMT-5\n',
    };
    for (const format of ['pretty', 'compact', 'json', 'sarif', 'github']) {
      const io = memoryIo(files);
      const args = [
        'build',
        '--inventory',
        'devices.csv',
        '--layer',
        'common.cfg',
        '--key-column',
        'key',
        '--check',
      ];
      expect(await main([...args, '--diagnostics', format], io)).toBe(1);
      const shown = io.out() + io.err();
      expect(shown, format).toContain('SPAC3002');
      expect(shown, format).not.toMatch(/Sup3rSecretKey|Hunter2Password/);
    }
  });
});

describe('progress bar', () => {
  const ttyIo = (env: Record<string, string>) => {
    const io = memoryIo({}, '', env);
    return { ...io, stderr: { ...io.stderr, isTTY: true }, text: () => io.err() };
  };

  it('on a terminal: devices done of total, rate and time left, cleared at the end', async () => {
    const { progressBar } = await import('../src/cli/progress.js');
    const io = ttyIo({});
    let now = 0;
    const bar = progressBar(io, () => now);
    now = 1000;
    bar.update(50, 200);
    now = 1050;
    bar.update(60, 200); // within 100 ms of the last draw: not drawn again
    bar.update(200, 200);
    bar.done();
    expect(io.text()).toContain('50/200 devices  50/s  3s left');
    expect(io.text()).toContain('200/200 devices');
    expect(io.text().endsWith('\r\u001b[K')).toBe(true);
  });

  it('nothing when CI is set or stderr is not a terminal', async () => {
    const { progressBar } = await import('../src/cli/progress.js');
    const ci = ttyIo({ CI: 'true' });
    progressBar(ci).update(1, 2);
    expect(ci.text()).toBe('');
    const piped = memoryIo();
    progressBar(piped).update(1, 2);
    expect(piped.err()).toBe('');
  });
});
