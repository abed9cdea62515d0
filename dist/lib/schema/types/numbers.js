import { DECIMAL, parseInteger, problem, rangeProblem } from './shared.js';
export const checkInt = (value, spec) => {
    const n = parseInteger(value);
    if (n === undefined)
        return problem('expected a whole number (decimal, or hex such as 0x68)');
    return rangeProblem(n, spec.min, spec.max, spec.unit);
};
/** Extra decimal places are accepted: the phone ignores them (documented for Time<n>). */
export const checkDecimal = (value, spec) => {
    if (!DECIMAL.test(value))
        return problem(`expected a number such as ${spec.places === 0 ? '5' : '.5 or -3.5'}`);
    return rangeProblem(Number(value), spec.min, spec.max, spec.unit);
};
export const checkPort = (value) => {
    const n = parseInteger(value);
    if (n === undefined)
        return problem('expected a port number from 0 to 65535');
    return rangeProblem(n, 0, 65535);
};
