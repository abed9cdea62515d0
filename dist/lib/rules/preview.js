// Rules stage (preview): Profile_Rule to Profile_Rule_D and Upgrade_Rule of a layered profile set, run
// for one device in the phone's order. Input: layered entries, a schema index, device facts.
// Output: per rule, where its value came from and what the phone does with it.
import { catalog } from '../diagnostics/catalog.js';
import { entryTag } from '../schema/lookup.js';
import { checkRuleValue } from './check-rule.js';
import { deviceValues } from './device.js';
import { applyAssignments, evaluateRule } from './evaluate.js';
import { macroInfo } from './macros.js';
export const PREVIEWED = [
    'Profile_Rule',
    'Profile_Rule_B',
    'Profile_Rule_C',
    'Profile_Rule_D',
    'Upgrade_Rule',
];
export function previewRules(layered, index, facts, names = PREVIEWED) {
    const model = facts.model ?? index?.target?.model.name;
    const device = { ...facts, ...(model === undefined ? {} : { model }) };
    const values = deviceValues(device, registers(layered));
    const shown = new Map(values);
    const rules = names.map((name) => {
        const picked = valueOf(name, layered, index);
        const language = name === 'Upgrade_Rule' ? 'upgrade' : 'profile';
        const checked = checkRuleValue(picked.value, language);
        // A rule with errors is not run: what the phone makes of it is anybody's guess.
        const outcome = checked.problems.some((p) => catalog[p.code].severity === 'error')
            ? { status: 'invalid', tried: [], missing: [] }
            : evaluateRule(checked.rule, (m) => values.get(m));
        // A matched alternative's assignments set registers that the following rules read.
        if (language === 'profile')
            applyAssignments(values, outcome);
        return { name, ...picked, outcome };
    });
    return { device, values: shown, rules };
}
/** GPP_A..GPP_P and GPP_SA..GPP_SD as the profile set leaves them, keyed by macro name. */
function registers(layered) {
    const out = new Map();
    for (const entry of layered) {
        const letter = /^GPP_([A-P]|S[A-D])$/.exec(entryTag(entry))?.[1];
        if (letter && macroInfo(letter) && entry.value !== undefined)
            out.set(letter, entry.value);
    }
    return out;
}
function valueOf(name, layered, index) {
    const entry = layered.findLast((e) => entryTag(e) === name && e.value !== undefined);
    if (entry)
        return { value: entry.value ?? '', from: 'profile', entry };
    const found = index?.find(name) ?? [];
    const own = found.find((f) => f.family === index?.target?.family) ?? found[0];
    const fallback = own?.spec.default;
    return fallback === undefined
        ? { value: '', from: 'unset' }
        : { value: fallback, from: 'default' };
}
