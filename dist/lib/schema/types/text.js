import { problem } from './shared.js';
export const checkString = (value, spec) => spec.maxLength !== undefined && value.length > spec.maxLength
    ? problem(`holds at most ${spec.maxLength} characters`)
    : undefined;
export const checkPassword = (value, spec) => spec.maxLength !== undefined && value.length > spec.maxLength
    ? problem(`holds at most ${spec.maxLength} characters`)
    : undefined;
/** Brackets balance and nest (`pairs` maps openers to closers). */
export function balanceProblem(value, pairs) {
    const closers = new Set(Object.values(pairs));
    const stack = [];
    for (let i = 0; i < value.length; i++) {
        const c = value[i] ?? '';
        if (pairs[c] !== undefined)
            stack.push({ char: c, at: i });
        else if (closers.has(c) && pairs[stack.pop()?.char ?? ''] !== c)
            return problem(`'${c}' has no matching opening bracket`, i, 1);
    }
    const open = stack.pop();
    return open ? problem(`'${open.char}' is not closed`, open.at, 1) : undefined;
}
const DIAL_PLAN_PAIRS = { '(': ')', '[': ']', '<': '>' };
/** Outside `<...>` replacements a dial plan uses digits, x, the timers S/L/P and its punctuation; white
 * space is ignored by the phone (the documented example `(S0 <:18005551212>)` has a space). */
export const checkDialPlan = (value) => {
    const balance = balanceProblem(value, DIAL_PLAN_PAIRS);
    if (balance)
        return balance;
    let depth = 0;
    for (let i = 0; i < value.length; i++) {
        const c = value[i] ?? '';
        if (c === '<')
            depth++;
        else if (c === '>')
            depth--;
        else if (depth === 0 && !/[0-9xX*#.\-[\]()|,:;!SLPTslpt@+^\s]/.test(c))
            return problem(`'${c}' is not a dial plan character`, i, 1);
    }
    return undefined;
};
