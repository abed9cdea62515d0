// Property tests for the rule languages: macro expansion laws, print/parse round trips, and no input
// makes the rule checker throw or point outside the value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RuleLanguage } from '../src/rules/ast.js';
import { checkRuleValue } from '../src/rules/check-rule.js';
import { expandMacros, type MacroLookup } from '../src/rules/macro-scan.js';
import { parseRule } from '../src/rules/parse.js';
import { printRule } from '../src/rules/print.js';

const runs = { numRuns: 300 };
const lookupOf =
  (values: Record<string, string>): MacroLookup =>
  (name) =>
    Object.hasOwn(values, name) ? values[name] : undefined;
const anyValues = fc.dictionary(fc.constantFrom('A', 'B', 'MA', 'MAU', 'PN', 'SWVER', 'SA'), fc.string());

describe('macro expansion', () => {
  it('leaves a text without "$" as it is', () => {
    const noDollar = fc.string({ unit: 'binary' }).filter((s) => !s.includes('$'));
    fc.assert(
      fc.property(noDollar, anyValues, (text, values) => {
        expect(expandMacros(text, lookupOf(values))).toBe(text);
      }),
      runs,
    );
  });

  it("turns '$$' into '$', whatever follows it", () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), anyValues, (text, values) => {
        expect(expandMacros(text.replaceAll('$', '$$'), lookupOf(values))).toBe(text);
      }),
      runs,
    );
  });

  it('does not expand the value of a macro again', () => {
    const plain = fc.string().filter((s) => !s.includes('$'));
    fc.assert(
      fc.property(plain, fc.string(), plain, (before, value, after) => {
        const values = { A: value, MA: 'expanded', B: '$MA' };
        expect(expandMacros(`${before}$(A)${after}`, lookupOf(values))).toBe(before + value + after);
      }),
      runs,
    );
  });

  it('leaves unknown names as written', () => {
    const name = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,8}$/);
    fc.assert(
      fc.property(name, (n) => {
        expect(expandMacros(`/$${n}/$(${n})`, () => undefined)).toBe(`/$${n}/$(${n})`);
      }),
      runs,
    );
  });
});

// Rule texts built from the grammar's parts, with varying white space where the grammar allows it.
const space = fc.constantFrom(' ', '  ', '\t');
const joined = (parts: (string | undefined)[], sep: string): string =>
  parts.filter((p): p is string => p !== undefined && p !== '').join(sep);
const quoted = fc
  .string({ maxLength: 12 })
  .filter((s) => !s.includes('"'))
  .map((s) => `"${s}"`);
const word = fc.constantFrom('$SWVER', '$A', '$(MA:2)', '7.5.5', '1.0.31(b)', '2.0.3(0412s)', '300', '-1');
const operand = fc.oneof(word, quoted);
const operator = fc.constantFrom('=', '!=', '!', '<', '<=', '>', '>=', 'eq', 'ne', 'lt', 'le', 'gt', 'ge');
const comparison = fc
  .tuple(fc.option(operand, { nil: undefined }), operator, operand, space)
  .map(([left, op, right, s]) => joined([left, op, right], s));
const condition = fc
  .tuple(fc.array(comparison, { minLength: 1, maxLength: 3 }), space)
  .map(([cs, s]) => `(${s}${cs.join(`${s}and${s}`)}${s})?`);
const assignment = fc
  .tuple(fc.constantFrom('a', 'p', 'GPP_B', 'User_ID_1_'), quoted, space)
  .map(([n, v, s]) => `${n}${s}=${s}${v}${s};`);
const assignments = fc
  .tuple(fc.array(assignment, { maxLength: 3 }), space)
  .map(([as, s]) => `(${s}${as.join(s)}${s})!`);
const optionArg = fc.constantFrom('a', 'p', '$SA', '$(B)', '"a literal key"', 'a37d2fb9055c1d04');
const option = fc
  .tuple(
    fc.constantFrom('--key', '--post', '--alias', '--uid', '--pwd', '--delta', '--status'),
    fc.option(optionArg),
  )
  .map(([n, a]) => joined([n, a ?? undefined], ' '));
const options = fc.array(option, { maxLength: 3 }).map((os) => `[${os.join(' ')}]`);
const url = fc.stringMatching(
  /^((https?|tftp):\/\/)?[a-z0-9.]{0,10}(:[0-9]{1,4})?\/[A-Za-z0-9$._/?=-]{0,15}$/,
);
const alternative = fc
  .tuple(
    fc.array(fc.oneof(condition, assignments), { maxLength: 2 }),
    fc.option(options),
    fc.option(url),
    space,
  )
  .map(([groups, o, u, s]) => joined([...groups, o ?? undefined, u ?? undefined], s))
  .filter((alt) => alt !== '');
const target = fc.tuple(fc.option(options), url, space).map(([o, u, s]) => joined([o ?? undefined, u], s));

/** The parsed form without offsets: what a printed rule must give back. */
const shape = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, (key, v: unknown) =>
      ['span', 'at', 'nameSpan', 'opSpan'].includes(key) ? undefined : v,
    ),
  );

function roundTrips(text: string, language: RuleLanguage): void {
  const first = parseRule(text, language);
  expect(first.problems).toEqual([]);
  const printed = printRule(first.rule);
  const second = parseRule(printed, language);
  expect(second.problems).toEqual([]);
  expect(shape(second.rule)).toEqual(shape(first.rule));
  expect(printRule(second.rule)).toBe(printed);
}

describe('printing a parsed rule', () => {
  it('gives a profile or upgrade rule that parses to the same form', () => {
    const rule = fc
      .tuple(fc.array(alternative, { minLength: 1, maxLength: 3 }), space)
      .map(([alts, s]) => alts.join(`${s}|${s}`));
    fc.assert(fc.property(rule, fc.constantFrom<RuleLanguage>('profile', 'upgrade'), roundTrips), runs);
  });

  it('gives a report rule that parses to the same form', () => {
    const rule = fc.array(target, { minLength: 1, maxLength: 3 }).map((ts) => ts.join('; '));
    fc.assert(
      fc.property(rule, (text) => {
        roundTrips(text, 'report');
      }),
      runs,
    );
  });
});

describe('checking any value', () => {
  const pieces = [
    '(',
    ')',
    ')?',
    ')!',
    '[',
    ']',
    '|',
    ';',
    '"',
    '$',
    '$(',
    ' and ',
    ' ',
    'eq',
    '--key',
    'a',
    '/',
  ];
  const ruleish = fc
    .array(fc.constantFrom(...pieces, '=', '!', 'x://', '#', '$SA', '1.0'), { maxLength: 30 })
    .map((ps) => ps.join(''));
  const languages = fc.constantFrom<RuleLanguage>('profile', 'upgrade', 'report', 'trigger', 'log');

  it('never throws, and every problem points inside the value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), ruleish), languages, (value, language) => {
        for (const p of checkRuleValue(value, language).problems) {
          expect(p.code).toMatch(/^SPAC40\d\d$/);
          expect(p.span.start).toBeGreaterThanOrEqual(0);
          expect(p.span.end).toBeLessThanOrEqual(value.length);
          expect(p.span.start).toBeLessThanOrEqual(p.span.end);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
