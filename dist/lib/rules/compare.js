import { macroInfo } from './macros.js';
import { expandMacros, scanMacros } from './macro-scan.js';
const SWVER = { kind: 'word', text: '$SWVER', at: 0, span: { start: 0, end: 0 } };
export function evaluateCondition(condition, lookup) {
    const missing = [];
    const steps = [];
    let value = true;
    for (const c of condition.comparisons) {
        const one = evaluateComparison(c, lookup, missing);
        steps.push(one.step);
        if (one.value === false)
            value = false;
        else if (one.value === 'unknown' && value === true)
            value = 'unknown';
    }
    return { value, missing: [...new Set(missing)], steps };
}
function evaluateComparison(c, lookup, missing) {
    const left = c.left ?? SWVER;
    const sides = [left, c.right].map((o) => valueOf(o, lookup, missing));
    const [a = '', b = ''] = sides.map((s) => s.text);
    const shown = (o, text) => (o.kind === 'string' ? `"${text}"` : text);
    const step = `${shown(left, a)} ${c.op} ${shown(c.right, b)}`;
    if (sides.some((s) => s.unknown))
        return { value: 'unknown', step: `${step}: unknown` };
    const strings = left.kind === 'string' || c.right.kind === 'string';
    const order = strings ? (a === b ? 0 : a < b ? -1 : 1) : compareVersions(a, b);
    const value = holds(c.op, order);
    return { value, step: `${step}: ${String(value)}` };
}
function valueOf(o, lookup, missing) {
    let unknown = false;
    for (const p of scanMacros(o.text))
        if (p.kind === 'macro' && macroInfo(p.name) && lookup(p.name) === undefined) {
            missing.push(p.name);
            unknown = true;
        }
    return { text: expandMacros(o.text, lookup), unknown };
}
function holds(op, order) {
    switch (op) {
        case 'eq':
            return order === 0;
        case 'ne':
            return order !== 0;
        case 'lt':
            return order < 0;
        case 'le':
            return order <= 0;
        case 'gt':
            return order > 0;
        case 'ge':
            return order >= 0;
    }
}
/** `1.0.31(b)` -> [1, 0, 31, 'b']: digit runs compare as numbers, letter runs as text; a version that
 * runs out first is the older (7.5.2 < 7.5.2b). How the phone orders build suffixes is not documented. */
export function compareVersions(a, b) {
    if (/^-?[0-9]+$/.test(a) && /^-?[0-9]+$/.test(b))
        return Math.sign(Number(a) - Number(b));
    const pa = versionParts(a);
    const pb = versionParts(b);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i];
        const y = pb[i];
        if (x === undefined || y === undefined)
            return x === undefined ? -1 : 1;
        const order = typeof x === 'number' && typeof y === 'number'
            ? Math.sign(x - y)
            : String(x) < String(y)
                ? -1
                : String(x) > String(y)
                    ? 1
                    : 0;
        if (order !== 0)
            return order;
    }
    return 0;
}
const versionParts = (v) => (v.match(/[0-9]+|[A-Za-z]+/g) ?? []).map((p) => (/^[0-9]/.test(p) ? Number(p) : p.toLowerCase()));
