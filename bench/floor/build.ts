// Bench (floor): bundles the floor program as spac's command line is bundled (esbuild, split chunks
// loaded on demand, yargs' costly constants deferred). Input: an output folder. Output: the path of the
// program to run with node.
import { build } from 'esbuild';
import { join } from 'node:path';
import { deferCostlyConstants } from '../../scripts/defer-constants.js';

export async function buildFloor(dir: string): Promise<string> {
  const outdir = join(dir, 'floor');
  await build({
    plugins: [deferCostlyConstants().plugin],
    entryPoints: { floor: join(import.meta.dirname, 'entry.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    mainFields: ['module', 'main'],
    format: 'esm',
    target: 'node22',
    minifySyntax: true,
    banner: {
      js: "import { createRequire as __floorCreateRequire } from 'node:module'; const require = __floorCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return join(outdir, 'floor.mjs');
}
