// Build: the library (tsc, with declarations) and one bundled CLI file (esbuild) whose commands load lazily.
// Input: src/. Output: dist/lib/** and dist/cli.js (+ dist/chunks/* loaded on demand); fails on a
// built-in schema the meta-check rejects.
import { build } from 'esbuild';
import process from 'node:process';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { basename } from 'node:path';

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
// A built-in schema that fails the meta-check fails the build, not a user's run.
const { builtinProblems } = await import(pathToFileURL('dist/lib/schema/builtin.js').href);
const problems = await builtinProblems();
if (problems.length > 0) throw new Error(problems.join('\n'));
/** The built-in schema data ships once: the command line's chunks (dist/chunks/) import the library's
 * JSON files (dist/lib/schema/data/) instead of a second copy. */
const sharedSchemaData = {
  name: 'shared-schema-data',
  setup(b) {
    b.onResolve({ filter: /\.generated\.json$/ }, (args) => ({
      path: `../lib/schema/data/${basename(args.path)}`,
      external: true,
    }));
  },
};

/** string-width (yargs' help layout) makes an Intl.Segmenter and compiles /^\p{RGI_Emoji}$/v when it
 * loads: ~20 ms each of every start (ICU's break data, a huge character class), though only help text and
 * tables measure widths. Each is made on first use instead. Only a constant used solely through method calls
 * is deferred; a dependency that uses one otherwise fails the build, so an upgrade that changes the shape is
 * seen, not silently slow. */
const costlyConstant = /^const (\w+) = (new Intl\.Segmenter\(\)|\/\^\\p\{RGI_Emoji\}\$\/v);$/gm;
let deferredConstants = 0;
const deferCostlyConstants = {
  name: 'defer-costly-constants',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!costlyConstant.test(source)) return undefined;
      const code = source.replace(/\/\/.*$/gm, '');
      const contents = source.replace(costlyConstant, (_, name, make) => {
        const methods = [...code.matchAll(new RegExp(`\\b${name}\\b(\\.(\\w+)\\()?`, 'g'))].slice(1);
        if (methods.some((use) => use[2] === undefined))
          throw new Error(`${args.path}: '${name}' is used other than by its methods`);
        deferredConstants++;
        const made = `${name}Made`;
        const calls = [...new Set(methods.map((use) => use[2]))].map(
          (method) => `${method}: (...a) => (${made} ??= ${make}).${method}(...a)`,
        );
        return `let ${made}; const ${name} = { ${calls.join(', ')} };`;
      });
      return { contents, loader: 'js' };
    });
  },
};

await build({
  plugins: [sharedSchemaData, deferCostlyConstants],
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
if (deferredConstants === 0) throw new Error('defer-costly-constants: nothing found to defer');
