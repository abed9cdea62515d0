// Declarations of defer-constants.js (a build script in plain JavaScript, which node runs unbuilt), for
// the TypeScript that uses it: its tests and the bench's floor program.
import type { Plugin } from 'esbuild';

/** The source with each costly constant made on its first method call; `found` counts them. */
export function deferConstants(source: string, path: string, found?: () => void): string;

/** The esbuild plugin; `deferred()` says how many constants it deferred. */
export function deferCostlyConstants(): { deferred: () => number; plugin: Plugin };
