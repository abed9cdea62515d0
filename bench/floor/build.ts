// Bench (floor): bundles the floor program as spac's command line is bundled (scripts/cli-bundle.js:
// split chunks loaded on demand, the same start-up plugins). Input: an output folder. Output: the path of the
// program to run with node.
import { build } from 'esbuild';
import { join } from 'node:path';
import { cliBundle } from '../../scripts/cli-bundle.js';

export async function buildFloor(dir: string): Promise<string> {
  const outdir = join(dir, 'floor');
  const bundle = cliBundle();
  await build({
    ...bundle.options,
    plugins: bundle.plugins,
    entryPoints: { floor: join(import.meta.dirname, 'entry.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
  });
  bundle.checks();
  return join(outdir, 'floor.mjs');
}
