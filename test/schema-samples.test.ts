// `spac sample` for every built-in model: the sample checks clean against its model, keeps its layout
// under fmt, compiles text -> XML to the XML sample, and imports back to the same parameters.
import { describe, expect, it } from 'vitest';
import { check, compile, format } from '../src/workspace/pipeline.js';
import { memoryHost } from '../src/model/host.js';
import { parseProfile } from '../src/parser/parse.js';
import { builtinSchemas } from '../src/schema/builtin.js';
import { importSchema } from '../src/schema/import.js';
import { concreteParameters } from '../src/schema/model-view.js';
import { sampleProfile } from '../src/codegen/sample.js';
import type { ModelSpec, SchemaFile } from '../src/schema/schema-types.js';

const host = memoryHost({});
const schemas = await builtinSchemas();
const models = schemas.flatMap((schema) => schema.models.map((model) => ({ schema, model })));

/** Name, default and options of every parameter, as a sample states them. */
function stated(schema: SchemaFile, model: ModelSpec) {
  return concreteParameters(schema, model).map((p) => [
    p.name,
    p.default,
    p.spec.type.kind === 'enum' ? p.spec.type.options : undefined,
  ]);
}

describe.each(models)('sample of $model.name', ({ schema, model }) => {
  const text = sampleProfile(schema, model, 'text');
  const xml = sampleProfile(schema, model, 'xml');
  const file = `${model.name}.cfg`;

  it('checks with no diagnostic against its model, in both formats', async () => {
    for (const [name, source] of [
      [file, text],
      [`${model.name}.xml`, xml],
    ] as const) {
      const result = await check([{ file: name, text: source }], { host, target: model.name });
      expect(result.diagnostics).toEqual([]);
    }
  });

  it('is left unchanged by fmt', () => {
    expect(format({ file, text }).changed).toBe(false);
    expect(format({ file: `${model.name}.xml`, text: xml }).changed).toBe(false);
  });

  it('compiles from text to the XML sample', async () => {
    const result = await compile([{ file, text }], { host, target: model.name });
    expect(result.diagnostics).toEqual([]);
    expect(result.output).toBe(xml);
  });

  it('imports back to the same names, defaults and options', () => {
    const imported = importSchema(parseProfile(text, file).profile, {
      family: schema.family,
      models: [model],
    });
    const unambiguous = imported.diagnostics.filter((d) => d.code !== 'SPAC3008');
    expect(unambiguous).toEqual([]);
    const back = imported.schema;
    const ambiguous = new Set(imported.diagnostics.map((d) => d.message.split("'")[1]));
    const strip = (rows: ReturnType<typeof stated>) =>
      rows.map(([name, value, options]) => [
        name,
        value,
        ambiguous.has(name as string) ? 'ambiguous' : options,
      ]);
    expect(strip(stated(back, model))).toEqual(strip(stated(schema, model)));
  });
});
