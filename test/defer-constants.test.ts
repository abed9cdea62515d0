// Build step: the constants the CLI bundle defers (scripts/defer-constants.js) behave as the dependency's
// own. Each copy of string-width is bundled twice, with and without the plugin, and both measure alike.
import { build } from 'esbuild';
import { globSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deferConstants, deferCostlyConstants } from '../scripts/defer-constants.js';

const repo = join(import.meta.dirname, '..');
// Every copy npm installed (yargs and cliui each bring their own).
const copies = globSync('node_modules/**/string-width/index.js', { cwd: repo });
// ASCII takes string-width's fast path; the rest reach the segmenter and the emoji pattern.
const samples = [
  '',
  'Resync_Periodic',
  'naïve',
  '日本語',
  '👍🏽',
  '👨‍👩‍👧',
  '1️⃣',
  'e\u0301',
  '\u200b',
  'ｱｲ',
  '한국어',
];

type Width = (text: string) => number;

async function bundled(entry: string, defer: boolean): Promise<Width> {
  const dir = mkdtempSync(join(tmpdir(), 'spac-defer-'));
  const deferral = (deferCostlyConstants as () => { plugin: object; deferred: () => number })();
  const out = await build({
    entryPoints: [join(repo, entry)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    plugins: defer ? [deferral.plugin as never] : [],
    logLevel: 'silent',
  });
  if (defer) expect(deferral.deferred()).toBeGreaterThan(0);
  const file = join(dir, 'width.mjs');
  writeFileSync(file, out.outputFiles[0]?.text ?? '');
  return ((await import(pathToFileURL(file).href)) as { default: Width }).default;
}

describe('deferred dependency constants', () => {
  it('finds string-width installed', () => {
    expect(copies.length).toBeGreaterThan(0);
  });
  for (const entry of copies)
    it(`measures as ${entry} does`, async () => {
      const [own, deferred] = await Promise.all([bundled(entry, false), bundled(entry, true)]);
      for (const text of samples) expect(deferred(text), text).toBe(own(text));
    });

  it('refuses a constant used other than through its methods', () => {
    const source = 'const segmenter = new Intl.Segmenter();\nexport const s = segmenter;\n';
    expect(() => deferConstants(source, 'x.js')).toThrow(/used other than by its methods/);
  });
});
