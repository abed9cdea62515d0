// Property tests for the schema stage: the importer always yields a schema the meta-check accepts, and
// checking any profile against the built-in schemas never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../src/workspace/pipeline.js';
import { memoryHost } from '../src/model/host.js';
import { parseProfile } from '../src/parser/parse.js';
import { builtinSchemas } from '../src/schema/builtin.js';
import { importSchema } from '../src/schema/import.js';
import { familyPattern, lineSpelling, splitLineName } from '../src/schema/line-names.js';
import { schemaIndex, type Found } from '../src/schema/lookup.js';
import { metaCheck } from '../src/schema/meta-check.js';
import type { TypeSpec } from '../src/schema/schema-types.js';
import { checkValue, typeKinds } from '../src/schema/types/index.js';
import { valueCheckers } from '../src/rules/value-checks.js';

const runs = { numRuns: 200 };
const piece = fc.constantFrom(
  'a',
  'b',
  '/',
  ',',
  '+',
  '||',
  '1',
  '0x1',
  '.5',
  '-2',
  'Yes',
  'No',
  ' ',
  '$',
  '[',
  '(',
);
const word = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
const name = fc
  .tuple(
    fc.stringMatching(/^[A-Z][A-Za-z0-9_]{0,12}$/),
    fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
  )
  .map(([base, i]) => (i === undefined ? base : `${base}[${i}]`));
const line = fc
  .tuple(
    name,
    fc.constantFrom('', '!', '?'),
    word,
    fc.option(fc.array(word, { maxLength: 5 }), { nil: undefined }),
  )
  .map(
    ([n, mark, value, options]) =>
      `${n} ${mark} "${value}" ;${options ? `  # options: ${options.join('/')}` : ''}`,
  );
const profile = fc.array(fc.oneof(line, fc.constant('# *** Section'), fc.constant('')), { maxLength: 25 });

describe('schema import', () => {
  it('always yields a schema the meta-check accepts', () => {
    fc.assert(
      fc.property(profile, (lines) => {
        const parsed = parseProfile(lines.join('\n'), 'gen.cfg');
        const imported = importSchema(parsed.profile, { family: 'gen' });
        expect(metaCheck(imported.schema, valueCheckers)).toEqual([]);
      }),
      runs,
    );
  });
});

describe('checking never throws', () => {
  it('on any value of any type', () => {
    const kinds = typeKinds.filter((k) => k !== 'enum' && k !== 'rule');
    const spec: fc.Arbitrary<TypeSpec> = fc.oneof(
      fc.constantFrom(...kinds).map((kind): TypeSpec => ({ kind })),
      fc.array(word, { minLength: 1, maxLength: 5 }).map((options) => ({ kind: 'enum' as const, options })),
      fc
        .constantFrom(
          'profile' as const,
          'upgrade' as const,
          'report' as const,
          'trigger' as const,
          'log' as const,
        )
        .map((language) => ({ kind: 'rule' as const, language })),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), spec, (value, type) => {
        const problem = checkValue(value, type, valueCheckers);
        if (problem) expect((problem.at ?? 0) + (problem.length ?? 0)).toBeLessThanOrEqual(value.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('on any profile, against every family and against one model', async () => {
    const host = memoryHost({});
    await fc.assert(
      fc.asyncProperty(
        profile,
        fc.constantFrom(undefined, 'SPA504G', 'SPA962', 'SPA2102'),
        async (lines, target) => {
          const text = lines.join('\n');
          const result = await check([{ file: 'gen.cfg', text }], { host, ...(target ? { target } : {}) });
          for (const d of result.diagnostics) expect(d.range.end).toBeLessThanOrEqual(text.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});

/** The built-in families, and one more whose secret line family's base ends in '_' (which a line's name
 * never splits into). */
async function namesUnderTest() {
  const builtin = await builtinSchemas();
  const [first] = builtin;
  const spec = first?.parameters.find((p) => p.secret === true);
  if (!first || !spec) throw new Error('no secret parameter in the built-in schemas');
  const odd = { ...first, parameters: [{ ...spec, name: 'Odd_[n]', xml: 'Odd__{n}_' }] };
  const schemas = [...builtin, odd];
  const known = schemas.flatMap((s) => s.parameters.map((p) => p.xml));
  // A tag of the schemas written for a line, or changed at its end, where a line's number is read.
  const tag = fc.oneof(
    fc.constantFrom(...known),
    fc
      .tuple(fc.constantFrom(...known), fc.integer({ min: 0, max: 12 }))
      .map(([xml, line]) => lineSpelling(xml, line)),
    fc
      .tuple(fc.constantFrom(...known), fc.stringMatching(/^[_0-9a]{0,4}$/), fc.nat({ max: 4 }))
      .map(([xml, tail, cut]) => xml.slice(0, Math.max(0, xml.length - cut)) + tail),
    fc.stringMatching(/^[_0-9A-Za-z]{0,8}$/),
    fc
      .tuple(
        fc.constantFrom(...known.filter((x) => x.endsWith('_{n}_')).map((x) => x.slice(0, -5))),
        fc.constantFrom('', '_', '__', '_1', '_1_', '__1_', '_x_', '_07_', '_1_2_', '1_'),
      )
      .map(([base, tail]) => base + tail),
  );
  return { builtin, index: schemaIndex(schemas), tag };
}

/** How a name written for one line splits, as the regular expressions of the guides' two spellings say. */
function byRegex(name: string, format: 'text' | 'xml') {
  const m = (format === 'text' ? /^(.*)\[([0-9]+)\]$/ : /^(.*[^_])_([0-9]+)_$/).exec(name);
  return m ? { base: m[1] ?? '', line: Number(m[2]) } : undefined;
}

describe('name lookup', () => {
  it("splits a line's name as the regular expressions do, in both spellings", () => {
    const name = fc
      .array(fc.constantFrom('A', 'b', '_', '__', '[', ']', '0', '12', '\n', ' ', '{n}', '[3]', '_3_'), {
        maxLength: 8,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(name, fc.constantFrom('text' as const, 'xml' as const), (n, format) => {
        expect(splitLineName(n, format)).toEqual(byRegex(n, format));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds what the schemas hold under the tag, or its per-line family at its line', async () => {
    const { index, tag } = await namesUnderTest();
    // The lookup as the schemas define it: the exact tag, else the family the tag's line split names.
    const reference = (t: string): Found[] => {
      const exact = index.schemas.flatMap((family) =>
        family.parameters.filter((p) => p.xml === t).map((spec) => ({ spec, family })),
      );
      if (exact.length > 0) return exact;
      const split = byRegex(t, 'xml');
      if (!split) return [];
      const pattern = familyPattern(split.base, 'xml');
      return index.schemas.flatMap((family) =>
        family.parameters
          .filter((p) => p.xml === pattern)
          .map((spec) => ({ spec, family, index: split.line })),
      );
    };
    fc.assert(
      fc.property(tag, (t) => {
        const found = index.find(t);
        const expected = reference(t);
        return (
          found.length === expected.length &&
          found.every(
            (f, i) =>
              f.spec === expected[i]?.spec &&
              f.family === expected[i].family &&
              f.index === expected[i].index,
          )
        );
      }),
      { numRuns: 5000 },
    );
  });
});

describe('secret names', () => {
  it("answer as the schema's own lookup does, for every secret parameter and any near spelling", async () => {
    const { builtin, index, tag } = await namesUnderTest();
    const bySpec = (t: string) => index.find(t).some((f) => f.spec.secret === true);
    const secretSpecs = builtin.flatMap((s) => s.parameters.filter((p) => p.secret === true));
    expect(secretSpecs.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(tag, (t) => index.secret(t) === bySpec(t)),
      { numRuns: 5000 },
    );
    for (const spec of secretSpecs) expect(index.secret(lineSpelling(spec.xml, 2)), spec.xml).toBe(true);
    for (const t of ['Odd__3_', 'Odd_3_', 'Odd___', 'Odd__{n}_']) expect(index.secret(t), t).toBe(bySpec(t));
  });
});
