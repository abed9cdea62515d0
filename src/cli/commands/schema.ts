// CLI commands `spac schema list|show|export`: what the schemas know, for people and for other tools.
// Input: schema flags, a parameter name, an output format. Output: text or JSON on stdout (or a file).
import { describeParameter, findParameter, type ParameterDescription } from '../../schema/describe.js';
import { toJsonSchema } from '../../schema/json-schema.js';
import { findModel, schemaIndex } from '../../schema/lookup.js';
import { closest } from '../../text/distance.js';
import type { Io } from '../io.js';
import { schemaOptions, type SchemaArgs } from '../../workspace/schema-choice.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, report, writeOutput, refuse } from '../shared.js';

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
