import { Lexer, type IMultiModeLexerDefinition, type TokenType } from 'chevrotain';
type Definition = IMultiModeLexerDefinition | TokenType[];
/** Start-up does not pay for a language a run never meets, nor for chevrotain's validation of a
 * definition (`validate`: the tests build every definition with it). Catch-all tokens (stray characters
 * become diagnostics, not lexer failures) rule out chevrotain's first-character optimisation; with a
 * dozen patterns per mode the plain scan is fast enough. */
export declare function lexerFor(definition: Definition, validate?: boolean): Lexer;
export {};
