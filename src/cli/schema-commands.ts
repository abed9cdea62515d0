// CLI shell: yargs definitions of `spac schema list|show|import|export` and `spac sample`.
// Input: a selector for the command to run. Output: yargs command modules; the work loads lazily.
import type { Argv } from 'yargs';
import { outputOption, schemaArgs, schemaOption, showDash, targetOption, type Select } from './argv.js';

interface SchemaFlags {
  target: string | undefined;
  schema: string | string[] | undefined;
}

const withSchemaFlags = (y: Argv) => y.option('target', targetOption).option('schema', schemaOption);
const jsonFlag = { type: 'boolean' as const, describe: 'print JSON instead of text' };

export function schemaCommand(select: Select) {
  return {
    command: 'schema <command>',
    describe: 'list models, show parameters, import and export schemas',
    builder: (y: Argv) =>
      y
        .command(listCommand(select))
        .command(showCommand(select))
        .command(importCommand(select))
        .command(exportCommand(select))
        .demandCommand(1, 'name a schema command: list, show, import or export'),
    handler: () => undefined,
  };
}

function listCommand(select: Select) {
  return {
    command: 'list',
    describe: 'families and models spac knows',
    builder: (y: Argv) => withSchemaFlags(y).option('json', jsonFlag),
    handler: (a: SchemaFlags & { json: boolean | undefined }) => {
      select(async (io) =>
        (await import('./commands/schema.js')).runSchemaList({ json: a.json ?? false, ...schemaArgs(a) }, io),
      );
    },
  };
}

function showCommand(select: Select) {
  return {
    command: 'show <parameter>',
    describe: 'type, default, options, access and description of a parameter',
    builder: (y: Argv) =>
      withSchemaFlags(y)
        .positional('parameter', { type: 'string', describe: 'text name or XML tag, such as Line_Enable[1]' })
        .option('json', jsonFlag)
        .example('$0 schema show Time_Zone', 'the options of Time_Zone')
        .example("$0 schema show 'Proxy[2]' --target SPA504G", 'as SPA504G has it'),
    handler: (a: SchemaFlags & { parameter: string | undefined; json: boolean | undefined }) => {
      const args = { parameter: a.parameter ?? '', json: a.json ?? false, ...schemaArgs(a) };
      select(async (io) => (await import('./commands/schema.js')).runSchemaShow(args, io));
    },
  };
}

function importCommand(select: Select) {
  return {
    command: 'import <file>',
    describe: "build a schema from a sample profile (SPC text or XML) or a phone's spacfg.xml export",
    builder: (y: Argv) =>
      y
        .positional('file', { type: 'string', describe: 'the sample profile, or - for stdin' })
        .option('output', outputOption)
        .option('family', { type: 'string', describe: 'family name (default: the file name)' })
        .option('title', { type: 'string', describe: 'a title for the family' })
        .option('model', {
          type: 'string',
          array: true,
          describe: 'a model as NAME:LINES, such as SPA504G:4; repeatable',
        })
        .example(
          '$0 schema import spa504g.cfg --model SPA504G:4 -o spa504g.json',
          'then: spac check --schema spa504g.json',
        ),
    handler: (a: {
      file: string | undefined;
      output: string;
      family: string | undefined;
      title: string | undefined;
      model: string[] | undefined;
    }) => {
      const args = {
        file: showDash(a.file ?? '-'),
        output: showDash(a.output),
        family: a.family,
        title: a.title,
        models: a.model ?? [],
      };
      select(async (io) => (await import('./commands/schema-import.js')).runSchemaImport(args, io));
    },
  };
}

function exportCommand(select: Select) {
  return {
    command: 'export',
    describe: 'write a JSON Schema of a model (or of every family) for other tools',
    builder: (y: Argv) =>
      withSchemaFlags(y)
        .option('format', {
          choices: ['json-schema', 'spac'] as const,
          default: 'json-schema' as const,
          describe:
            "json-schema, or spac: the target's family in spac's own format, to edit and use with --schema",
        })
        .option('output', outputOption)
        .example('$0 schema export --target SPA504G --format json-schema -o spa504g.schema.json', ''),
    handler: (a: SchemaFlags & { format: 'json-schema' | 'spac'; output: string }) => {
      const args = { format: a.format, output: showDash(a.output), ...schemaArgs(a) };
      select(async (io) => (await import('./commands/schema.js')).runSchemaExport(args, io));
    },
  };
}

export function sampleCommand(select: Select) {
  return {
    command: 'sample',
    describe: 'write a full sample profile of a model: defaults, access markers and option lists',
    builder: (y: Argv) =>
      withSchemaFlags(y)
        .demandOption('target', 'name a model with --target, such as SPA504G')
        .option('format', {
          alias: 'f',
          choices: ['text', 'xml'] as const,
          default: 'text' as const,
          describe: 'output format',
        })
        .option('output', outputOption)
        .example('$0 sample --target SPA504G -o spa504g.cfg', 'an SPC text sample to start from'),
    handler: (a: SchemaFlags & { format: 'text' | 'xml'; output: string }) => {
      const args = { target: a.target ?? '', format: a.format, output: showDash(a.output), ...schemaArgs(a) };
      select(async (io) => (await import('./commands/sample.js')).runSample(args, io));
    },
  };
}
