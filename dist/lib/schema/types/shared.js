export const problem = (message, at, length) => ({
    message,
    ...(at === undefined ? {} : { at }),
    ...(length === undefined ? {} : { length }),
});
/** "a, b or c"; long lists are cut: "a, b, c, d, e, f and 26 more". */
export function listOf(options, max = 6) {
    const shown = options.map((o) => `'${o}'`);
    if (shown.length <= max)
        return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1) ?? ''}`;
    return `${shown.slice(0, max).join(', ')} and ${options.length - max} more`;
}
export const INTEGER = /^-?[0-9]+$/;
export const HEX = /^0[xX][0-9a-fA-F]+$/;
export const DECIMAL = /^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;
/** Reads `Uns`/`Sig` values: decimal, or non-negative `0x` hex. */
export function parseInteger(value) {
    if (INTEGER.test(value))
        return Number(value);
    if (HEX.test(value))
        return parseInt(value.slice(2), 16);
    return undefined;
}
export function rangeProblem(n, min, max, unit = '') {
    const u = unit === '' ? '' : ` ${unit}`;
    if (min !== undefined && max !== undefined && (n < min || n > max))
        return problem(`must be from ${min} to ${max}${u}`);
    if (min !== undefined && n < min)
        return problem(`must be at least ${min}${u}`);
    if (max !== undefined && n > max)
        return problem(`must be at most ${max}${u}`);
    return undefined;
}
