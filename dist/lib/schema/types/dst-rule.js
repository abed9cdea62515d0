import { problem } from './shared.js';
const TIME = /^[0-9]{1,2}(?::[0-9]{1,2}(?::[0-9]{1,2})?)?$/;
/** month 1-12; day 1-31, or -1..-31 counted from the end; weekday 0-7 (0: any day); optional time. */
function dateProblem(text) {
    const [month = '', day = '', weekday = '', time, ...rest] = text.split('/');
    const inRange = (s, lo, hi) => /^-?[0-9]{1,2}$/.test(s) && Number(s) >= lo && Number(s) <= hi;
    if (rest.length > 0 || !inRange(month, 1, 12))
        return 'expected month/day/weekday[/hh:mm:ss] with a month from 1 to 12';
    if (!inRange(day, -31, 31) || Number(day) === 0)
        return 'the day must be from 1 to 31, or from -1 to -31 counted from the month end';
    if (!inRange(weekday, 0, 7))
        return 'the weekday must be from 0 (any) to 7';
    if (time !== undefined && !TIME.test(time))
        return 'the time must be hh[:mm[:ss]]';
    return undefined;
}
export const checkDstRule = (value) => {
    // A ';' after the last part (seen in real profiles) is an empty part no guide writes.
    const trailing = /;\s*$/.exec(value);
    if (trailing && value.trim() !== ';') {
        const kept = value.slice(0, trailing.index);
        const found = checkParts(kept);
        if (found)
            return found;
        const extra = problem("the rule ends with ';' after its last part, which no guide writes", trailing.index, 1);
        return { ...extra, suggestion: kept, undocumented: true };
    }
    return checkParts(value);
};
function checkParts(value) {
    const seen = new Set();
    let at = 0;
    for (const part of value.split(';')) {
        const found = partProblem(part, seen, at);
        if (found)
            return found;
        at += part.length + 1;
    }
    for (const key of ['start', 'end'])
        if (!seen.has(key))
            return problem(`the rule needs '${key}='`);
    return undefined;
}
function partProblem(part, seen, at) {
    const m = /^\s*(start|end|save)\s*=\s*(.*?)\s*$/.exec(part);
    if (!m)
        return problem("expected 'start=', 'end=' and 'save=' parts separated by ';'", at, part.length);
    const [, key = '', body = ''] = m;
    if (seen.has(key))
        return problem(`'${key}=' is given twice`, at, part.length);
    seen.add(key);
    const message = key === 'save'
        ? /^[+-]?[0-9]{1,2}(?::[0-9]{1,2}(?::[0-9]{1,2})?)?$/.test(body)
            ? undefined
            : "'save=' must be [+|-]hh[:mm[:ss]]"
        : dateProblem(body);
    return message === undefined ? undefined : problem(message, at, part.length);
}
