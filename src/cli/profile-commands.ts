// CLI shell: yargs definitions of the profile commands (compile, check, fmt), each loading its module lazily.
// Input: a selector for the command to run. Output: yargs command modules.
import type { Argv } from 'yargs';
import {
  diagnosticsOption,
  outputOption,
  schemaArgs,
  schemaOption,
  showDash,
  showDashes,
  targetOption,
  type Select,
} from './argv.js';

export function compileCommand(select: Select) {
  return {
    command: 'compile <inputs..>',
    describe: 'layer profiles (later wins) and write one validated profile',
    builder: (y: Argv) =>
      y
        .positional('inputs', {
          type: 'string',
          array: true,
          describe: 'SPC text or XML profiles, or - for stdin',
        })
        .option('output', outputOption)
        .option('format', {
          alias: 'f',
          choices: ['xml', 'text'] as const,
          default: 'xml' as const,
          describe: 'output format',
        })
        .option('diagnostics', diagnosticsOption)
        .option('target', targetOption)
        .option('schema', schemaOption)
        .example('$0 compile site.cfg -o site.xml', 'SPC text to XML')
        .example('$0 compile site.cfg --target SPA504G -o site.xml', 'check against one model first')
        .example('$0 compile base.xml site.xml -o - --format text', 'layer two XML files, print text'),
    handler: (a: {
      inputs: string[] | undefined;
      output: string;
      format: 'xml' | 'text';
      diagnostics: 'pretty' | 'compact' | 'json';
      target: string | undefined;
      schema: string | string[] | undefined;
    }) => {
      select(async (io) => {
        const { runCompile } = await import('./commands/compile.js');
        return runCompile(
          {
            inputs: showDashes(a.inputs),
            output: showDash(a.output),
            format: a.format,
            diagnostics: a.diagnostics,
            ...schemaArgs(a),
          },
          io,
        );
      });
    },
  };
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
          describe: 'SPC text or XML profiles, or - for stdin',
        })
        .option('format', { ...diagnosticsOption, alias: 'f' })
        .option('target', targetOption)
        .option('schema', schemaOption)
        .option('encrypted', {
          type: 'boolean',
          describe: 'the profile is delivered encrypted: secrets in it are not a warning',
        })
        .example('$0 check site.cfg', 'report problems with a code frame')
        .example('$0 check --target SPA504G site.cfg', 'check against one model')
        .example('$0 check --format json profiles/*.xml', 'machine-readable report for CI'),
    handler: (a: {
      files: string[] | undefined;
      format: 'pretty' | 'compact' | 'json';
      target: string | undefined;
      schema: string | string[] | undefined;
      encrypted: boolean | undefined;
    }) => {
      select(async (io) => {
        const { runCheck } = await import('./commands/check.js');
        const args = { files: showDashes(a.files), format: a.format, encrypted: a.encrypted ?? false };
        return runCheck({ ...args, ...schemaArgs(a) }, io);
      });
    },
  };
}

export function fmtCommand(select: Select) {
  return {
    command: 'fmt <files..>',
    describe: 'print profiles in canonical layout (text stays text, XML stays XML)',
    builder: (y: Argv) =>
      y
        .positional('files', { type: 'string', array: true, describe: 'profiles to format, or - for stdin' })
        .option('check', {
          type: 'boolean',
          describe: 'list files that would change; exit 1 if any',
        })
        .option('write', { alias: 'w', type: 'boolean', describe: 'rewrite files in place' })
        .conflicts('check', 'write')
        .example('$0 fmt site.cfg', 'print the formatted profile')
        .example('$0 fmt --write profiles/*.cfg', 'format in place')
        .example('$0 fmt --check profiles/*.cfg', 'fail CI when a file is not formatted'),
    handler: (a: { files: string[] | undefined; check: boolean | undefined; write: boolean | undefined }) => {
      select(async (io) => {
        const { runFmt } = await import('./commands/fmt.js');
        return runFmt({ files: showDashes(a.files), check: a.check ?? false, write: a.write ?? false }, io);
      });
    },
  };
}
