// Declarations of cli-bundle.js (a build script in plain JavaScript, which node runs unbuilt).
import type { BuildOptions, Plugin } from 'esbuild';

export function cliBundle(): { plugins: Plugin[]; options: BuildOptions; checks: () => void };
