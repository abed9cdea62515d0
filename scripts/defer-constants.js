// Build step (an esbuild plugin): dependency constants that cost start-up time are made on first use.
// Input: the bundled node_modules sources. Output: the same sources with those constants deferred, and a
// count of them (the build fails on none: a dependency upgrade that drops the shape is then seen).
import { readFile } from 'node:fs/promises';

/** string-width (yargs' help layout) makes an Intl.Segmenter and compiles /^\p{RGI_Emoji}$/v when it
 * loads: ~20 ms each of every start (ICU's break data, a huge character class), though only help text
 * and tables measure widths. Only a constant used solely through method calls is deferred; one used
 * otherwise fails the build rather than changing what the dependency does. */
const costlyConstant = () => /^const (\w+) = (new Intl\.Segmenter\(\)|\/\^\\p\{RGI_Emoji\}\$\/v);$/gm;

/** The source with each costly constant made on its first method call; `found` counts them. */
export function deferConstants(source, path, found = () => {}) {
  const code = source.replace(/\/\/.*$/gm, '');
  return source.replace(costlyConstant(), (_, name, make) => {
    const uses = [...code.matchAll(new RegExp(`\\b${name}\\b(\\.(\\w+)\\()?`, 'g'))].slice(1);
    if (uses.length === 0 || uses.some((use) => use[2] === undefined))
      throw new Error(`${path}: '${name}' is used other than by its methods`);
    found();
    const made = `${name}Made`;
    const calls = [...new Set(uses.map((use) => use[2]))].map(
      (method) => `${method}: (...a) => (${made} ??= ${make}).${method}(...a)`,
    );
    return `let ${made}; const ${name} = { ${calls.join(', ')} };`;
  });
}

/** The esbuild plugin; `deferred()` says how many constants it deferred. */
export function deferCostlyConstants() {
  let count = 0;
  return {
    deferred: () => count,
    plugin: {
      name: 'defer-costly-constants',
      setup(b) {
        b.onLoad({ filter: /[\\/]node_modules[\\/].*\.js$/ }, async (args) => {
          const source = await readFile(args.path, 'utf8');
          if (!costlyConstant().test(source)) return undefined;
          return { contents: deferConstants(source, args.path, () => count++), loader: 'js' };
        });
      },
    },
  };
}
