// Packaging: spac's pre-commit hooks as pre-commit really installs them (it clones this repository at
// the committed revision, `npm install`s it, `npm pack`s it and installs the pack), on a fresh repository.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..');
const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const inGit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repo }).status === 0;
const reason = preCommit.status !== 0 ? 'pre-commit is not installed' : !inGit ? 'not a git checkout' : '';

describe.skipIf(reason !== '')(`pre-commit hooks${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let project = '';
  let env: NodeJS.ProcessEnv = {};
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'spac-pre-commit-'));
    // pre-commit's node environment runs the system's `nodejs` or `node`: this test's own, by PATH.
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    for (const name of ['node', 'nodejs']) symlinkSync(process.execPath, join(bin, name));
    env = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, PRE_COMMIT_HOME: join(dir, 'cache') };
    project = join(dir, 'project');
    mkdirSync(project);
    spawnSync('git', ['init', '-q'], { cwd: project });
    writeFileSync(join(project, 'good.cfg'), 'Resync_Periodic                                 "3600" ;\n');
    writeFileSync(join(project, 'bad.cfg'), 'Line_Enable[1] ! "Maybe" ;\n');
    const rev = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout.trim();
    writeFileSync(
      join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: file://${repo}\n    rev: ${rev}\n    hooks:\n      - id: spac-check\n      - id: spac-fmt\n`,
    );
    spawnSync('git', ['add', '.'], { cwd: project });
  });

  // As the README documents it: the repository's URL and a revision, both hooks; installed once.
  const hook = (id: string, file: string) =>
    spawnSync('pre-commit', ['run', id, '--files', file], {
      cwd: project,
      env,
      encoding: 'utf8',
      timeout: 300_000,
    });

  it('installs from the repository and passes a good profile, with both hooks', () => {
    const check = hook('spac-check', 'good.cfg');
    expect(check.stdout).toMatch(/spac check\.+Passed/);
    expect(check.status).toBe(0);
    expect(hook('spac-fmt', 'good.cfg').status).toBe(0);
  }, 300_000);

  it('fails on a profile with an error, naming its line and code', () => {
    const check = hook('spac-check', 'bad.cfg');
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/bad\.cfg:1:\d+: error SPAC3002/);
  }, 300_000);
});
