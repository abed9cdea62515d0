// Grammar documentation generator: the chevrotain grammars -> grammar/ (serialized grammar, offline railroad
// diagrams, EBNF). Input: the parsers and token definitions in src/parser and src/rules. Output: file name
// -> content.
// `npm run grammar` writes the files; test/grammar.test.ts fails when they drift from the code.
import { Lexer, createSyntaxDiagramsCode, type ISerializedGast, type TokenType } from 'chevrotain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textParser, textTokens } from '../src/parser/text-grammar.js';
import { xmlLexerDefinition, xmlParser } from '../src/parser/xml-grammar.js';
import { ruleGrammar } from '../src/rules/grammar.js';
import { macroTokens } from '../src/rules/macro-scan.js';
import { allRuleTokens } from '../src/rules/tokens.js';
import { binaryFormatDoc } from './binary-doc.js';

const TEXT_DRIVER = `(* SPC text profile. The driver (src/parser/text-front.ts) splits the token stream into lines at
   NewLine and into statements at Semi, and runs the rule "statement" on each, so an error never
   spreads past its statement. Comments end a line and attach to its last statement. *)
profile = { line } ;
line = { statement } [ Comment ] ( NewLine | EOF ) ;
`;

const XML_DRIVER = `(* XML flat profile. Content tokens are nodes on their own; only start tags have inner structure,
   parsed by the rule "startTag". src/parser/xml-tree.ts nests the nodes with a tag stack, and
   src/parser/xml-front.ts reads the parameters of every <flat-profile> element. DocType, Unterminated,
   BadCloseTag, Amp and Lt are always reported as errors; no entity is ever defined or expanded. *)
document = { node } ;
node = startTag | CloseTag | Text | EntityRef | CData | Comment | ProcessingInstruction
     | DocType | Unterminated | BadCloseTag | Amp | Lt ;
`;

const RULE_DRIVER = `(* Rule languages (src/rules). A value that starts with '#' is switched off and not read.
   src/rules/parse.ts splits a profile or upgrade rule at Pipe into alternatives, and a report rule at
   TargetSemi into targets, and runs "alternative" on each. A group's tokens between LParen and its
   closer run through "expression" when it ends with CloseCondition ")?" and through "assignments" when
   it ends with CloseAssignments ")!"; CloseGroup ")" alone is an error. Upgrade rules take no options;
   report targets take no groups and their URLs (ReportUrl) stop at ';'. A resync trigger is one
   "expression" without "( )?". The lexer has three modes: top level, inside "( )" and inside "[ ]". *)
profileRule = alternative { Pipe alternative } ;
upgradeRule = alternative { Pipe alternative } ;
reportRule = alternative { TargetSemi alternative } ;
resyncTrigger = expression ;
`;

const MACRO_DRIVER = `(* Macros, in URLs, option arguments, quoted strings, words and log templates
   (src/rules/macro-scan.ts). Tokens are tried in the order listed; BadMacroCall and LoneDollar are
   reported. A bare MacroName takes every name character: write $(NAME) to glue text on. *)
text = { Dollars | MacroCall | BadMacroCall | MacroName | LoneDollar | Text } ;
`;

// chevrotain's package exports hide its diagram assets from resolution; they sit in its folder.
const diagramsDir = join(import.meta.dirname, '..', 'node_modules', 'chevrotain', 'diagrams');

export function generateGrammar(): Map<string, string> {
  const text = textParser().getSerializedGastProductions();
  const xml = xmlParser().getSerializedGastProductions();
  const rules = ruleGrammar().getSerializedGastProductions();
  const xmlTokens = Object.values(xmlLexerDefinition.modes).flat();
  return new Map([
    ['text.json', `${JSON.stringify(text, null, 2)}\n`],
    ['xml.json', `${JSON.stringify(xml, null, 2)}\n`],
    ['rules.json', `${JSON.stringify(rules, null, 2)}\n`],
    ['binary-format.md', binaryFormatDoc()],
    // One page for every grammar (their rule names differ), so the inlined diagram code is there once.
    ['railroad.html', offlineDiagrams([...text, ...xml, ...rules])],
    [
      'spac.ebnf',
      [
        ebnf('SPC text profile', TEXT_DRIVER, text, textTokens),
        ebnf('XML flat profile', XML_DRIVER, xml, xmlTokens),
        ebnf('Rule languages', RULE_DRIVER, rules, allRuleTokens),
        ebnf('Macros', MACRO_DRIVER, [], macroTokens),
      ].join('\n'),
    ],
  ]);
}

/** chevrotain's diagram page loads its scripts from a CDN; inline them so the page renders offline. */
function offlineDiagrams(grammar: ISerializedGast[]): string {
  const page = createSyntaxDiagramsCode(grammar, {
    resourceBase: 'spac-inline:',
    css: 'spac-inline:diagrams.css',
  });
  const inline = (path: string) =>
    readFileSync(join(diagramsDir, path), 'utf8').replace(/<\/script/gi, '<\\/script');
  return page
    .replace(
      /<link rel='stylesheet' href='spac-inline:diagrams\.css'>/,
      () => `<style>\n${inline('diagrams.css')}\n</style>`,
    )
    .replace(
      /<script src='spac-inline:([^']+)'><\/script>/g,
      (_m, path: string) => `<script>\n${inline(path)}\n</script>`,
    );
}

function ebnf(title: string, driver: string, rules: ISerializedGast[], tokens: readonly TokenType[]): string {
  const lines = [`(* ===== ${title}: generated by npm run grammar; do not edit ===== *)`, '', driver];
  for (const rule of rules) lines.push(`${nameOf(rule)} = ${body(rule.definition ?? [])} ;`);
  if (rules.length > 0) lines.push('');
  lines.push('(* tokens, as JavaScript regular expressions *)');
  for (const token of tokens) {
    lines.push(
      `${token.name} = ${patternOf(token, tokens)} ;${token.GROUP === Lexer.SKIPPED ? ' (* skipped *)' : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function body(items: readonly ISerializedGast[]): string {
  return items.map(node).join(' ');
}

function node(n: ISerializedGast): string {
  const inner = () => body(n.definition ?? []);
  switch (n.type) {
    case 'Terminal':
    case 'NonTerminal':
      return nameOf(n);
    case 'Option':
      return `[ ${inner()} ]`;
    case 'Repetition':
      return `{ ${inner()} }`;
    case 'RepetitionMandatory':
      return `${inner()} { ${inner()} }`;
    case 'Alternation':
      return `( ${(n.definition ?? []).map((alt) => body(alt.definition ?? [])).join(' | ')} )`;
    default:
      return inner();
  }
}

const nameOf = (n: ISerializedGast): string => (n as { name?: string }).name ?? '';

/** Regular expressions as written; custom matchers carry their own EBNF description. */
function patternOf(token: TokenType, tokens: readonly TokenType[]): string {
  const pattern: unknown = token.PATTERN;
  // A category matches nothing itself: it stands for the tokens that belong to it.
  if (pattern === Lexer.NA)
    return tokens
      .filter((t) => t.CATEGORIES?.includes(token))
      .map((t) => t.name)
      .join(' | ');
  if (pattern instanceof RegExp) return `/${pattern.source}/`;
  const described = (pattern as { ebnf?: unknown } | undefined)?.ebnf;
  return typeof described === 'string' ? described : JSON.stringify(String(pattern));
}
