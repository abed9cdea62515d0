// Build: the library (tsc, with declarations) and one bundled CLI file (esbuild) whose commands load lazily.
// Input: src/. Output: dist/lib/** and dist/cli.js (+ dist/chunks/* loaded on demand); fails on a
// built-in schema the meta-check rejects.
import { build } from 'esbuild';
import process from 'node:process';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { basename, join } from 'node:path';
import { cliBundle } from './cli-bundle.js';

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
// tsc re-indents the schema data it copies; a start reads and parses it, so it ships without layout.
const schemaData = 'dist/lib/schema/data';
for (const name of readdirSync(schemaData).filter((n) => n.endsWith('.json'))) {
  const path = join(schemaData, name);
  writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
}
// A built-in schema that fails the meta-check fails the build, not a user's run.
const { builtinProblems } = await import(pathToFileURL('dist/lib/schema/builtin.js').href);
const problems = await builtinProblems();
if (problems.length > 0) throw new Error(problems.join('\n'));
/** The built-in schema data ships once: the command line's chunks (dist/chunks/) import the library's
 * JSON files (dist/lib/schema/data/) instead of a second copy as object literals. Any JSON under
 * src/schema/data/ is that data; the build fails when none is met (a renamed file would be bundled). */
let sharedData = 0;
const sharedSchemaData = {
  name: 'shared-schema-data',
  setup(b) {
    b.onResolve({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
      if (!/[\\/]src[\\/]schema[\\/][^\\/]+$/.test(args.importer)) return undefined;
      sharedData++;
      return { path: `../lib/schema/data/${basename(args.path)}`, external: true };
    });
  },
};

const bundle = cliBundle();

await build({
  ...bundle.options,
  plugins: [sharedSchemaData, ...bundle.plugins],
  entryPoints: { cli: 'src/cli/bin.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
});
bundle.checks();
if (sharedData === 0) throw new Error('shared-schema-data: no schema data import found to share');
