// CLI commands `spac schema list|show|export`: what the schemas know, for people and for other tools.
// Input: schema flags, a parameter name, an output format. Output: text or JSON on stdout (or a file).
import { describeParameter, findParameter, type ParameterDescription } from '../../schema/describe.js';
import { toJsonSchema } from '../../schema/json-schema.js';
import { findModel, schemaIndex } from '../../schema/lookup.js';
import { closest } from '../../text/distance.js';
import type { Io } from '../io.js';
import { schemaOptions, type SchemaArgs } from '../../workspace/schema-choice.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, report, writeOutput, refuse } from '../output.js';
import { outputOption, schemaArgs, schemaOption, showDash, targetOption } from '../options.js';
import type { Argv, InferredOptionTypes, Options } from 'yargs';
import type { Select } from '../lazy-command.js';
import { runSchemaImport } from './schema-import.js';

export interface ListArgs extends SchemaArgs {
  readonly json: boolean;
}

export async function runSchemaList(args: ListArgs, io: Io): Promise<number> {
  const picked = await schemaOptions(args, io);
  if (!picked.ok) return refuse(picked, io);
  const rows = picked.schemas.map((s) => ({
    family: s.family,
    title: s.title,
    parameters: s.parameters.length,
    models: s.models.map((m) => ({ name: m.name, lines: m.lines })),
  }));
  if (args.json) {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT_OK;
  }
  for (const r of rows) {
    io.stdout.write(`${r.family}: ${r.title} (${r.parameters} parameters)\n`);
    for (const m of r.models)
      io.stdout.write(`  ${m.name.padEnd(10)} ${m.lines} line${m.lines === 1 ? '' : 's'}\n`);
  }
  return EXIT_OK;
}

export interface ShowArgs extends SchemaArgs {
  readonly parameter: string;
  readonly json: boolean;
}

export async function runSchemaShow(args: ShowArgs, io: Io): Promise<number> {
  const picked = await schemaOptions(args, io);
  if (!picked.ok) return refuse(picked, io);
  const found = findParameter(picked.schemas, args.parameter, args.target);
  if (found.length === 0) {
    const scope =
      args.target === undefined
        ? picked.schemas
        : [findModel(picked.schemas, args.target)?.family].filter((f) => f !== undefined);
    const names = schemaIndex(scope).names('text');
    const near = closest(
      args.parameter.replace(/\[[0-9n]+\]$/, ''),
      names.map((n) => n.replace(/\[n\]$/, '')),
    );
    const where = args.target === undefined ? '' : ` on ${args.target}`;
    io.stderr.write(
      `spac: unknown parameter '${args.parameter}'${where}${near === undefined ? '' : `; did you mean '${near}'?`}\n`,
    );
    return EXIT_ERRORS;
  }
  const described = mergeFamilies(found.map((f) => describeParameter(f, args.target)));
  io.stdout.write(args.json ? `${JSON.stringify(described, null, 2)}\n` : described.map(showText).join('\n'));
  return EXIT_OK;
}

/** A parameter that is the same in several families is shown once, with all their models. */
function mergeFamilies(all: readonly ParameterDescription[]): ParameterDescription[] {
  const out: ParameterDescription[] = [];
  const key = (d: ParameterDescription) => JSON.stringify({ ...d, family: '', models: [], lines: '' });
  for (const d of all) {
    const i = out.findIndex((o) => key(o) === key(d));
    const same = out[i];
    if (same === undefined) out.push(d);
    else out[i] = { ...same, family: `${same.family}, ${d.family}`, models: [...same.models, ...d.models] };
  }
  return out;
}

/** Long lists wrap under their label. */
const wrap = (items: readonly string[], sep: string): string =>
  items
    .reduce<string[]>((lines, item) => {
      const last = lines.at(-1);
      if (last !== undefined && last.length + sep.length + item.length <= 88)
        lines[lines.length - 1] = `${last}${sep}${item}`;
      else lines.push(item);
      return lines;
    }, [])
    .join(`${sep.trimEnd()}\n            `);

const ACCESS_TEXT: Readonly<Record<string, string>> = {
  na: 'na (no user access)',
  ro: 'ro (user read-only)',
  rw: 'rw (user read-write)',
};

function showText(d: ParameterDescription): string {
  const rows: [string, string | undefined][] = [
    ['xml', d.xml],
    ['family', d.family],
    ['type', d.type],
    ['options', d.options && wrap(d.options, ' | ')],
    ['default', d.default === undefined ? undefined : `"${d.default}"`],
    ['access', ACCESS_TEXT[d.access] ?? d.access],
    ['section', d.section],
    ['lines', d.lines],
    ['models', wrap(d.models, ', ')],
    ['secret', d.secret ? 'yes: encrypt profiles that set it' : undefined],
    ['limits', d.rangeNote],
    ['firmware', d.firmware],
    ['source', d.source && wrap(d.source.split(' '), ' ')],
  ];
  const body = rows
    .filter((r): r is [string, string] => r[1] !== undefined)
    .map(([k, v]) => `  ${`${k}:`.padEnd(9)} ${v}\n`);
  return `${d.name}${d.description === undefined ? '' : ` - ${d.description}`}\n${body.join('')}`;
}

export interface ExportArgs extends SchemaArgs {
  readonly format: 'json-schema' | 'spac';
  readonly output: string;
}

/** `json-schema` is for other tools; `spac` writes a family in spac's own format, to edit and pass to --schema. */
export async function runSchemaExport(args: ExportArgs, io: Io): Promise<number> {
  const picked = await schemaOptions(args, io);
  if (!picked.ok) return refuse(picked, io);
  const target = args.target === undefined ? undefined : findModel(picked.schemas, args.target);
  if (args.format === 'spac' && !target) {
    io.stderr.write("spac: '--format spac' writes one family: name a model with --target\n");
    return EXIT_USAGE;
  }
  const data = args.format === 'spac' && target ? target.family : toJsonSchema(picked.schemas, target);
  const failed = await writeOutput(args.output, `${JSON.stringify(data, null, 2)}\n`, io);
  if (!failed) return EXIT_OK;
  report([failed], new Map(), io, io.stderr);
  return EXIT_USAGE;
}

const schemaFlags = { target: targetOption, schema: schemaOption } as const;
const listOptions = {
  ...schemaFlags,
  json: { type: 'boolean', describe: 'print JSON instead of text' },
} as const;
const showOptions = {
  ...listOptions,
  parameter: { type: 'string', describe: 'text name or XML tag, such as Line_Enable[1]' },
} as const;
const importOptions = {
  file: { type: 'string', describe: 'the sample profile, or - for stdin' },
  output: outputOption,
  family: { type: 'string', describe: 'family name (default: the file name)' },
  title: { type: 'string', describe: 'a title for the family' },
  model: { type: 'string', array: true, describe: 'a model as NAME:LINES, such as SPA504G:4; repeatable' },
} as const;
const exportOptions = {
  ...schemaFlags,
  format: {
    choices: ['json-schema', 'spac'],
    default: 'json-schema',
    describe: "json-schema, or spac: the target's family in spac's own format, to edit and use with --schema",
  },
  output: outputOption,
} as const;

type Parsed<O extends Record<string, Options>> = InferredOptionTypes<O>;

/** `spac schema list|show|import|export`: each subcommand selects its run function. */
export const builder = (y: Argv, select: Select): Argv =>
  y
    .command(
      'list',
      'families and models spac knows',
      (s: Argv) =>
        s.options(listOptions).example('$0 schema list --json', 'for scripts: families, models, line counts'),
      (a: Parsed<typeof listOptions>) => {
        select((io) => runSchemaList({ json: a.json ?? false, ...schemaArgs(a) }, io));
      },
    )
    .command(
      'show <parameter>',
      'type, default, options, access and description of a parameter',
      (s: Argv) =>
        s
          .positional('parameter', showOptions.parameter)
          .options({ ...schemaFlags, json: listOptions.json })
          .example('$0 schema show Time_Zone', 'the options of Time_Zone')
          .example("$0 schema show 'Proxy[2]' --target SPA504G", 'as SPA504G has it'),
      (a: Parsed<typeof showOptions>) => {
        const args = { parameter: a.parameter ?? '', json: a.json ?? false, ...schemaArgs(a) };
        select((io) => runSchemaShow(args, io));
      },
    )
    .command(
      'import <file>',
      "build a schema from a sample profile (SPC text or XML) or a phone's spacfg.xml export",
      (s: Argv) => {
        const { file, ...flags } = importOptions;
        return s
          .positional('file', file)
          .options(flags)
          .example(
            '$0 schema import spa504g.cfg --model SPA504G:4 -o spa504g.json',
            'then: spac check --schema spa504g.json',
          );
      },
      (a: Parsed<typeof importOptions>) => {
        const args = {
          file: showDash(a.file ?? '-'),
          output: showDash(a.output),
          family: a.family,
          title: a.title,
          models: a.model ?? [],
        };
        select((io) => runSchemaImport(args, io));
      },
    )
    .command(
      'export',
      'write a JSON Schema of a model (or of every family) for other tools',
      (s: Argv) =>
        s
          .options(exportOptions)
          .example(
            '$0 schema export --target SPA504G --format json-schema -o spa504g.schema.json',
            'for editors and validators',
          ),
      (a: Parsed<typeof exportOptions>) => {
        const args = { format: a.format, output: showDash(a.output), ...schemaArgs(a) };
        select((io) => runSchemaExport(args, io));
      },
    )
    .demandCommand(1, 'name a schema command: list, show, import or export')
    .example('$0 schema list', 'the families and models spac knows')
    .example('$0 schema show Time_Zone --target SPA504G', 'one parameter: type, default, options, access')
    .example('$0 schema import spa504g.cfg --model SPA504G:4 -o spa504g.json', 'a schema from a sample')
    .example('$0 schema export --target SPA504G -o spa504g.schema.json', 'a JSON Schema for other tools');
