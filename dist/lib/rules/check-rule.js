import { checkCondition } from './check-condition.js';
import { checkMacros } from './check-macros.js';
import { checkOptions } from './options.js';
import { parseRule, parseTrigger } from './parse.js';
import { at, ruleProblem } from './problem.js';
import { checkUrl } from './url.js';
import { append } from '../text/append.js';
export function checkRuleValue(value, language, context = {}) {
    if (language === 'log')
        return { rule: { language, disabled: false, alternatives: [] }, problems: checkMacros(value, 0) };
    if (language === 'trigger') {
        const parsed = parseTrigger(value);
        const problems = [...parsed.problems, ...(parsed.condition ? checkCondition(parsed.condition) : [])];
        return { rule: parsed.rule, ...(parsed.condition ? { condition: parsed.condition } : {}), problems };
    }
    const parsed = parseRule(value, language);
    const alts = parsed.rule.alternatives;
    const last = alts.findLastIndex((alt) => alt.span.start !== alt.span.end);
    const semantic = alts.flatMap((alt, i) => alternativeProblems(alt, i >= last, language, context));
    const empty = value.trim() === '' ? [] : emptyAlternatives(value, parsed.rule);
    return { rule: parsed.rule, problems: [...parsed.problems, ...empty, ...semantic] };
}
function emptyAlternatives(value, rule) {
    const sep = rule.language === 'report' ? ';' : '|';
    return rule.alternatives
        .filter((alt) => alt.span.start === alt.span.end)
        .map((alt) => {
        const before = value.lastIndexOf(sep, alt.span.start);
        return before >= 0 && value.slice(before + 1).trim() === ''
            ? ruleProblem('SPAC4001', at(before, 1), `nothing after '${sep}'`)
            : ruleProblem('SPAC4001', at(Math.max(0, value.indexOf(sep, alt.span.start)), 1), `nothing before '${sep}'`);
    });
}
function alternativeProblems(alt, last, language, context) {
    if (alt.span.start === alt.span.end)
        return [];
    return [
        ...groupProblems(alt, last, language, context),
        ...(alt.options ? checkOptions(alt.options.list, alt.options.span, language) : []),
        ...(alt.url
            ? [...checkUrl(alt.url), ...checkMacros(alt.url.text, alt.url.at)]
            : missingUrl(alt, language)),
    ];
}
function missingUrl(alt, language) {
    if (language === 'report')
        return [ruleProblem('SPAC4001', alt.span, 'a report target needs a URL')];
    return alt.options ? [ruleProblem('SPAC4001', alt.options.span, 'options need a URL after them')] : [];
}
function groupProblems(alt, last, language, context) {
    const out = [];
    const counts = { condition: 0, assignments: 0 };
    for (const group of alt.groups) {
        if (group.kind === 'unmarked') {
            out.push(ruleProblem('SPAC4001', group.span, "a group ends with ')?' (a condition) or ')!' (assignments)"));
            continue;
        }
        if (language === 'report') {
            out.push(ruleProblem('SPAC4007', group.span, 'a report rule has no conditions or assignments'));
            continue;
        }
        if (++counts[group.kind] > 1)
            out.push(ruleProblem('SPAC4007', group.span, `an alternative has at most one ${group.kind === 'condition' ? 'condition' : 'assignment group'}`));
        if (group.condition)
            append(out, checkCondition(group.condition));
        for (const a of group.assignments ?? [])
            append(out, assignmentProblems(a, context));
    }
    if (!last && language !== 'report' && counts.condition === 0)
        out.push(ruleProblem('SPAC4006', alt.span, "only the last alternative may leave out its '( condition )?': the ones after it are never tried"));
    return out;
}
function assignmentProblems(a, context) {
    const macros = checkMacros(a.value.text, a.value.at);
    if (/^[a-pA-P]$/.test(a.name) || !context.knows || context.knows(a.name))
        return macros;
    return [
        ruleProblem('SPAC4008', a.nameSpan, `'${a.name}' is not a known parameter: this assignment sets nothing`),
        ...macros,
    ];
}
