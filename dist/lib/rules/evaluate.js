// Rules stage (preview): what a phone does with one profile or upgrade rule: the alternative that matches,
// the URL it fetches and the key it decrypts with. Input: a parsed rule and device facts. Output: an outcome.
import { assignmentsOf, conditionOf, optionOf } from './ast.js';
import { evaluateCondition } from './compare.js';
import { macroInfo } from './macros.js';
import { expandMacros, scanMacros } from './macro-scan.js';
import { urlParts } from './url.js';
/** Secret registers expand only inside --key, --uid and --pwd. */
const publicLookup = (lookup) => (name) => macroInfo(name)?.scope === 'secret' ? undefined : lookup(name);
export function evaluateRule(rule, lookup) {
    if (rule.disabled)
        return { status: 'disabled', tried: [], missing: [] };
    const alts = rule.alternatives.filter((a) => a.span.start !== a.span.end);
    if (alts.length === 0)
        return { status: 'empty', tried: [], missing: [] };
    const open = publicLookup(lookup);
    const tried = [];
    for (const [i, alt] of alts.entries()) {
        const condition = conditionOf(alt);
        const verdict = condition ? evaluateCondition(condition, open) : { value: true, steps: [], missing: [] };
        tried.push({ alternative: i + 1, result: verdict.value, steps: verdict.steps });
        if (verdict.value === 'unknown')
            return { status: 'undecided', tried, missing: verdict.missing };
        if (verdict.value)
            return matched(alt, i + 1, lookup, tried);
    }
    return { status: 'no-match', tried, missing: [] };
}
function matched(alt, n, lookup, tried) {
    const open = publicLookup(lookup);
    const assignments = assignmentsOf(alt).map((a) => ({
        name: /^[a-pA-P]$/.test(a.name) ? `GPP_${a.name.toUpperCase()}` : a.name,
        value: expandMacros(a.value.text, open),
    }));
    if (!alt.url)
        return { status: 'assign-only', alternative: n, fetch: { url: '', assignments }, tried, missing: [] };
    const url = expandMacros(alt.url.text, open);
    const parts = urlParts(url);
    const key = keyOf(alt, lookup);
    const letter = (name) => optionOf(alt, name)?.arg?.text.toUpperCase();
    const post = letter('post');
    const alias = letter('alias');
    const fetch = {
        url,
        ...(parts ? { parts } : {}),
        ...(key ? { key } : {}),
        ...(post ? { post: `GPP_${post}` } : {}),
        ...(alias ? { alias: `GPP_${alias}` } : {}),
        assignments,
    };
    return { status: parts ? 'fetch' : 'bad-url', alternative: n, fetch, tried, missing: [] };
}
function keyOf(alt, lookup) {
    const arg = optionOf(alt, 'key')?.arg;
    if (!arg)
        return undefined;
    const text = /^".*"$/s.test(arg.text) ? arg.text.slice(1, -1) : arg.text;
    const pieces = scanMacros(text);
    const only = pieces.length === 1 && pieces[0]?.kind === 'macro' ? pieces[0] : undefined;
    const gpp = only ? macroInfo(only.name)?.gpp : undefined;
    return { source: gpp ?? 'rule', value: expandMacros(text, lookup) };
}
/** Assignments of a matched alternative change the registers later rules read, as on the phone. */
export function applyAssignments(values, outcome) {
    for (const a of outcome.fetch?.assignments ?? []) {
        const letter = /^GPP_([A-P])$/.exec(a.name)?.[1];
        if (letter)
            values.set(letter, a.value);
    }
}
