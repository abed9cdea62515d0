// Declarations of chevrotain-safe-mode.js (a build script in plain JavaScript, which node runs unbuilt).
import type { Plugin } from 'esbuild';

/** The lexer source with the table made only outside safe mode; throws when the call is not there. */
export function skipTableInSafeMode(source: string, path: string): string;

/** The esbuild plugin; `patched()` says whether chevrotain's lexer went through it. */
export function chevrotainSafeMode(): { patched: () => boolean; plugin: Plugin };
