// Parser stage (lexers): chevrotain lexers for the front ends and the rule languages, built on first
// use and kept. Input: a lexer definition. Output: its lexer (a fresh, validated one for the tests).
import { Lexer } from 'chevrotain';
const built = new Map();
/** Start-up does not pay for a language a run never meets, nor for chevrotain's validation of a
 * definition (`validate`: the tests build every definition with it). Catch-all tokens (stray characters
 * become diagnostics, not lexer failures) rule out chevrotain's first-character optimisation; with a
 * dozen patterns per mode the plain scan is fast enough. */
export function lexerFor(definition, validate = false) {
    const options = {
        positionTracking: 'onlyOffset',
        ensureOptimizations: false,
        skipValidations: !validate,
    };
    if (validate)
        return new Lexer(definition, options);
    let lexer = built.get(definition);
    if (!lexer) {
        lexer = new Lexer(definition, options);
        built.set(definition, lexer);
    }
    return lexer;
}
