import { checkMacros } from './check-macros.js';
import { macroInfo } from './macros.js';
import { scanMacros } from './macro-scan.js';
import { ruleProblem } from './problem.js';
/** What an unquoted operand holds: one macro has the macro's type; a literal must be a number or version. */
export function operandType(o) {
    if (o.kind === 'string')
        return 'string';
    const pieces = scanMacros(o.text);
    const only = pieces.length === 1 ? pieces[0] : undefined;
    if (only?.kind === 'macro')
        return macroInfo(only.name)?.type ?? 'unknown';
    if (o.text.includes('$'))
        return 'version';
    return /^-?[0-9]/.test(o.text) ? 'version' : 'text-word';
}
const ORDERING = new Set(['lt', 'le', 'gt', 'ge']);
export function checkCondition(condition) {
    return condition.comparisons.flatMap((c) => [
        ...operandMacros(c.left),
        ...operandMacros(c.right),
        ...comparisonProblems(c),
    ]);
}
const operandMacros = (o) => (o ? checkMacros(o.text, o.at) : []);
function comparisonProblems(c) {
    const sides = c.left ? [c.left, c.right] : [c.right];
    const out = [];
    for (const side of sides) {
        const type = operandType(side);
        if (type === 'text-word')
            out.push(notANumber(side));
        else if (type === 'string' && side.kind === 'word')
            out.push(unquotedText(side, c));
    }
    if (ORDERING.has(c.op) && sides.some((s) => s.kind === 'string'))
        out.push(ruleProblem('SPAC4005', c.opSpan, `strings compare only with eq or ne, not '${c.opText}'`));
    return out;
}
function notANumber(o) {
    return ruleProblem('SPAC4005', o.span, `'${o.text}' is not a number or a version: quote text to compare it`, {
        description: 'quote it',
        span: o.span,
        text: `"${o.text}"`,
    });
}
function unquotedText(o, c) {
    if (ORDERING.has(c.op))
        return ruleProblem('SPAC4005', o.span, `'${o.text}' holds text: it compares only with eq or ne, not '${c.opText}'`);
    return ruleProblem('SPAC4015', o.span, `'${o.text}' holds text: quote it to compare it as a string`, {
        description: 'quote it',
        span: o.span,
        text: `"${o.text}"`,
    });
}
