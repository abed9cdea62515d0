// Rule languages, table-driven: test/rules/<language>.json lists groups of { description, tests: [...] },
// each test a value that is valid or has the listed problems (code and 1-based column inside the value).
import { TextStatementParser, textLexer } from '../src/parser/text-grammar.js';
import { XmlNodeParser, xmlLexer } from '../src/parser/xml-grammar.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleLanguage } from '../src/rules/ast.js';
import { Lexer } from 'chevrotain';
import { checkRuleValue } from '../src/rules/check-rule.js';
import { RuleGrammar } from '../src/rules/grammar.js';
import { macroTokens } from '../src/rules/macro-scan.js';
import {
  lexerFor,
  reportLexerDefinition,
  ruleLexerDefinition,
  triggerLexerDefinition,
} from '../src/rules/tokens.js';

interface Case {
  description: string;
  value: string;
  valid?: true;
  problems?: { code: string; column: number }[];
}
interface Group {
  description: string;
  tests: Case[];
}

const languages: RuleLanguage[] = ['log', 'profile', 'report', 'trigger', 'upgrade'];
const dir = join(import.meta.dirname, 'rules');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
// The tables name GPP letters and one per-line parameter as assignment targets.
const knows = (name: string): boolean => /^(GPP_[A-P]|User_ID_1_)$/.test(name);

// Runs skip chevrotain's definition checks for start-up time; here they run, and throw on a bad definition.
it('has grammars and lexers that pass chevrotain validation', () => {
  expect(() => new RuleGrammar(true)).not.toThrow();
  // The front ends skip chevrotain's validation at run time; here it runs.
  expect(() => new TextStatementParser(true)).not.toThrow();
  expect(() => new XmlNodeParser(true)).not.toThrow();
  expect(textLexer(true).lexerDefinitionErrors).toEqual([]);
  expect(xmlLexer(true).lexerDefinitionErrors).toEqual([]);
  for (const definition of [ruleLexerDefinition, reportLexerDefinition, triggerLexerDefinition])
    expect(lexerFor(definition, true).lexerDefinitionErrors).toEqual([]);
  expect(new Lexer(macroTokens).lexerDefinitionErrors).toEqual([]);
});

// Runs build every lexer in chevrotain's safe mode, which skips the first-character analysis. That costs
// nothing only while no mode could use it (each has a catch-all token); a definition that could be
// optimised should lose safe mode, and this fails to say so.
it('has no lexer mode that the first-character optimisation could use', () => {
  const definitions = [
    textLexer(true),
    xmlLexer(true),
    ...[ruleLexerDefinition, reportLexerDefinition, triggerLexerDefinition, macroTokens].map(
      (definition) => new Lexer(definition, { positionTracking: 'onlyOffset' }),
    ),
  ];
  for (const lexer of definitions) {
    const modes = (lexer as unknown as { canModeBeOptimized: Record<string, boolean> }).canModeBeOptimized;
    expect(Object.values(modes).length).toBeGreaterThan(0);
    expect(Object.values(modes)).not.toContain(true);
  }
});

it('has a table for every rule language', () => {
  expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(languages);
});

for (const file of files) {
  const language = file.replace(/\.json$/, '') as RuleLanguage;
  const groups = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Group[];
  describe(language, () => {
    for (const group of groups) {
      describe(group.description, () => {
        for (const test of group.tests) {
          it(test.description, () => {
            const found = checkRuleValue(test.value, language, { knows }).problems.map((p) => ({
              code: p.code,
              column: p.span.start + 1,
            }));
            expect(found).toEqual(test.valid ? [] : test.problems);
          });
        }
      });
    }
  });
}
