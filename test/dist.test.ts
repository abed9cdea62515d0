// Packaging: dist/ is committed, so that installing spac from git (npm, pre-commit) needs no build tools.
// npm test builds before the tests run: the build of the committed sources must be the committed build.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..');
const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
const inGit = git('rev-parse', '--is-inside-work-tree').stdout.trim() === 'true';
// What the build reads: with any of it changed and not yet committed, dist/ may differ too.
const SOURCES = [
  'src',
  'scripts/build.js',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
];
const sourcesChanged = inGit && git('status', '--porcelain', '--', ...SOURCES).stdout.trim() !== '';

const skipped = !inGit ? 'not a git checkout' : sourcesChanged ? 'the sources have uncommitted changes' : '';

describe('the committed build', () => {
  it.skipIf(skipped !== '')(
    `is what the committed sources build${skipped ? ` (skipped: ${skipped})` : ''}`,
    () => {
      const changed = git('status', '--porcelain', '--untracked-files=all', '--', 'dist').stdout;
      expect(changed, 'run `npm run build` and commit dist/').toBe('');
    },
  );
});

/** The packages the files of a folder import (`node:` modules left out). */
function packagesImported(dir: string): string[] {
  const names = new Set<string>();
  const statement = /^(?:import|export) [^'\n]* from '([^'.][^']*)';$/gm;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.js')) continue;
    for (const [, spec = ''] of readFileSync(join(dir, file), 'utf8').matchAll(statement)) {
      const parts = spec.split('/');
      if (!spec.startsWith('node:')) names.add(parts.slice(0, spec.startsWith('@') ? 2 : 1).join('/'));
    }
  }
  return [...names].sort();
}

describe('the package', () => {
  it('depends at run time on exactly what the library imports (the command line is one bundle)', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(packagesImported(join(repo, 'dist', 'lib'))).toEqual(Object.keys(pkg.dependencies).sort());
  });
});
