// Golden fixtures: every folder fixtures/<area>/<valid|invalid>/<case>/ is one CLI run, found by a glob.
// A case holds `command` (the spac arguments; '...' quotes one argument with spaces), optional `stdin`,
// `env` (NAME=value lines) and `stdout-closed` (an empty file: standard output is /dev/null, as Node
// leaves a closed one), its input files, and `expected/` with `stdout`, `stderr`,
// `exit` and `files/<name>` for each file the command writes. UPDATE_GOLDEN=1 rewrites `expected/`.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { catalog } from '../src/diagnostics/catalog.js';
import { memoryIo } from './support/memory-io.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const update = process.env['UPDATE_GOLDEN'] === '1';
const subdirs = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(dir, d.name));
/** fixtures/<area>/<valid|invalid>/<case>/ with a `command` file: adding a folder adds a test. */
const cases = subdirs(root)
  .flatMap(subdirs)
  .flatMap(subdirs)
  .filter((dir) => existsSync(join(dir, 'command')))
  .sort();

function inputsOf(dir: string, prefix = ''): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = prefix + entry.name;
    if (['command', 'stdin', 'env', 'expected', 'stdout-closed'].includes(name)) continue;
    if (entry.isDirectory()) Object.assign(files, inputsOf(join(dir, entry.name), `${name}/`));
    else files[name] = readFileSync(join(dir, entry.name));
  }
  return files;
}

/** Splits at white space; single quotes hold an argument with spaces or double quotes, as in a shell. */
const words = (command: string): string[] =>
  [...command.trim().matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');

/** `env`: NAME=value lines, the environment of the run (for --key-env). */
function envOf(dir: string): Record<string, string> {
  if (!existsSync(join(dir, 'env'))) return {};
  const lines = readFileSync(join(dir, 'env'), 'utf8')
    .split('\n')
    .filter((l) => l.includes('='));
  return Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

async function run(dir: string, extra: readonly string[] = []) {
  const args = [...words(readFileSync(join(dir, 'command'), 'utf8')), ...extra];
  const stdin = existsSync(join(dir, 'stdin')) ? readFileSync(join(dir, 'stdin')) : '';
  const io = memoryIo(inputsOf(dir), stdin, envOf(dir), existsSync(join(dir, 'stdout-closed')));
  const exit = await main(args, io);
  return { exit, stdout: io.out(), stderr: io.err(), written: io.written };
}

function golden(dir: string, actual: Awaited<ReturnType<typeof run>>): void {
  const expected = join(dir, 'expected');
  rmSync(expected, { recursive: true, force: true });
  mkdirSync(join(expected, 'files'), { recursive: true });
  writeFileSync(join(expected, 'exit'), `${actual.exit}\n`);
  writeFileSync(join(expected, 'stdout'), actual.stdout);
  writeFileSync(join(expected, 'stderr'), actual.stderr);
  for (const [name, bytes] of actual.written) {
    mkdirSync(dirname(join(expected, 'files', name)), { recursive: true });
    writeFileSync(join(expected, 'files', name), bytes);
  }
}

const read = (path: string): string => (existsSync(path) ? readFileSync(path, 'utf8') : '');

/** Written files, nested ones (a fleet's output directory) as `dir/name`. */
const filesIn = (dir: string, prefix = ''): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesIn(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );

describe('golden fixtures', () => {
  it('finds the fixture folders', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  for (const dir of cases) {
    const name = relative(root, dir);
    it(name, async () => {
      const actual = await run(dir);
      if (update) golden(dir, actual);
      const expected = join(dir, 'expected');
      expect(actual.stderr).toBe(read(join(expected, 'stderr')));
      expect(actual.stdout).toBe(read(join(expected, 'stdout')));
      expect(`${actual.exit}\n`).toBe(read(join(expected, 'exit')));
      const expectedFiles = existsSync(join(expected, 'files')) ? filesIn(join(expected, 'files')) : [];
      expect([...actual.written.keys()].sort()).toEqual(expectedFiles.sort());
      for (const file of expectedFiles)
        expect(Buffer.from(actual.written.get(file) ?? [])).toEqual(
          readFileSync(join(expected, 'files', file)),
        );
      if (name.includes('/valid/')) expect(actual.exit).toBe(0);
      else expect(actual.exit).not.toBe(0);
    });
  }

  it('exercises every catalogued diagnostic code', () => {
    const seen = new Set<string>();
    for (const dir of cases) {
      for (const stream of ['stdout', 'stderr']) {
        for (const code of read(join(dir, 'expected', stream)).match(/SPAC\d{4}/g) ?? []) seen.add(code);
      }
    }
    expect(Object.keys(catalog).filter((code) => !seen.has(code))).toEqual([]);
  });
});

// `check --quiet` leaves out what it does not show before blanking secrets and sorting (errorsOnly); a
// warning limit turns that off and shows the same. Over every check fixture, both say the same.
describe('check --quiet', () => {
  const checks = cases.filter((dir) => {
    const args = words(readFileSync(join(dir, 'command'), 'utf8'));
    return args[0] === 'check' && !args.some((a) => /^--(max-warnings|fail-on)/.test(a));
  });

  it('has check fixtures to compare', () => {
    expect(checks.length).toBeGreaterThan(50);
  });

  for (const dir of checks) {
    it(`says what it says with every problem carried to the end: ${relative(root, dir)}`, async () => {
      const quiet = await run(dir, ['-q']);
      const carried = await run(dir, ['-q', '--max-warnings', '1000000']);
      expect({ ...quiet, written: [...quiet.written] }).toEqual({
        ...carried,
        written: [...carried.written],
      });
    });
  }
});
