// Parser stage (lexers): chevrotain lexers for the front ends and the rule languages, built on first
// use and kept. Input: a lexer definition. Output: its lexer (a fresh, validated one for the tests).
import { Lexer, type IMultiModeLexerDefinition, type TokenType } from 'chevrotain';

type Definition = IMultiModeLexerDefinition | TokenType[];
const built = new Map<Definition, Lexer>();

/** Start-up does not pay for a language a run never meets, nor for chevrotain's validation of a
 * definition (`validate`: the tests build every definition with it). Catch-all tokens (stray characters
 * become diagnostics, not lexer failures) rule out chevrotain's first-character optimisation; with a
 * dozen patterns per mode the plain scan is fast enough. `safeMode` says so up front: chevrotain skips
 * the analysis of every pattern's first characters (8 ms of the text lexer's start) that could only
 * conclude the same (the tests build with the analysis and hold that it does). */
export function lexerFor(definition: Definition, validate = false): Lexer {
  const options = {
    positionTracking: 'onlyOffset',
    safeMode: !validate,
    skipValidations: !validate,
  } as const;
  if (validate) return new Lexer(definition, options);
  let lexer = built.get(definition);
  if (!lexer) {
    lexer = new Lexer(definition, options);
    built.set(definition, lexer);
  }
  return lexer;
}
