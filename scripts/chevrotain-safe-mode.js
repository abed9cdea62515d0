// Build step (an esbuild plugin): chevrotain's lexers, in the safe mode every lexer of spac runs in, skip a
// table that only the optimised mode reads. Input: chevrotain's lexer source as bundled. Output: the same
// source with that table built only outside safe mode, and whether it was found (the build fails if not).
import { readFile } from 'node:fs/promises';

/** chevrotain builds a 65,536-entry table from character codes to its first-character buckets when a
 * lexer is made, in any mode (4-5 ms of every start, in V8's interpreter, and half a megabyte kept for
 * good); only the first-character optimisation reads it, which safe mode turns off (every read is behind
 * `safeMode === false`). Upstream's comment on it already asks for it to be made lazily. */
const initCall =
  /tracer\("initCharCodeToOptimizedIndexMap", \(\) => \{\s*initCharCodeToOptimizedIndexMap\(\);\s*\}\);/;

/** The lexer source with the table made only outside safe mode; throws when the call is not there. */
export function skipTableInSafeMode(source, path) {
  if (!initCall.test(source)) throw new Error(`${path}: chevrotain's character-code table call not found`);
  return source.replace(initCall, (call) => `if (!options.safeMode) ${call}`);
}

/** The esbuild plugin; `patched()` says whether chevrotain's lexer went through it. */
export function chevrotainSafeMode() {
  let patched = false;
  return {
    patched: () => patched,
    plugin: {
      name: 'chevrotain-safe-mode',
      setup(b) {
        b.onLoad(
          { filter: /[\\/]node_modules[\\/]chevrotain[\\/]lib[\\/]src[\\/]scan[\\/]lexer\.js$/ },
          async (args) => {
            const source = await readFile(args.path, 'utf8');
            patched = true;
            return { contents: skipTableInSafeMode(source, args.path), loader: 'js' };
          },
        );
      },
    },
  };
}
