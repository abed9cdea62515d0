// CLI shell: yargs definitions of the profile commands (compile, check, fmt), each loading its module lazily.
// Input: a selector for the command to run. Output: yargs command modules.
import type { Argv } from 'yargs';
import {
  diagnosticsOption,
  keyArgs,
  keyOptions,
  type KeyArgv,
  outputOption,
  schemaArgs,
  schemaOption,
  showDash,
  showDashes,
  targetOption,
  type Select,
} from './argv.js';

const compileOptions = {
  output: outputOption,
  format: {
    alias: 'f',
    choices: ['xml', 'text', 'bin'],
    default: 'xml',
    describe: 'output format (bin: the compact binary, see grammar/binary-format.md)',
  },
  ...keyOptions,
  gzip: { type: 'boolean', describe: 'compress before encrypting (xml, text); the phone detects gzip' },
  reproducible: {
    type: 'boolean',
    describe: 'salt from the key and the profile: an unchanged profile gives identical bytes',
  },
  mac: {
    type: 'string',
    requiresArg: true,
    describe: 'bin: only the device with this MAC can read the file',
  },
  config: {
    type: 'string',
    requiresArg: true,
    describe: 'config file to use instead of the nearest spac.config.json above the first input',
  },
  diagnostics: diagnosticsOption,
  target: targetOption,
  schema: schemaOption,
} as const;

interface CompileArgv extends KeyArgv {
  inputs: string[] | undefined;
  output: string;
  format: 'xml' | 'text' | 'bin';
  gzip: boolean | undefined;
  reproducible: boolean | undefined;
  mac: string | undefined;
  config: string | undefined;
  diagnostics: 'pretty' | 'compact' | 'json';
  target: string | undefined;
  schema: string | string[] | undefined;
}

export function compileCommand(select: Select) {
  return {
    command: 'compile <inputs..>',
    describe: 'layer profiles (later wins) and write one validated profile, optionally encrypted',
    builder: (y: Argv) =>
      y
        .positional('inputs', {
          type: 'string',
          array: true,
          describe: 'SPC text or XML profiles (plain, gzip or encrypted), or - for stdin',
        })
        .options(compileOptions)
        .example('$0 compile site.cfg -o site.xml', 'SPC text to XML')
        .example('$0 compile site.cfg --target SPA504G -o site.xml', 'check against one model first')
        .example('$0 compile base.xml site.xml -o - --format text', 'layer two XML files, print text')
        .example('$0 compile site.cfg -o site.cfg.enc --key-env GPP_SA', "for a rule '[--key $SA] ...'")
        .example('$0 compile site.cfg -o site.bin --format bin --target SPA504G', 'compact binary'),
    handler: (a: CompileArgv) => {
      select(async (io) => {
        const { runCompile } = await import('./commands/compile.js');
        const args = {
          inputs: showDashes(a.inputs),
          output: showDash(a.output),
          format: a.format,
          diagnostics: a.diagnostics,
          gzip: a.gzip ?? false,
          reproducible: a.reproducible ?? false,
          ...(a.mac === undefined ? {} : { mac: a.mac }),
          ...(a.config === undefined ? {} : { config: a.config }),
          ...keyArgs(a),
          ...schemaArgs(a),
        };
        return runCompile(args, io);
      });
    },
  };
}

const configOption = {
  type: 'string',
  requiresArg: true,
  describe: 'config file to use instead of the nearest spac.config.json above each profile',
} as const;

const checkOptions = {
  format: {
    alias: 'f',
    choices: ['pretty', 'compact', 'json', 'sarif', 'github'],
    default: 'pretty',
    describe: 'report format: sarif for code scanning, github for workflow annotations and a step summary',
  },
  'max-warnings': {
    type: 'number',
    requiresArg: true,
    describe: 'exit 1 when there are more warnings than this',
  },
  'fail-on': {
    choices: ['error', 'warning'],
    default: 'error',
    describe: 'the lowest severity that makes the exit code 1',
  },
  config: configOption,
  target: targetOption,
  schema: schemaOption,
  encrypted: {
    type: 'boolean',
    describe: 'the profile is delivered encrypted: secrets in it are not a warning',
  },
  ...keyOptions,
} as const;

interface CheckArgv extends KeyArgv {
  files: string[] | undefined;
  format: 'pretty' | 'compact' | 'json' | 'sarif' | 'github';
  'max-warnings': number | undefined;
  'fail-on': 'error' | 'warning';
  config: string | undefined;
  target: string | undefined;
  schema: string | string[] | undefined;
  encrypted: boolean | undefined;
}

export function checkCommand(select: Select) {
  return {
    command: 'check <files..>',
    describe: 'lint profiles and what they import; write nothing',
    builder: (y: Argv) =>
      y
        .positional('files', {
          type: 'string',
          array: true,
          describe: 'SPC text or XML profiles (plain, gzip or encrypted), or - for stdin',
        })
        .options(checkOptions)
        .example('$0 check site.cfg', 'report problems with a code frame')
        .example('$0 check --target SPA504G site.cfg', 'check against one model')
        .example('$0 check --format json profiles/*.xml', 'machine-readable report for CI')
        .example('$0 check site.cfg.enc --key-file sa.key', 'check an encrypted profile')
        .example('$0 check --format sarif profiles/*.cfg > spac.sarif', 'for GitHub code scanning')
        .example('$0 check --format github --max-warnings 0 profiles/*.xml', 'annotations in a workflow'),
    handler: (a: CheckArgv) => {
      select(async (io) => {
        const { runCheck } = await import('./commands/check.js');
        const args = {
          files: showDashes(a.files),
          format: a.format,
          encrypted: a.encrypted ?? false,
          failOn: a['fail-on'],
          ...(a['max-warnings'] === undefined ? {} : { maxWarnings: a['max-warnings'] }),
          ...(a.config === undefined ? {} : { config: a.config }),
        };
        return runCheck({ ...args, ...keyArgs(a), ...schemaArgs(a) }, io);
      });
    },
  };
}

interface FmtArgv extends KeyArgv {
  files: string[] | undefined;
  check: boolean | undefined;
  write: boolean | undefined;
}

export function fmtCommand(select: Select) {
  return {
    command: 'fmt <files..>',
    describe: 'print profiles in canonical layout (text stays text, XML stays XML)',
    builder: (y: Argv) =>
      y
        .positional('files', { type: 'string', array: true, describe: 'profiles to format, or - for stdin' })
        .option('check', { type: 'boolean', describe: 'list files that would change; exit 1 if any' })
        .option('write', { alias: 'w', type: 'boolean', describe: 'rewrite files in place' })
        .options(keyOptions)
        .conflicts('check', 'write')
        .example('$0 fmt site.cfg', 'print the formatted profile')
        .example('$0 fmt --write profiles/*.cfg', 'format in place')
        .example('$0 fmt --check profiles/*.cfg', 'fail CI when a file is not formatted'),
    handler: (a: FmtArgv) => {
      select(async (io) => {
        const { runFmt } = await import('./commands/fmt.js');
        const args = { files: showDashes(a.files), check: a.check ?? false, write: a.write ?? false };
        return runFmt({ ...args, ...keyArgs(a) }, io);
      });
    },
  };
}
