// End to end: the built, bundled CLI as a user runs it (npm test builds it first), over real files.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..');
const bin = join(repo, 'dist', 'cli.js');

const spac = (args: string[], options: { cwd?: string; input?: string } = {}) => {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repo,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('the spac binary', () => {
  let dir = '';
  beforeAll(() => {
    if (!existsSync(bin))
      throw new Error('dist/cli.js is missing: run `npm run build` (npm test does) first');
    dir = mkdtempSync(join(tmpdir(), 'spac-bin-'));
  });

  it('compiles the bundled example to a file', () => {
    const out = join(dir, 'site.xml');
    const r = spac(['compile', 'examples/site.cfg', '-o', out]);
    // The example carries a SIP password on purpose: spac points out that the profile is not encrypted.
    expect(r.stderr.match(/SPAC\d{4}/g)).toEqual(['SPAC3005']);
    expect(r.code).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('<Profile_Rule ua="na">https://prov.example.com/spa/$PSN/$MA.cfg</Profile_Rule>');
    expect(xml).toContain('<Display_Name_1_ ua="rw">Front Desk</Display_Name_1_>');
  });

  it('leaves an existing output untouched and no temporary file when there are errors', () => {
    const out = join(dir, 'keep.xml');
    writeFileSync(out, 'previous');
    writeFileSync(join(dir, 'bad.cfg'), 'Proxy[1] "a"\n');
    const r = spac(['compile', 'bad.cfg', '-o', 'keep.xml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bad.cfg:1:13: error SPAC1003: missing ';' after 'Proxy[1]'");
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(readdirSync(dir).filter((f) => f.includes('spac-tmp'))).toEqual([]);
  });

  it('reads stdin and writes stdout with -', () => {
    const r = spac(['compile', '-', '-o', '-', '--format', 'text'], {
      input: '<flat-profile><Proxy_1_ ua="rw">a</Proxy_1_></flat-profile>',
    });
    expect(r.code).toBe(0);
    // The built-in schema knows the text name of the XML tag.
    expect(r.stdout).toBe('Proxy[1]                                      ! "a" ;\n');
  });

  it('prints JSON for CI and exits 1 on errors', () => {
    writeFileSync(join(dir, 'two.cfg'), 'A "1"\nB 2 ;\n');
    const r = spac(['check', '--format', 'json', 'two.cfg'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { code: string; line: number; column: number }[];
    expect(report.map((d) => [d.code, d.line, d.column])).toEqual([
      ['SPAC1003', 1, 6],
      ['SPAC1007', 2, 3],
    ]);
  });

  it('exits 2 on usage and I/O errors', () => {
    expect(spac(['compile']).code).toBe(2);
    expect(spac(['check', 'does-not-exist.cfg']).code).toBe(2);
    expect(spac(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('stops quietly when the reader closes the pipe early (| head)', () => {
    const command = `"${process.execPath}" "${bin}" schema export | head -c 1 >/dev/null`;
    const piped = spawnSync('bash', ['-o', 'pipefail', '-c', command], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
  });

  it('says so and exits 2 when standard output cannot be written (a full device), with no stack trace', () => {
    const command = `"${process.execPath}" "${bin}" compile examples/site.cfg -o - > /dev/full`;
    const full = spawnSync('bash', ['-c', command], { cwd: repo, encoding: 'utf8' });
    expect(full.status).toBe(2);
    expect(full.stderr).toContain('spac: cannot write to standard output: no space left on device');
    expect(full.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes into a device or a FIFO named by -o, never replacing it with a file', () => {
    const device = spac(['compile', 'examples/site.cfg', '-o', '/dev/full']);
    expect(device.code).toBe(2);
    expect(device.stderr).toContain("SPAC9002: cannot write '/dev/full': no space left on device");
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    const fifo = join(dir, 'out.fifo');
    spawnSync('mkfifo', [fifo]);
    const command = `cat "${fifo}" > "${fifo}.read" & "${process.execPath}" "${bin}" compile examples/site.cfg -o "${fifo}"; wait`;
    const written = spawnSync('bash', ['-c', command], { cwd: repo, encoding: 'utf8' });
    expect(written.status).toBe(0);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(`${fifo}.read`, 'utf8')).toContain('<flat-profile>');
  });

  it('formats in place idempotently', () => {
    const file = join(dir, 'fmt.cfg');
    writeFileSync(file, 'Proxy[1]"a";\n');
    expect(spac(['fmt', '--write', file]).code).toBe(0);
    const once = readFileSync(file, 'utf8');
    expect(spac(['fmt', '--check', file])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(once).toBe('Proxy[1]                                        "a" ;\n');
  });

  it('check --fix rewrites a profile through its symlink, keeping its mode; --fix-dry-run writes nothing', () => {
    const real = join(dir, 'real.cfg');
    const link = join(dir, 'link.cfg');
    writeFileSync(real, 'Line_Enable[1] "yes"\n', { mode: 0o600 });
    symlinkSync(real, link);
    const dry = spac(['check', '--fix-dry-run', link]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+Line_Enable[1] "Yes" ;');
    expect(readFileSync(real, 'utf8')).toBe('Line_Enable[1] "yes"\n');
    expect(spac(['check', '--fix', link]).code).toBe(0);
    expect(readFileSync(real, 'utf8')).toBe('Line_Enable[1] "Yes" ;\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(real).mode & 0o777).toBe(0o600);
  });

  it("checks a plain profile without loading Node's crypto or zlib (about 15 ms of every start)", () => {
    writeFileSync(join(dir, 'plain.cfg'), 'Resync_Periodic "3600";\n');
    const list = join(dir, 'modules.json');
    const script = `process.on('exit', () => writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));
      process.argv = [process.argv[0], ${JSON.stringify(bin)}, 'check', 'plain.cfg'];
      await import(${JSON.stringify(pathToFileURL(bin).href)});`;
    const r = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `import { writeFileSync } from 'node:fs'; ${script}`],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect([r.status, r.stderr]).toEqual([0, '1 file checked: 0 errors, 0 warnings\n']);
    const loaded = JSON.parse(readFileSync(list, 'utf8')) as string[];
    expect(loaded).toContain('NativeModule fs/promises');
    expect(loaded.filter((m) => /^NativeModule (crypto|zlib)$/.test(m))).toEqual([]);
  });
});

describe('the library entry', () => {
  it("ships the built-in schema data once: the command line's chunks import the library's JSON", () => {
    const chunksDir = join(repo, 'dist', 'chunks');
    const names = readdirSync(chunksDir);
    const chunks = names.map((f) => readFileSync(join(chunksDir, f), 'utf8'));
    for (const family of ['spa5xx', 'spa9xx', 'ata'])
      expect(chunks.some((c) => c.includes(`"../lib/schema/data/${family}.curated.json"`))).toBe(true);
    // esbuild names a chunk made of a bundled JSON file after it (spa5xx.curated-XXXX.js).
    expect(names.filter((n) => /^(spa5xx|spa9xx|ata)\./.test(n))).toEqual([]);
  });

  it('imports as `spac` without loading the CLI or its dependencies', () => {
    const script =
      "const m = await import('spac'); const r = await m.compile([{ file: 'a.cfg', text: 'A \"1\" ;' }], { host: m.memoryHost({}) }); process.stdout.write(r.output);";
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('<flat-profile>\n  <A ua="na">1</A>\n</flat-profile>\n');
    const lib = join(repo, 'dist', 'lib');
    const files = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    for (const f of files)
      expect(readFileSync(join(lib, f), 'utf8')).not.toMatch(/from ['"](yargs|\.\.?\/cli\/)/);
  });
});

describe('the Node.js floor', () => {
  it('loads with require() as well as import (a CommonJS project can use spac)', () => {
    const script =
      "const m = require('spac'); process.stdout.write(typeof m.compile + ' ' + typeof require('spac/node').nodeHost);";
    const r = spawnSync(process.execPath, ['-e', script], { cwd: repo, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('function function');
  });

  // .ci/run names the machine's own node when it is older than 22; elsewhere there is none to run.
  const old = process.env.SPAC_OLD_NODE;
  it.skipIf(old === undefined)(
    `says in its own words which Node.js it needs, on an older one${old === undefined ? ' (skipped: no SPAC_OLD_NODE)' : ''}`,
    () => {
      const r = spawnSync(old ?? '', [bin, 'check', 'x.cfg'], { cwd: repo, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^spac: needs Node\.js 22\.12\.0 or later; this is Node\.js \d+\.\d+\.\d+\n$/);
    },
  );
});
