// Hostile environments: outputs onto a full file system and a read-only one (small tmpfs mounts made
// here, as root) leave the previous output byte for byte and no temporary file, and say why (exit 2).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..');
const bin = join(repo, 'dist', 'cli.js');
const root = process.getuid?.() === 0;
const base = mkdtempSync(join(tmpdir(), 'spac-writes-'));
const mount = (dir: string, options: string) =>
  spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status === 0;
const probe = join(base, 'probe');
mkdirSync(probe);
const canMount = root && mount(probe, 'size=64k');
if (canMount) spawnSync('umount', [probe]);
const reason = !root ? 'not root' : !canMount ? 'tmpfs cannot be mounted here' : '';

const spac = (args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: base,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PROV_SECRET: 'fleet-secret', CI: '1' },
  });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
};
/** Everything below `dir`, with contents: what a failed run must leave as it was. */
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((f) => {
        const path = join(dir, f);
        return [f, spawnSync('test', ['-d', path]).status === 0 ? '<dir>' : readFileSync(path, 'latin1')];
      }),
  );

describe.skipIf(reason !== '')(`writes that cannot be made${reason ? ` (skipped: ${reason})` : ''}`, () => {
  const full = join(base, 'full');
  const readOnly = join(base, 'ro');
  // A profile whose output is larger than what the full file system has left.
  const big = Array.from({ length: 3000 }, (_, i) => `Custom_${String(i)} "${'x'.repeat(20)}" ;`);
  beforeAll(() => {
    writeFileSync(join(base, 'big.cfg'), `${big.join('\n')}\n`);
    writeFileSync(join(base, 'small.cfg'), 'Resync_Periodic "60" ;\n');
    for (const [dir, size] of [
      [full, '96k'],
      [readOnly, '64k'],
    ] as const) {
      mkdirSync(dir);
      expect(mount(dir, `size=${size}`)).toBe(true);
      writeFileSync(
        join(dir, 'site.xml'),
        '<flat-profile>\n  <Resync_Periodic>3600</Resync_Periodic>\n</flat-profile>\n',
      );
      writeFileSync(join(dir, 'site.cfg'), 'Resync_Periodic "3600"\n');
      writeFileSync(join(dir, 'layout.cfg'), 'Resync_Periodic   "3600" ;\n');
    }
    // Leave the full one about 8 KB.
    writeFileSync(join(full, 'filler'), Buffer.alloc(80 * 1024));
    expect(spawnSync('mount', ['-o', 'remount,ro', readOnly]).status).toBe(0);
  });
  afterAll(() => {
    for (const dir of [full, readOnly]) spawnSync('umount', [dir]);
  });

  it.each([
    ['a full file system', full, 'no space left on device'],
    ['a read-only file system', readOnly, 'read-only file system'],
  ])('compile -o onto %s: exit 2, the reason, the old file as it was', (_, dir, why) => {
    const before = snapshot(dir);
    const r = spac(['compile', 'big.cfg', '-o', join(dir, 'site.xml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SPAC9002');
    expect(r.stderr).toContain(why);
    expect(snapshot(dir)).toEqual(before);
  });

  it('fmt --write and check --fix onto a read-only file system leave the file, exit 2', () => {
    const before = snapshot(readOnly);
    expect(spac(['fmt', '--write', join(readOnly, 'layout.cfg')]).code).toBe(2);
    const fix = spac(['check', '--fix', join(readOnly, 'site.cfg')]);
    expect(fix.code).toBe(2);
    expect(fix.stdout).toContain("SPAC9002: cannot write '");
    expect(fix.stdout).toContain('read-only file system');
    expect(snapshot(readOnly)).toEqual(before);
  });

  it('build -o into a full file system: exit 2, the previous build untouched', () => {
    const out = join(full, 'fleet');
    const args = ['build', '--inventory', join(repo, 'examples', 'fleet', 'devices.csv')];
    const layer = [
      '--layer',
      join(repo, 'examples', 'fleet', 'common.cfg'),
      '--key-derive-env',
      'PROV_SECRET',
    ];
    const small = spac([...args, ...layer, '-o', out]);
    const before = snapshot(full);
    const bigger = spac([...args, ...layer, '--layer', 'big.cfg', '-o', out]);
    expect(small.code === 0 || small.code === 2).toBe(true);
    expect(bigger.code).toBe(2);
    expect(snapshot(full)).toEqual(before);
  });
});
