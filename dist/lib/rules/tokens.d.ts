import { Lexer, type IMultiModeLexerDefinition, type TokenType } from 'chevrotain';
export declare const WhiteSpace: TokenType;
export declare const Pipe: TokenType;
export declare const PipeInGroup: TokenType;
export declare const TargetSemi: TokenType;
export declare const LParen: TokenType;
export declare const LBracket: TokenType;
export declare const Url: TokenType;
export declare const ReportUrl: TokenType;
export declare const Str: TokenType;
export declare const OpenStr: TokenType;
export declare const CloseCondition: TokenType;
export declare const CloseAssignments: TokenType;
export declare const CloseGroup: TokenType;
export declare const AssignSemi: TokenType;
export declare const Operator: TokenType;
export declare const Equals: TokenType;
export declare const NotEqual: TokenType;
export declare const LessEqual: TokenType;
export declare const GreaterEqual: TokenType;
export declare const Less: TokenType;
export declare const Greater: TokenType;
export declare const Not: TokenType;
export declare const Word: TokenType;
export declare const And: TokenType;
export declare const wordOperators: TokenType[];
export declare const OptionName: TokenType;
export declare const OptionArg: TokenType;
export declare const RBracket: TokenType;
/** Profile and upgrade rules; report rules (targets split at ';'); resync triggers (a bare expression). */
export declare const ruleLexerDefinition: IMultiModeLexerDefinition;
export declare const reportLexerDefinition: IMultiModeLexerDefinition;
export declare const triggerLexerDefinition: IMultiModeLexerDefinition;
export declare const allRuleTokens: TokenType[];
/** Built on first use: start-up does not pay for languages a run never meets. Validation is for tests
 * (`validate`), which build every definition with it; a run would pay for it each time. */
export declare function lexerFor(definition: IMultiModeLexerDefinition, validate?: boolean): Lexer;
