import { parseRule } from './parse.js';
const operand = (o) => (o.kind === 'string' ? `"${o.text}"` : o.text);
const comparison = (c) => `${c.left ? `${operand(c.left)} ` : ''}${c.opText} ${operand(c.right)}`;
export const printCondition = (c) => c.comparisons.map(comparison).join(' and ');
function group(g) {
    if (g.condition)
        return `( ${printCondition(g.condition)} )?`;
    if (g.assignments)
        return `(${g.assignments.map((a) => ` ${a.name} = ${operand(a.value)} ;`).join('')} )!`;
    return '( )';
}
function alternative(alt) {
    const options = alt.options
        ? `[${alt.options.list.map((o) => (o.arg ? `${o.written} ${o.arg.text}` : o.written)).join(' ')}]`
        : undefined;
    return [...alt.groups.map(group), options, alt.url?.text].filter((p) => p !== undefined).join(' ');
}
export function printRule(rule) {
    return rule.alternatives.map(alternative).join(rule.language === 'report' ? '; ' : ' | ');
}
/** The rule as written, with literal --key, --uid and --pwd arguments replaced: they are secrets. */
export function hideSecretArguments(value, mask) {
    const spans = secretArgumentSpans(value).sort((a, b) => b.start - a.start);
    let out = value;
    for (const span of spans)
        out = out.slice(0, span.start) + mask + out.slice(span.end);
    return out;
}
/** Where a rule value writes a key, user or password itself (not as a register macro like `$SA`). */
export function secretArgumentSpans(value) {
    if (!/--(?:key|uid|pwd)\b/.test(value))
        return [];
    return parseRule(value, 'profile')
        .rule.alternatives.flatMap((alt) => alt.options?.list ?? [])
        .filter((o) => ['key', 'uid', 'pwd'].includes(o.name) && o.arg && !/^\$\(?S?[A-P]\)?$/.test(o.arg.text))
        .map((o) => o.arg?.span ?? { start: 0, end: 0 });
}
