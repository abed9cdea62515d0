import { Lexer, type IMultiModeLexerDefinition, type TokenType } from 'chevrotain';
type Definition = IMultiModeLexerDefinition | TokenType[];
/** Start-up does not pay for a language a run never meets, nor for chevrotain's validation of a
 * definition (`validate`: the tests build every definition with it). Catch-all tokens (stray characters
 * become diagnostics, not lexer failures) rule out chevrotain's first-character optimisation; with a
 * dozen patterns per mode the plain scan is fast enough. `safeMode` says so up front: chevrotain skips
 * the analysis of every pattern's first characters (8 ms of the text lexer's start) that could only
 * conclude the same (the tests build with the analysis and hold that it does). */
export declare function lexerFor(definition: Definition, validate?: boolean): Lexer;
export {};
