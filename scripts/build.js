// Build: the library (tsc, with declarations) and one bundled CLI file (esbuild) whose commands load lazily.
// Input: src/. Output: dist/lib/** and dist/cli.js (+ dist/chunks/* loaded on demand); fails on a
// built-in schema the meta-check rejects.
import { build } from 'esbuild';
import process from 'node:process';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { basename, join } from 'node:path';
import { deferCostlyConstants } from './defer-constants.js';
import { chevrotainSafeMode } from './chevrotain-safe-mode.js';

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

const deferral = deferCostlyConstants();
const safeMode = chevrotainSafeMode();

await build({
  plugins: [sharedSchemaData, deferral.plugin, safeMode.plugin],
  entryPoints: { cli: 'src/cli/bin.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  // Prefer ES modules: jsonc-parser's UMD build hides its requires from the bundler.
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node22',
  minifySyntax: true,
  legalComments: 'linked',
  // Bundled CommonJS dependencies still call require(); give ESM output a real one.
  banner: {
    js: "import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
if (deferral.deferred() === 0) throw new Error('defer-costly-constants: nothing found to defer');
if (sharedData === 0) throw new Error('shared-schema-data: no schema data import found to share');
if (!safeMode.patched()) throw new Error("chevrotain-safe-mode: chevrotain's lexer was not bundled");
