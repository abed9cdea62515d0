// Schema files and the JSON Schema export: user schemas are read with located diagnostics, and the export
// is a valid draft 2020-12 schema that a standard validator (ajv) applies as spac does.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { lineIndex } from '../src/text/line-index.js';
import { entriesOf } from '../src/model/profile.js';
import { parseXml } from '../src/parser/xml-front.js';
import { builtinSchemas } from '../src/schema/builtin.js';
import { toJsonSchema } from '../src/schema/json-schema.js';
import { sampleProfile } from '../src/codegen/sample.js';
import { readUserSchema } from '../src/workspace/schema-choice.js';

const schemas = await builtinSchemas();
const spa5xx = schemas.find((s) => s.family === 'spa5xx');
const model = spa5xx?.models.find((m) => m.name === 'SPA504G');

const tiny = (parameters: string) =>
  `{\n  "schemaVersion": 1,\n  "family": "tiny",\n  "title": "t",\n  "models": [{ "name": "T1", "lines": 1 }],\n  "parameters": [\n${parameters}\n  ]\n}\n`;

describe('user schema files', () => {
  it('reads a valid schema, comments allowed', () => {
    const text = tiny(
      '    // a comment\n    { "name": "A", "xml": "A", "type": { "kind": "bool" }, "access": "rw" }',
    );
    const result = readUserSchema(text, 'tiny.json');
    expect(result.ok && result.schema.parameters.map((p) => p.name)).toEqual(['A']);
  });

  it('locates a problem at the JSON value it concerns', () => {
    const text = tiny(
      '    { "name": "A", "xml": "A", "type": { "kind": "int", "min": 5, "max": 1 }, "access": "rw" }',
    );
    const result = readUserSchema(text, 'tiny.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [d] = result.diagnostics;
    expect(d?.code).toBe('SPAC3007');
    expect(d?.message).toBe("'parameters[0].type': 'min' is above 'max'");
    expect(text.slice(d?.range.start, d?.range.end)).toBe('{ "kind": "int", "min": 5, "max": 1 }');
    expect(lineIndex(text).position(d?.range.start ?? 0).line).toBe(7);
  });

  it('reports an empty file, a non-object and a rule without a language', () => {
    for (const [text, message] of [
      ['', 'the schema file is empty'],
      ['[]', 'schema: a schema is a JSON object'],
      [
        tiny('    { "name": "R", "xml": "R", "type": { "kind": "rule" }, "access": "na" }'),
        "a rule needs a 'language'",
      ],
    ] as const) {
      const result = readUserSchema(text, 's.json');
      expect(result.ok ? [] : result.diagnostics.map((d) => d.message).join('\n')).toContain(message);
    }
  });
});

describe('JSON Schema export', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const profileOf = (xml: string) =>
    Object.fromEntries(
      entriesOf(parseXml(xml, 's.xml').profile.items).flatMap((e) =>
        e.value === undefined ? [] : [[e.name, e.value]],
      ),
    );

  it('is a valid draft 2020-12 schema, with and without a target', () => {
    expect(ajv.validateSchema(toJsonSchema(schemas))).toBe(true);
    if (!spa5xx || !model) throw new Error('no SPA504G');
    expect(ajv.validateSchema(toJsonSchema(schemas, { model, family: spa5xx }))).toBe(true);
  });

  it('accepts the sample profile of its model and rejects what spac rejects', () => {
    if (!spa5xx || !model) throw new Error('no SPA504G');
    const validate = ajv.compile(toJsonSchema(schemas, { model, family: spa5xx }));
    const sample = profileOf(sampleProfile(spa5xx, model, 'xml'));
    expect(validate(sample), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate({ ...sample, Time_Zone: 'GMT-5' })).toBe(false);
    expect(validate({ ...sample, Enable_Web_Server: 'Maybe' })).toBe(false);
    expect(validate({ ...sample, Web_Server_Port: 'eighty' })).toBe(false);
    expect(validate({ ...sample, Web_Server_Port: '' })).toBe(true);
  });

  it('matches per-line parameters by pattern without a target', () => {
    const validate = ajv.compile(toJsonSchema(schemas));
    expect(validate({ Line_Enable_3_: 'Yes' })).toBe(true);
    expect(validate({ Line_Enable_3_: 'Maybe' })).toBe(false);
  });
});
