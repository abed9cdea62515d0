#!/usr/bin/env node
// CLI entry: refuses a Node.js older than spac supports, in its own words, then starts the command line.
// Input: process.version and argv. Output: the exit code (set by start.ts).
// `process` is the global, not imported: an import of node:process builds a module facade that reads every
// property of it once, standard input's stream among them (4 ms of `spac --version`).
import * as nodeModule from 'node:module';
import { NODE_FLOOR, tooOld } from './node-floor.js';
import pkg from '../../package.json' with { type: 'json' };

if (tooOld(process.versions.node)) {
  // Before anything else loads: on an older Node the modules below fail with messages that name neither
  // spac nor the fix.
  process.stderr.write(
    `spac: needs Node.js ${NODE_FLOOR} or later; this is Node.js ${process.versions.node}\n`,
  );
  process.exitCode = 2;
} else if (process.argv.length === 3 && process.argv[2] === '--version') {
  // What scripts and editors ask first, answered without loading the command line.
  process.stdout.write(`${pkg.version}\n`);
} else {
  // V8's compile cache (Node 22.1+) keeps the compiled bundle on disk between runs: a cold start no
  // longer compiles the schema data and the parsers. NODE_DISABLE_COMPILE_CACHE=1 turns it off. (A
  // namespace import: a named one would fail to link on the old Node this file must still explain
  // itself to.)
  nodeModule.enableCompileCache();
  const { start } = await import('./start.js');
  await start(new URL(import.meta.url));
}
