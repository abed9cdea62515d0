// Schema (firmware): versions as Cisco numbers them, half-open ranges, `MODEL@VERSION` targets, and the
// built-in data's firmware facts as the checker sees them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinSchemas } from '../src/schema/builtin.js';
import { checkEntries } from '../src/schema/check.js';
import {
  compareVersions,
  inRange,
  parseRange,
  parseTarget,
  parseVersion,
  rangeProblem,
} from '../src/schema/firmware.js';
import { findModel, linesOn, schemaIndex } from '../src/schema/lookup.js';
import { sampleProfile } from '../src/codegen/sample.js';
import { metaCheck } from '../src/schema/meta-check.js';
import { entriesOf } from '../src/model/profile.js';
import { parseText } from '../src/parser/text-front.js';

const v = (text: string) => {
  const version = parseVersion(text);
  if (!version) throw new Error(`not a version: ${text}`);
  return version;
};

describe('firmware versions', () => {
  it('reads the forms Cisco writes and refuses the rest', () => {
    for (const ok of ['7.5.5', '7.6.2a', '5.1.10(GW)', '5.2.5', '7', '1.3.5(004)'])
      expect(parseVersion(ok), ok).toBeDefined();
    for (const bad of ['', 'latest', '7.5.5.1.2', 'v7.5', '7..5', '7.5-beta', '7.5 5'])
      expect(parseVersion(bad), bad).toBeUndefined();
  });

  it('orders part by part, missing parts as 0, a letter build after the plain one', () => {
    const order = ['5.1.7', '5.2', '5.2.0a', '5.2.5', '7.4.9', '7.5', '7.5.5', '7.5.5b', '7.6.2', '7.6.2a'];
    for (let i = 1; i < order.length; i++)
      expect(compareVersions(v(order[i - 1] as string), v(order[i] as string))).toBeLessThan(0);
    expect(compareVersions(v('7.5'), v('7.5.0'))).toBe(0);
  });

  it('compares as an order: antisymmetric and transitive', () => {
    const version = fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('', 'a', 'b'),
      )
      .map(([parts, suffix]) => v(`${parts.join('.')}${suffix}`));
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        // `+ 0` makes -0 and 0 one value: equal versions compare 0 both ways.
        expect(Math.sign(compareVersions(a, b)) + 0).toBe(-Math.sign(compareVersions(b, a)) + 0);
        if (compareVersions(a, b) <= 0 && compareVersions(b, c) <= 0)
          expect(compareVersions(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('firmware ranges', () => {
  it('holds a version by every bound, half-open', () => {
    expect(inRange(v('7.5'), '>=7.5')).toBe(true);
    expect(inRange(v('7.4.9'), '>=7.5')).toBe(false);
    expect(inRange(v('5.2.5'), '<5.2.5')).toBe(false);
    expect(inRange(v('5.2.4'), '>=5.2 <5.2.5')).toBe(true);
    expect(inRange(v('5.1.9'), '>=5.2 <5.2.5')).toBe(false);
  });

  it('refuses what is not a range, saying how to write one', () => {
    for (const bad of ['', '7.5', '>7.5', '>=7.5 <7.6 <7.7', '=>7.5', '>=x'])
      expect(rangeProblem(bad), bad).toMatch(/not a firmware range/);
    expect(parseRange('>=5.2 <5.3')).toHaveLength(2);
  });

  it('meets without a gap or an overlap: a version is in [a, b) or [b, c), never both', () => {
    const part = fc.integer({ min: 0, max: 9 });
    const version = fc.tuple(part, part, part).map((p) => v(p.join('.')));
    fc.assert(
      fc.property(version, version, version, (a, b, x) => {
        const low = `>=${a.text} <${b.text}`;
        const high = `>=${b.text}`;
        if (compareVersions(a, b) <= 0 && compareVersions(x, a) >= 0)
          expect(Number(inRange(x, low)) + Number(inRange(x, high))).toBe(1);
      }),
    );
  });
});

describe('firmware targets', () => {
  it('splits the model from the firmware and keeps what is not a version', () => {
    expect(parseTarget('SPA504G')).toEqual({ model: 'SPA504G' });
    expect(parseTarget('SPA504G@7.5.5').firmware?.text).toBe('7.5.5');
    expect(parseTarget('SPA504G@newest')).toEqual({ model: 'SPA504G', badFirmware: 'newest' });
  });

  it('checks a target with firmware against the ranges, and one without against their union', async () => {
    const schemas = await builtinSchemas();
    const entries = entriesOf(parseText('Locale "en-US" ;\nPSK_16 "" ;\n', 'p.cfg').profile.items);
    const codes = (target: string) => checkEntries(entries, schemaIndex(schemas, target)).map((d) => d.code);
    expect(codes('SPA504G@7.4.9')).toEqual(['SPAC3012', 'SPAC3012']);
    expect(codes('SPA504G@7.5.5')).toEqual([]);
    expect(codes('SPA504G')).toEqual([]);
  });

  it('gives a model the line count of its firmware', () => {
    const model = { name: 'X', lines: 2, firmwareLines: [{ firmware: '>=2.0', lines: 4 }] };
    const schemas = [{ schemaVersion: 1 as const, family: 'x', title: 'x', models: [model], parameters: [] }];
    expect(linesOn(model, schemaIndex(schemas, 'X@2.1').target)).toBe(4);
    expect(linesOn(model, schemaIndex(schemas, 'X@1.9').target)).toBe(2);
    expect(linesOn(model, schemaIndex(schemas, 'X').target)).toBe(2);
  });

  it('refuses a schema whose ranges do not parse', () => {
    const schema = {
      schemaVersion: 1,
      family: 'x',
      title: 'x',
      models: [{ name: 'X', lines: 1, firmwareLines: [{ firmware: '2.0', lines: 2 }] }],
      parameters: [
        { name: 'A', xml: 'A', type: { kind: 'bool' }, access: 'na', firmware: 'new' },
        {
          name: 'B',
          xml: 'B',
          type: { kind: 'enum', options: ['x'], optionFirmware: { y: '>=1' } },
          access: 'na',
        },
      ],
    };
    expect(metaCheck(schema).map((p) => p.path)).toEqual([
      'models[0].firmwareLines[0].firmware',
      'parameters[0].firmware',
      'parameters[1].type',
    ]);
  });
});

describe('samples by firmware', () => {
  it('hold one spelling of a setting: the firmware asked for, else the newest', async () => {
    const schemas = await builtinSchemas();
    const found = findModel(schemas, 'SPA962');
    if (!found) throw new Error('no SPA962');
    const rings = (firmware?: string) =>
      sampleProfile(found.family, found.model, 'xml', firmware === undefined ? undefined : v(firmware))
        .split('\n')
        .filter((l) => l.includes('<Default_Ring_'))
        .map((l) => /<(Default_Ring_[^ >]*)/.exec(l)?.[1]);
    expect(rings('5.1.7')).toEqual(['Default_Ring_1_', ...[2, 3, 4, 5, 6].map((n) => `Default_Ring_${n}_`)]);
    expect(rings()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Default_Ring__${n}__`));
  });
});

describe('built-in firmware data', () => {
  it('records a source for every parameter it limits to firmware', async () => {
    for (const family of await builtinSchemas())
      for (const p of family.parameters.filter((x) => x.firmware !== undefined))
        expect(p.source, `${family.family} ${p.xml}`).toBeDefined();
  });
});
