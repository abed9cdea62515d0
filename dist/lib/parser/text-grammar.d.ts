import { Lexer, type IToken } from 'chevrotain';
import { RecordingParser } from './recording.js';
export declare const WhiteSpace: import("chevrotain").TokenType;
export declare const NewLine: import("chevrotain").TokenType;
export declare const Comment: import("chevrotain").TokenType;
export declare const Str: import("chevrotain").TokenType;
export declare const UnterminatedStr: import("chevrotain").TokenType;
export declare const ImportLine: import("chevrotain").TokenType;
export declare const Name: import("chevrotain").TokenType;
export declare const Bang: import("chevrotain").TokenType;
export declare const Question: import("chevrotain").TokenType;
export declare const Star: import("chevrotain").TokenType;
export declare const Semi: import("chevrotain").TokenType;
export declare const Unknown: import("chevrotain").TokenType;
/** The lexer takes the first pattern that matches (safe mode tries them in order), so the commonest come
 * first. Only the first character decides between them, except that an import line is tried before a
 * name (both can start 'import') and a string before an unterminated one; the catch-all comes last. */
export declare const textTokens: import("chevrotain").TokenType[];
/** Built on first use; `validate` for the tests (see lexers.ts). */
export declare const textLexer: (validate?: boolean) => Lexer;
/** Error-message keys the driver turns into catalogued diagnostics. */
export declare const EXPECT_NAME = "expect-name";
export declare const EXPECT_SEMI = "expect-semi";
/** A statement as the parser hands it on: its tokens, with no tree built per statement. */
export type Statement = {
    readonly kind: 'import';
    readonly token: IToken;
} | {
    readonly kind: 'parameter';
    readonly name: IToken;
    readonly access: IToken | undefined;
    readonly value: IToken | undefined;
    readonly semi: IToken;
};
/** Embedded actions, not a CST: a profile has one statement per parameter. The alternatives and
 * optional parts are made once, not at every statement (chevrotain's advice for speed: a 200,000-line
 * profile otherwise makes a dozen short-lived objects per line). */
export declare class TextStatementParser extends RecordingParser {
    constructor(validate?: boolean);
    private readonly statements;
    private readonly accesses;
    private readonly values;
    private readonly anAccess;
    private readonly aValue;
    statement: import("chevrotain").ParserMethod<[], Statement>;
    parameter: import("chevrotain").ParserMethod<[], Statement>;
    access: import("chevrotain").ParserMethod<[], IToken>;
    value: import("chevrotain").ParserMethod<[], IToken>;
}
/** One parser instance serves every file: chevrotain parsers are reusable and costly to build. */
export declare const textParser: () => TextStatementParser;
export interface StatementParse {
    readonly statement: Statement | undefined;
    readonly error: {
        readonly key: string;
        readonly token: IToken;
    } | undefined;
}
export declare function parseStatement(tokens: IToken[]): StatementParse;
