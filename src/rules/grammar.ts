// Rules stage (parser): chevrotain grammar of one rule alternative, of conditions and of assignments.
// Input: tokens from tokens.ts. Output: syntax-tree parts (ast.ts) and errors with lower-case messages.
import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import { RecordingParser } from '../parser/recording.js';
import type { Assignment, Comparison, ComparisonOp, Condition, Operand, RuleOption, Span } from './ast.js';
import {
  allRuleTokens,
  And,
  AssignSemi,
  CloseAssignments,
  CloseCondition,
  CloseGroup,
  Equals,
  LBracket,
  LParen,
  OpenStr,
  Operator,
  OptionArg,
  OptionName,
  RBracket,
  Str,
  Url,
  Word,
} from './tokens.js';

export const spanOf = (first: IToken, last: IToken = first): Span => ({
  start: first.startOffset,
  end: last.startOffset + last.image.length,
});

export function operandOf(token: IToken): Operand {
  const quoted = token.tokenType === Str;
  return {
    kind: quoted ? 'string' : 'word',
    text: quoted ? token.image.slice(1, -1) : token.image,
    at: token.startOffset + (quoted ? 1 : 0),
    span: spanOf(token),
  };
}

const OPS: Readonly<Record<string, ComparisonOp>> = {
  '=': 'eq',
  eq: 'eq',
  '!=': 'ne',
  ne: 'ne',
  '!': 'ne',
  '<': 'lt',
  lt: 'lt',
  '<=': 'le',
  le: 'le',
  '>': 'gt',
  gt: 'gt',
  '>=': 'ge',
  ge: 'ge',
};

/** What a parsed group holds before its contents are parsed by the condition or assignment rule. */
export interface RawGroup {
  readonly open: IToken;
  readonly inner: IToken[];
  readonly close: IToken;
}

export interface RawAlternative {
  readonly groups: RawGroup[];
  readonly options?: { readonly list: RuleOption[]; readonly open: IToken; readonly close: IToken };
  readonly url?: IToken;
}

const describe = (token: IToken): string =>
  token.tokenType === EOF
    ? 'the end'
    : token.tokenType === OpenStr
      ? "a string with no closing '\"'"
      : `'${token.image}'`;

const labelOf = (type: TokenType): string => type.LABEL ?? type.name;

/** No operand before the operator either: the user has not started a comparison yet. */
const comparisonStart = (expected: TokenType, previous: IToken): boolean =>
  expected === Operator && (Number.isNaN(previous.startOffset) || [And, LParen].includes(previous.tokenType));

const AFTER: Readonly<Record<string, string>> = {
  alternative: ": an alternative ends with one URL; separate alternatives with '|'",
  expression: ": join comparisons with 'and'",
};

const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, actual, previous }) =>
    `expected ${comparisonStart(expected, previous) ? 'a comparison' : labelOf(expected)}, found ${describe(actual)}`,
  buildNotAllInputParsedMessage: ({ firstRedundant, ruleName }) =>
    firstRedundant.image === 'or'
      ? "there is no 'or' in conditions: write one '( condition )?' alternative per case, separated by '|'"
      : `unexpected ${describe(firstRedundant)}${AFTER[ruleName] ?? ''}`,
  buildNoViableAltMessage: ({ expectedPathsPerAlt, actual }) => {
    const firsts = [...new Set(expectedPathsPerAlt.flat().map((path) => labelOf(path[0] ?? EOF)))];
    return `expected ${firsts.join(' or ')}, found ${describe(actual[0] ?? ({ tokenType: EOF } as IToken))}`;
  },
  buildEarlyExitMessage: ({ actual }) =>
    `unexpected ${describe(actual[0] ?? ({ tokenType: EOF } as IToken))}`,
};

export class RuleGrammar extends RecordingParser {
  /** Grammar validation costs start-up time on every run; tests build the grammar with it on. */
  constructor(validate = false) {
    super(allRuleTokens, {
      recoveryEnabled: false,
      maxLookahead: 2,
      errorMessageProvider: messages,
      skipValidations: !validate,
    });
    this.performSelfAnalysis();
  }

  public alternative = this.RULE('alternative', (): RawAlternative => {
    const groups: RawGroup[] = [];
    this.MANY(() => groups.push(this.SUBRULE(this.group)));
    const options = this.OPTION(() => this.SUBRULE(this.optionList));
    const url = this.OPTION2(() => this.CONSUME(Url));
    return { groups, ...(options ? { options } : {}), ...(url ? { url } : {}) };
  });

  public group = this.RULE('group', (): RawGroup => {
    const open = this.CONSUME(LParen);
    const inner: IToken[] = [];
    this.MANY(() =>
      inner.push(
        this.OR([
          { ALT: () => this.CONSUME(Word) },
          { ALT: () => this.CONSUME(Str) },
          { ALT: () => this.CONSUME(Operator) },
          { ALT: () => this.CONSUME(And) },
          { ALT: () => this.CONSUME(AssignSemi) },
        ]),
      ),
    );
    const close = this.OR2([
      { ALT: () => this.CONSUME(CloseCondition) },
      { ALT: () => this.CONSUME(CloseAssignments) },
      { ALT: () => this.CONSUME(CloseGroup) },
    ]);
    return { open, inner, close };
  });

  public optionList = this.RULE('optionList', () => {
    const open = this.CONSUME(LBracket);
    const list: RuleOption[] = [];
    this.MANY(() => list.push(this.SUBRULE(this.optionEntry)));
    const close = this.CONSUME(RBracket);
    return { list, open, close };
  });

  public optionEntry = this.RULE('optionEntry', (): RuleOption => {
    const name = this.CONSUME(OptionName);
    const arg = this.OPTION(() => this.CONSUME(OptionArg));
    return this.ACTION(() => ({
      name: name.image.replace(/^-+/, ''),
      written: name.image,
      nameSpan: spanOf(name),
      ...(arg ? { arg: operandOf(arg) } : {}),
    }));
  });

  /** A condition: comparisons joined by `and`. Resync triggers are this rule alone, without `( )?`. */
  public expression = this.RULE('expression', (): Condition => {
    const comparisons = [this.SUBRULE(this.comparison)];
    this.MANY(() => {
      this.CONSUME(And);
      comparisons.push(this.SUBRULE2(this.comparison));
    });
    return this.ACTION(() => ({
      comparisons,
      span: { start: comparisons[0]?.span.start ?? 0, end: comparisons.at(-1)?.span.end ?? 0 },
    }));
  });

  public comparison = this.RULE('comparison', (): Comparison => {
    const left = this.OPTION(() => this.SUBRULE(this.operand));
    const op = this.CONSUME(Operator);
    const right = this.SUBRULE2(this.operand);
    return this.ACTION(() => ({
      ...(left ? { left } : {}),
      op: OPS[op.image] ?? 'eq',
      opText: op.image,
      opSpan: spanOf(op),
      right,
      span: { start: left?.span.start ?? op.startOffset, end: right.span.end },
    }));
  });

  public operand = this.RULE('operand', (): Operand => {
    const token = this.OR([{ ALT: () => this.CONSUME(Word) }, { ALT: () => this.CONSUME(Str) }]);
    return this.ACTION(() => operandOf(token));
  });

  /** `( Name = "value" ; ... )!`; the letters a to p stand for GPP_A to GPP_P. */
  public assignments = this.RULE('assignments', (): Assignment[] => {
    const list: Assignment[] = [];
    this.MANY(() => list.push(this.SUBRULE(this.assignment)));
    return list;
  });

  public assignment = this.RULE('assignment', (): Assignment => {
    const name = this.CONSUME(Word);
    this.CONSUME(Equals);
    const value = this.CONSUME(Str);
    this.CONSUME(AssignSemi);
    return this.ACTION(() => ({ name: name.image, nameSpan: spanOf(name), value: operandOf(value) }));
  });
}

let shared: RuleGrammar | undefined;
/** One parser, built on first use and reused: chevrotain parsers are stateful but cheap to reset. */
export const ruleGrammar = (): RuleGrammar => (shared ??= new RuleGrammar());
