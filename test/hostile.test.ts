// Hostile inputs on the real file system: imports that reach for the machine's files, a file that is
// no profile, a FIFO with no writer and /dev/zero. Each is one diagnostic naming the file, exit 1 or 2,
// and nothing of the foreign file's content in the output; closed standard input, refused.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spac } from './support/provisioning.js';

const dir = mkdtempSync(join(tmpdir(), 'spac-hostile-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const at = (...p: string[]) => join(dir, ...p);
/** A check's report goes to stdout and its summary to stderr: both, as one text. */
const both = async (args: string[]) => {
  const run = await spac(args);
  return { exit: run.exit, err: run.out + run.err };
};
mkdirSync(at('project', 'sub'), { recursive: true });
mkdirSync(at('outside'));
writeFileSync(at('outside', 'token.txt'), 'npm_TOKEN=SECRET-TOKEN-VALUE\n');
writeFileSync(at('outside', 'shared.cfg'), 'Proxy[1] "sip.shared.example.com" ;\n');
writeFileSync(at('project', 'sub', 'notes.txt'), 'These notes: NOTE-CONTENT here.\n');

describe('imports stay inside the project', () => {
  it('refuses a file outside the import root, and names it without its content', async () => {
    writeFileSync(
      at('project', 'site.cfg'),
      `import ${at('outside', 'token.txt')}\nimport ../outside/shared.cfg\n`,
    );
    const run = await both(['check', at('project', 'site.cfg')]);
    expect(run.exit).toBe(1);
    expect(run.err).toContain('SPAC1201');
    expect(run.err).toContain('outside the import root');
    expect(run.err).not.toContain('SECRET-TOKEN-VALUE');
  });

  it('reads them with --import-root, and the project root is that of spac.config.json', async () => {
    writeFileSync(at('project', 'site.cfg'), 'import ../outside/shared.cfg\n');
    expect((await spac(['check', at('project', 'site.cfg'), '--import-root', at('outside')])).exit).toBe(0);
    writeFileSync(at('spac.config.json'), '{}\n');
    expect((await spac(['check', at('project', 'site.cfg')])).exit).toBe(0);
    rmSync(at('spac.config.json'));
  });

  it('refuses a link inside the project that leads out of it', async () => {
    symlinkSync(at('outside', 'shared.cfg'), at('project', 'sub', 'linked.cfg'));
    writeFileSync(at('project', 'site.cfg'), 'import sub/linked.cfg\n');
    const run = await both(['check', at('project', 'site.cfg')]);
    expect(run.exit).toBe(1);
    expect(run.err).toContain('through a symbolic link');
    expect(run.err).not.toContain('sip.shared.example.com');
  });

  it('refuses an imported file that is no profile, without showing a line of it', async () => {
    writeFileSync(at('project', 'site.cfg'), 'import sub/notes.txt\n');
    const run = await both(['check', at('project', 'site.cfg')]);
    expect(run.exit).toBe(1);
    expect(run.err).toContain('not a profile');
    expect(run.err).not.toContain('NOTE-CONTENT');
  });
});

describe('inputs that are not regular files', () => {
  const fifo = at('fifo');
  const made = spawnSync('mkfifo', [fifo]).status === 0 && existsSync(fifo);
  it.skipIf(!made)('a FIFO with no writer is refused at once', async () => {
    const run = await both(['check', fifo]);
    expect(run.exit).toBe(2);
    expect(run.err).toContain('not a regular file');
  });

  const bin = join(import.meta.dirname, '..', 'dist', 'cli.js');
  it.skipIf(process.platform === 'win32')(
    'closed standard input (Node puts /dev/null there) is refused, and nothing is written',
    () => {
      const out = at('from-closed-stdin.xml');
      const run = spawnSync(process.execPath, [bin, 'compile', '-', '-o', out], {
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('SPAC9001');
      expect(run.stderr).toContain('standard input is closed');
      expect(existsSync(out)).toBe(false);
      // An empty pipe is an empty profile, as before.
      const piped = spawnSync(process.execPath, [bin, 'check', '-'], { input: '', encoding: 'utf8' });
      expect(piped.status).toBe(0);
    },
  );

  it.skipIf(!existsSync('/dev/zero'))('/dev/zero, as input or import, is refused at once', async () => {
    expect((await both(['check', '/dev/zero'])).err).toContain('not a regular file');
    writeFileSync(at('project', 'site.cfg'), 'import /dev/zero\n');
    const run = await both(['check', at('project', 'site.cfg'), '--import-root', '/dev']);
    expect(run.err).toContain('not a regular file');
  });
});
