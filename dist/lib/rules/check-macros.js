// Rules stage (macro checks): every `$` in a rule part or a log template against the macro table.
// Input: a text, where it starts in the value, and whether secret macros expand there. Output: problems.
import { distance } from '../text/distance.js';
import { at, ruleProblem } from './problem.js';
import { longGppLetter, macroInfo, macroNames } from './macros.js';
import { scanMacros } from './macro-scan.js';
/** `secrets`: the text is an argument of --key, --uid or --pwd, where `$SA`..`$SD` expand. */
export function checkMacros(text, base, secrets = false) {
    const problems = [];
    for (const piece of scanMacros(text, base)) {
        if (piece.kind === 'malformed')
            problems.push(ruleProblem('SPAC4014', at(piece.at, piece.text.length), `malformed macro '${piece.text}': write '$(NAME)', '$(NAME:offset)' or '$(NAME:offset:length)'`));
        if (piece.kind !== 'macro')
            continue;
        const problem = macroProblem(piece, secrets);
        if (problem)
            problems.push(problem);
    }
    return problems;
}
function macroProblem(ref, secrets) {
    const info = macroInfo(ref.name);
    const span = at(ref.at, ref.length);
    const written = `$${ref.braced ? `(${ref.name})` : ref.name}`;
    if (!info)
        return unknownMacro(ref);
    if (info.scope === 'secret' && !secrets)
        return ruleProblem('SPAC4011', span, `'${written}' is a secret register, expanded only as the argument of --key, --uid or --pwd; here it stays as written`);
    return scopeProblem(info, ref, written);
}
function scopeProblem(info, ref, written) {
    const span = at(ref.at, ref.length);
    if (info.scope === 'elsewhere')
        return ruleProblem('SPAC4012', span, `'${written}' is not a provisioning macro (it is ${info.description}); here it stays as written`);
    if (info.scope === 'mpp')
        return ruleProblem('SPAC4012', span, `'${written}' is expanded by MPP firmware only; an SPA phone leaves it as written`);
    if (ref.name === 'METH')
        return ruleProblem('SPAC4013', span, "'$METH' is the old name of '$SCHEME'", {
            description: "use '$SCHEME'",
            span,
            text: ref.braced ? '$(SCHEME)' : '$SCHEME',
        });
    if (ref.name === 'UPGCOND')
        return ruleProblem('SPAC4013', span, "'$UPGCOND' is always 'true' from firmware 2.0.6; the test can go");
    return undefined;
}
function unknownMacro(ref) {
    const span = at(ref.at, ref.length);
    const letter = longGppLetter(ref.name);
    if (letter)
        return ruleProblem('SPAC4013', span, `'$${ref.name}' is documented for some firmware only; '$${letter}' works on every SPA`, { description: `use '$(${letter})'`, span, text: `$(${letter})` });
    const base = `unknown macro '$${ref.braced ? `(${ref.name})` : ref.name}': the phone leaves it as written`;
    const prefix = ref.braced || macroInfo(ref.name.toUpperCase()) ? undefined : longestKnownPrefix(ref.name);
    if (prefix) {
        const text = `$(${prefix})${ref.name.slice(prefix.length)}`;
        return ruleProblem('SPAC4010', span, `${base}; write '${text}' if '$${prefix}' is meant`, {
            description: `write '${text}'`,
            span,
            text,
        });
    }
    const near = nearestMacro(ref.name);
    if (!near)
        return ruleProblem('SPAC4010', span, base);
    const text = ref.braced ? `$(${near})` : `$${near}`;
    return ruleProblem('SPAC4010', span, `${base}; did you mean '${text}'?`, {
        description: `use '${text}'`,
        span,
        text,
    });
}
/** `$MAxyz` -> `MA`. A one-letter GPP macro counts only before lower case or digits (`$Abc`, `$A1`):
 * `$FOO` is more likely a made-up name than `$F` followed by `OO`. */
function longestKnownPrefix(name) {
    let best;
    for (const known of macroNames) {
        if (!name.startsWith(known) || known.length >= name.length)
            continue;
        if (known.length === 1 && /[A-Z_]/.test(name.charAt(1)))
            continue;
        if (best === undefined || known.length > best.length)
            best = known;
    }
    return best;
}
function nearestMacro(name) {
    const upper = name.toUpperCase();
    if (macroInfo(upper))
        return upper;
    if (name.length < 3)
        return undefined;
    return macroNames.find((known) => known.length > 2 && distance(upper, known, 2) <= 1);
}
