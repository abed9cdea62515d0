// The stage order of src/ (ARCHITECTURE.md) holds: no folder imports a later one, no folder cycle, and the
// checker itself catches both.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderCycles, orderProblems, STAGE_ORDER } from '../scripts/import-order.js';

const SRC = join(import.meta.dirname, '..', 'src');

function sources(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts'))
        files.set(relative(SRC, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(SRC);
  return files;
}

describe('stage order of src/', () => {
  const files = sources();

  it('every folder of src/ has a place in the order', () => {
    const folders = new Set([...files.keys()].filter((f) => f.includes('/')).map((f) => f.split('/')[0]));
    expect([...folders].filter((f) => !(STAGE_ORDER as readonly string[]).includes(f ?? ''))).toEqual([]);
  });

  it('no module imports a later stage, type-only imports included', () => {
    const shown = orderProblems(files).map((p) => `${p.from} -> ${p.to}: ${p.reason}`);
    expect(shown).toEqual([]);
  });

  it('no cycle between folders', () => {
    expect(folderCycles(files)).toEqual([]);
  });

  it('the library outside cli/ and node/ never imports the CLI, yargs or Node I/O', () => {
    const io = /from\s+['"](?:node:)?(?:fs|fs\/promises|process|child_process|yargs)['"]/;
    const offending = [...files].filter(([file, text]) => !/^(cli|node)\//.test(file) && io.test(text));
    expect(offending.map(([file]) => file)).toEqual([]);
  });
});

describe('the import-order checker', () => {
  const order = ['low', 'mid', 'high'];

  it('accepts imports of earlier stages and of its own folder', () => {
    const files = new Map([
      ['high/a.ts', "import { b } from '../mid/b.js';\nimport { c } from './c.js';"],
      ['mid/b.ts', "import type { L } from '../low/l.js';"],
      ['low/l.ts', 'export type L = 1;'],
    ]);
    expect(orderProblems(files, order)).toEqual([]);
    expect(folderCycles(files)).toEqual([]);
  });

  it('catches a backward edge, also when it is type-only', () => {
    const files = new Map([
      ['low/l.ts', "import type { B } from '../mid/b.js';"],
      ['mid/b.ts', 'export type B = 1;'],
    ]);
    const problems = orderProblems(files, order);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ from: 'low/l.ts', to: 'mid/b.ts', typeOnly: true });
  });

  it('catches a cycle between folders', () => {
    const files = new Map([
      ['mid/a.ts', "export { b } from '../high/b.js';"],
      ['high/b.ts', "import { a } from '../mid/a.js';"],
    ]);
    expect(folderCycles(files)).toEqual([['high', 'mid', 'high']]);
    expect(orderProblems(files, order).map((p) => p.from)).toEqual(['mid/a.ts']);
  });

  it('catches a dynamic import of a later stage and a folder outside the order', () => {
    const files = new Map([
      ['low/l.ts', "const m = await import('../high/h.js');"],
      ['stray/s.ts', "import { l } from '../low/l.js';"],
    ]);
    expect(orderProblems(files, order).map((p) => p.reason)).toEqual([
      "'low' may not import the later stage 'high'",
      "folder 'stray' is not in the stage order",
    ]);
  });
});

describe('ARCHITECTURE.md', () => {
  it('lists every stage, in the order the test enforces', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', 'ARCHITECTURE.md'), 'utf8');
    const listed = [...doc.matchAll(/^\|\s*\d+\s*\|\s*`([^`]+)`/gm)].map((m) => m[1]);
    expect(listed).toEqual(STAGE_ORDER.map((s) => (s === '(root)' ? 'index.ts' : s)));
  });
});
