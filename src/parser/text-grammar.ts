// Parser stage (SPC text): tokens and grammar of one statement, `Name [!|?] ["value"] ;` or `import FILE`.
// Input: source text. Output: chevrotain tokens and the tokens of each statement (text-front.ts drives it).
import { lexerFor } from './lexers.js';
import { Lexer, createToken, type IOrAlt, type IToken } from 'chevrotain';
import { RecordingParser } from './recording.js';

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /[ \t\f\v\uFEFF]+/,
  group: Lexer.SKIPPED,
});
// New lines and comments stay in the token stream: the driver splits lines and statements on them
// before the parser sees a statement, which gives recovery at the next line for free.
export const NewLine = createToken({ name: 'NewLine', pattern: /\r\n|\r|\n/, line_breaks: true });
export const Comment = createToken({ name: 'Comment', pattern: /#[^\r\n]*/ });
export const Str = createToken({ name: 'String', pattern: /"[^"\r\n]*"/ });
export const UnterminatedStr = createToken({ name: 'UnterminatedString', pattern: /"[^"\r\n]*/ });
// `import` followed by anything but a name character starts an import line; its file name runs to a comment.
export const ImportLine = createToken({
  name: 'ImportLine',
  pattern: /import(?![A-Za-z0-9_.\-/()[])[^\r\n#]*/,
});
export const Name = createToken({ name: 'Name', pattern: /[A-Za-z0-9_.\-/()]+(?:\[[^\]\s"#;]*\]?)?/ });
export const Bang = createToken({ name: 'Bang', pattern: /!/ });
export const Question = createToken({ name: 'Question', pattern: /\?/ });
export const Star = createToken({ name: 'Star', pattern: /\*/ });
export const Semi = createToken({ name: 'Semi', pattern: /;/ });
export const Unknown = createToken({ name: 'Unknown', pattern: /[^]/ });

/** The lexer takes the first pattern that matches (safe mode tries them in order), so the commonest come
 * first. Only the first character decides between them, except that an import line is tried before a
 * name (both can start 'import') and a string before an unterminated one; the catch-all comes last. */
export const textTokens = [
  WhiteSpace,
  ImportLine,
  Name,
  Str,
  Semi,
  NewLine,
  Comment,
  UnterminatedStr,
  Bang,
  Question,
  Star,
  Unknown,
];

/** Built on first use; `validate` for the tests (see lexers.ts). */
export const textLexer = (validate = false): Lexer => lexerFor(textTokens, validate);

/** Error-message keys the driver turns into catalogued diagnostics. */
export const EXPECT_NAME = 'expect-name';
export const EXPECT_SEMI = 'expect-semi';

/** A statement as the parser hands it on: its tokens, with no tree built per statement. */
export type Statement =
  | { readonly kind: 'import'; readonly token: IToken }
  | {
      readonly kind: 'parameter';
      readonly name: IToken;
      readonly access: IToken | undefined;
      readonly value: IToken | undefined;
      readonly semi: IToken;
    };

const NAME_EXPECTED = { ERR_MSG: EXPECT_NAME };
const SEMI_EXPECTED = { ERR_MSG: EXPECT_SEMI };

/** Embedded actions, not a CST: a profile has one statement per parameter. The alternatives and
 * optional parts are made once, not at every statement (chevrotain's advice for speed: a 200,000-line
 * profile otherwise makes a dozen short-lived objects per line). */
export class TextStatementParser extends RecordingParser {
  constructor(validate = false) {
    super(textTokens, { recoveryEnabled: false, maxLookahead: 1, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  private readonly statements: IOrAlt<Statement>[] = [
    { ALT: () => ({ kind: 'import', token: this.CONSUME(ImportLine) }) as const },
    { ALT: () => this.SUBRULE(this.parameter) },
  ];
  private readonly accesses: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(Bang) },
    { ALT: () => this.CONSUME(Question) },
    { ALT: () => this.CONSUME(Star) },
  ];
  private readonly values: IOrAlt<IToken>[] = [
    { ALT: () => this.CONSUME(Str) },
    { ALT: () => this.CONSUME(UnterminatedStr) },
  ];
  private readonly anAccess = (): IToken => this.SUBRULE(this.access);
  private readonly aValue = (): IToken => this.SUBRULE(this.value);

  public statement = this.RULE('statement', (): Statement => this.OR(this.statements));

  public parameter = this.RULE('parameter', (): Statement => {
    const name = this.CONSUME(Name, NAME_EXPECTED);
    const access = this.OPTION(this.anAccess);
    const value = this.OPTION2(this.aValue);
    const semi = this.CONSUME(Semi, SEMI_EXPECTED);
    return { kind: 'parameter', name, access, value, semi };
  });

  public access = this.RULE('access', (): IToken => this.OR(this.accesses));

  public value = this.RULE('value', (): IToken => this.OR(this.values));
}

let shared: TextStatementParser | undefined;
/** One parser instance serves every file: chevrotain parsers are reusable and costly to build. */
export const textParser = (): TextStatementParser => (shared ??= new TextStatementParser());

export interface StatementParse {
  readonly statement: Statement | undefined;
  readonly error: { readonly key: string; readonly token: IToken } | undefined;
}

export function parseStatement(tokens: IToken[]): StatementParse {
  const parser = textParser();
  parser.input = tokens;
  const statement = parser.statement();
  const first = parser.errors[0];
  return first
    ? { statement: undefined, error: { key: first.message, token: first.token } }
    : { statement, error: undefined };
}
