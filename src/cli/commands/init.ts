// CLI command `spac init`: a starter spac.config.json in the working directory, every setting explained.
// Input: an optional target model, --force. Output: the file (refused when one exists), exit 0, 1 or 2.
import type { Io } from '../io.js';
import { schemaOptions } from '../../workspace/schema-choice.js';
import { CONFIG_FILE } from '../../workspace/config.js';
import { EXIT_OK, EXIT_USAGE, refuse, report, writeOutput } from '../output.js';
import { targetOption, usageError } from '../options.js';
import type { Argv, InferredOptionTypes } from 'yargs';

/** Where a project that installed spac finds the config's JSON Schema (editors complete from it). */
const LOCAL_SCHEMA = './node_modules/spac/schemas/spac.config.schema.json';

export interface InitArgs {
  readonly target?: string;
  readonly force: boolean;
}

export async function runInit(args: InitArgs, io: Io): Promise<number> {
  if (args.target !== undefined) {
    // An unknown model is refused here, with the models spac knows, not at the first check.
    const picked = await schemaOptions({ target: args.target }, io);
    if (!picked.ok) return refuse(picked, io);
  }
  if (!args.force && (await io.readFile(CONFIG_FILE)).ok)
    return usageError(io, `${CONFIG_FILE} exists: --force replaces it`, 'init');
  const schema = (await io.readFile(LOCAL_SCHEMA)).ok;
  const failed = await writeOutput(CONFIG_FILE, starter(args.target, schema), io);
  if (failed) {
    report([failed], new Map(), io, io.stderr);
    return EXIT_USAGE;
  }
  io.stderr.write(`wrote ${CONFIG_FILE}${args.target ? ` for ${args.target}` : ''}\n`);
  return EXIT_OK;
}

function starter(target: string | undefined, schema: boolean): string {
  const lines = [
    '{',
    ...(schema ? [`  "$schema": "${LOCAL_SCHEMA}",`] : []),
    "  // The model the profiles below this folder are checked against (spac schema list). A profile's",
    '  // "# spac: target=..." comment, or an override, says otherwise for that file.',
    target === undefined
      ? '  // "target": "SPA504G",  (without one, a profile is checked against every built-in family)'
      : `  "target": "${target}",`,
    '  // "off", "warning" or "error" per code (spac explain lists them), e.g. { "SPAC3005": "off" }.',
    '  "rules": {},',
    '  // Files that folders and globs on the command line leave out (.gitignore syntax).',
    '  "ignore": [],',
    '  // Other settings for the files these globs match, e.g.',
    '  // { "files": ["ata/**/*.cfg"], "target": "SPA2102" }',
    '  "overrides": []',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

const options = {
  target: { ...targetOption, describe: 'the model to check against, such as SPA504G (spac schema list)' },
  force: { type: 'boolean', describe: `replace an existing ${CONFIG_FILE}` },
} as const;

export type InitArgv = InferredOptionTypes<typeof options>;

export const builder = (y: Argv): Argv =>
  y
    .options(options)
    .example('$0 init --target SPA504G', `a ${CONFIG_FILE} for a fleet of SPA504G phones`)
    .example('$0 init', 'one that checks against every built-in family');

export function run(a: InitArgv, io: Io): Promise<number> {
  return runInit({ ...(a.target === undefined ? {} : { target: a.target }), force: a.force ?? false }, io);
}
