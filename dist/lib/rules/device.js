// Rules stage (device facts): the macro values one phone has: its MAC, model, firmware and registers.
// Input: a MAC, a model, GPP values from the profile set and `NAME=value` overrides. Output: a macro table.
import { longGppLetter, macroInfo } from './macros.js';
/** `00:0e:08:aa:bb:cc`, `00-0E-08-AA-BB-CC`, `000e.08aa.bbcc` or `000e08aabbcc`. */
export function parseMac(text) {
    const hex = text.replace(/[:.-]/g, '').toLowerCase();
    if (!/^[0-9a-f]{12}$/.test(hex))
        return undefined;
    const groups = text.split(/[:.-]/);
    const even = groups.length === 1 || groups.every((g) => g.length === groups[0]?.length);
    return even ? hex : undefined;
}
/** `SWVER=7.5.5` -> SWVER, 7.5.5; `GPP_A=x` -> A, x; a name that is no macro is an error. */
export function parseSetting(text) {
    const eq = text.indexOf('=');
    // Messages never repeat the value: it may be a key.
    if (eq <= 0)
        return { error: "'--set' needs the form NAME=value, such as SWVER=7.5.5" };
    const written = text.slice(0, eq).replace(/^\$/, '');
    const name = longGppLetter(written) ?? written.toUpperCase();
    if (!macroInfo(name))
        return { error: `'--set ${written}=...': '${written}' is not a macro the phone expands` };
    return { name, value: text.slice(eq + 1) };
}
/** `$PSN` is the model without its `SPA` prefix, letters kept: SPA504G -> 504G, SPA2102 -> 2102. */
export const seriesNumber = (model) => model.replace(/^SPA/i, '');
export function deviceValues(facts, registers) {
    const mac = facts.mac;
    const values = new Map([
        ['MA', mac],
        ['MAU', mac.toUpperCase()],
        ['MAC', mac.replace(/(..)(?!$)/g, '$1:')],
    ]);
    if (facts.model !== undefined) {
        values.set('PN', facts.model);
        values.set('PSN', seriesNumber(facts.model));
    }
    for (const [name, value] of registers)
        values.set(name, value);
    for (const [name, value] of Object.entries(facts.set))
        values.set(name, value);
    return values;
}
