// Rules stage (lexer): tokens of the provisioning rule languages in three modes: a rule's top level, inside
// `( ... )` groups and inside `[ ... ]` options. Input: a rule value. Output: chevrotain tokens.
import { Lexer, createToken, type IMultiModeLexerDefinition, type TokenType } from 'chevrotain';

/** `$(NAME)` may be glued to anything, so inside URLs and words it is one unit. */
const CALL = String.raw`\$\([^)\s"]*\)`;

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /\s+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
export const Pipe = createToken({ name: 'Pipe', pattern: /\|/, label: "'|'" });
// A '|' inside an unclosed group or option list still ends the alternative, so the next one parses clean.
export const PipeInGroup = createToken({
  name: 'PipeInGroup',
  pattern: /\|/,
  pop_mode: true,
  categories: [Pipe],
  label: "'|'",
});
export const TargetSemi = createToken({ name: 'TargetSemi', pattern: /;/, label: "';'" });
export const LParen = createToken({ name: 'LParen', pattern: /\(/, push_mode: 'group', label: "'('" });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/, push_mode: 'options', label: "'['" });
// A URL runs to white space or '|'. It cannot start with a bracket or a quote: those start something else.
export const Url = createToken({
  name: 'Url',
  pattern: new RegExp(`(?:${CALL}|[^\\s|()[\\]"])(?:${CALL}|[^\\s|])*`),
  label: 'a URL',
});
// Report rules list several targets separated by ';', so there a URL stops at ';'.
export const ReportUrl = createToken({
  name: 'ReportUrl',
  pattern: new RegExp(`(?:${CALL}|[^\\s|()[\\]";])(?:${CALL}|[^\\s|;])*`),
  categories: [Url],
  label: 'a URL',
});

export const Str = createToken({ name: 'String', pattern: /"[^"]*"/, label: 'a quoted string' });
export const OpenStr = createToken({ name: 'UnterminatedString', pattern: /"[^"]*/, label: 'a string' });
export const CloseCondition = createToken({
  name: 'CloseCondition',
  pattern: /\)\?/,
  pop_mode: true,
  label: "')?'",
});
export const CloseAssignments = createToken({
  name: 'CloseAssignments',
  pattern: /\)!/,
  pop_mode: true,
  label: "')!'",
});
export const CloseGroup = createToken({ name: 'CloseGroup', pattern: /\)/, pop_mode: true, label: "')'" });
export const AssignSemi = createToken({ name: 'AssignSemi', pattern: /;/, label: "';'" });

export const Operator = createToken({ name: 'Operator', pattern: Lexer.NA, label: 'a comparison operator' });
export const Equals = createToken({ name: 'Equals', pattern: /=/, categories: [Operator], label: "'='" });
const symbol = (name: string, pattern: RegExp) =>
  createToken({ name, pattern, categories: [Operator], label: 'a comparison operator' });
export const NotEqual = symbol('NotEqual', /!=/);
export const LessEqual = symbol('LessEqual', /<=/);
export const GreaterEqual = symbol('GreaterEqual', />=/);
export const Less = symbol('Less', /</);
export const Greater = symbol('Greater', />/);
export const Not = symbol('Not', /!/);

// A word is a macro, a number, a version such as `1.0.31(b)` (the bracketed build is part of it), or a name.
export const Word = createToken({
  name: 'Word',
  pattern: new RegExp(`(?:${CALL}|[^\\s"()=!<>;|[\\]])+(?:\\([0-9A-Za-z]*\\))?`),
  label: 'a value',
});
const keyword = (name: string, image: string, categories: TokenType[] = [Operator]) =>
  createToken({
    name,
    pattern: new RegExp(`${image}(?![^\\s"()=!<>;|[\\]])`),
    categories,
    label: categories.length > 0 ? 'a comparison operator' : `'${image}'`,
  });
export const And = keyword('And', 'and', []);
export const wordOperators = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'].map((op) => keyword(op.toUpperCase(), op));

export const OptionName = createToken({
  name: 'OptionName',
  pattern: /-{1,2}[A-Za-z][\w-]*/,
  label: 'an option',
});
export const OptionArg = createToken({
  name: 'OptionArg',
  pattern: new RegExp(`(?:"[^"]*"|${CALL}|[^\\s\\]"|])+`),
  label: 'an option argument',
});
export const RBracket = createToken({ name: 'RBracket', pattern: /\]/, pop_mode: true, label: "']'" });

const groupMode = [
  WhiteSpace,
  PipeInGroup,
  Str,
  OpenStr,
  CloseCondition,
  CloseAssignments,
  CloseGroup,
  AssignSemi,
  NotEqual,
  LessEqual,
  GreaterEqual,
  Equals,
  Less,
  Greater,
  Not,
  And,
  ...wordOperators,
  Word,
];
// OptionArg comes before OpenStr: chevrotain takes the first pattern that matches, not the longest.
const optionsMode = [WhiteSpace, PipeInGroup, RBracket, OptionName, OptionArg, OpenStr];

const definition = (top: TokenType[], defaultMode = 'top'): IMultiModeLexerDefinition => ({
  modes: { top, group: groupMode, options: optionsMode },
  defaultMode,
});

/** Profile and upgrade rules; report rules (targets split at ';'); resync triggers (a bare expression). */
export const ruleLexerDefinition = definition([WhiteSpace, Pipe, LParen, LBracket, Url]);
export const reportLexerDefinition = definition([WhiteSpace, Pipe, TargetSemi, LParen, LBracket, ReportUrl]);
export const triggerLexerDefinition = definition([WhiteSpace, Pipe, LParen, LBracket, Url], 'group');

export const allRuleTokens: TokenType[] = [
  ...new Set([...Object.values(reportLexerDefinition.modes).flat(), Url, Operator, Pipe]),
];

export { lexerFor } from '../parser/lexers.js';
