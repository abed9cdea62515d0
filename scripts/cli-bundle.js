// Build step (shared): how the command line is bundled, for the CLI itself (build.js) and for the bench's
// floor program, which must load as the CLI does. Input: nothing. Output: esbuild options, the plugins
// that take work off every start, and a check that each plugin found what it works on.
import { deferCostlyConstants } from './defer-constants.js';
import { chevrotainSafeMode } from './chevrotain-safe-mode.js';

export function cliBundle() {
  const deferral = deferCostlyConstants();
  const safeMode = chevrotainSafeMode();
  return {
    plugins: [deferral.plugin, safeMode.plugin],
    options: {
      bundle: true,
      splitting: true,
      platform: 'node',
      // Prefer ES modules: jsonc-parser's UMD build hides its requires from the bundler.
      mainFields: ['module', 'main'],
      format: 'esm',
      target: 'node22',
      minifySyntax: true,
      // Bundled CommonJS dependencies still call require(); give ESM output a real one.
      banner: {
        js: "import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);",
      },
      logLevel: 'warning',
    },
    /** Throws when a plugin found nothing to work on (a dependency upgrade changed it). */
    checks() {
      if (deferral.deferred() === 0) throw new Error('defer-costly-constants: nothing found to defer');
      if (!safeMode.patched()) throw new Error("chevrotain-safe-mode: chevrotain's lexer was not bundled");
    },
  };
}
