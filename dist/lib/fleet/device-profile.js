// Fleet stage (one device): the shared layers and the device's own layers (layered, checked and
// normalised once per model and layer list: the base), then the device's row on top with compile's
// last-wins semantics, checked where it is the device's own, written and packed.
// Input: a base and a device. Output: the file's bytes, or diagnostics.
import { familyFor, toBinary } from '../binary/binary.js';
import { emitText } from '../codegen/emit-text.js';
import { emitXmlOnto, xmlTemplate } from '../codegen/emit-xml.js';
import { wrapProfile } from '../encrypt/wrap.js';
import { itemsOf, layered as layerOnce, overlay } from '../model/layer.js';
import { entriesOf } from '../model/profile.js';
import { checkRuleSet, checkRuleSyntax, languageOf, } from '../rules/check-profile-rules.js';
import { checkRuleValue } from '../rules/check-rule.js';
import { holdsSecret } from '../rules/set-checks.js';
import { checkEntries } from '../schema/check.js';
import { entryTag } from '../schema/lookup.js';
import { normalizeValues } from '../schema/schema-options.js';
import { rowEntries } from './columns.js';
export function makeBase(shared, own, index, options) {
    const items = [...shared.items, ...own.flatMap((l) => l.items)];
    const files = [...shared.files, ...own.flatMap((l) => l.files)];
    const entries = files.flatMap((f) => entriesOf(f.items));
    const layered = layerOnce(items);
    const rules = checkRuleSyntax(entries, index, options.damaged);
    const diagnostics = [...checkEntries(entries, index, options), ...rules.diagnostics];
    const ruleAt = layered.items.map((e) => e.kind === 'entry' ? (rules.checked.get(e) ?? ruleOf(e, index)[0]) : undefined);
    const normalized = layerOnce(normalizeValues(layered.items, index));
    return {
        index,
        layered,
        normalized,
        rules,
        ruleAt,
        diagnostics,
        encrypted: options.encrypted,
        rulePositions: positions(layered.items, (item) => languageOf(item, index) !== undefined),
        secretPositions: positions(layered.items, (item) => index.find(entryTag(item)).some((f) => f.spec.secret === true)),
        xml: xmlTemplate(normalized.items),
    };
}
const positions = (items, holds) => items.flatMap((item, i) => (item.kind === 'entry' && holds(item) ? [i] : []));
/** The device's bytes, or undefined when it (or its base) has an error. */
export function buildDevice(base, device, run, packing) {
    const { index } = base;
    const access = (tag) => {
        const i = base.layered.at.get(tag);
        const item = i === undefined ? undefined : base.layered.items[i];
        return item?.kind === 'entry' ? item.access : undefined;
    };
    const row = rowEntries(run.inventory, device.row, run.columns, access);
    const all = overlay(base.layered, row);
    // Listed only if a rule reads a key register or the binary format asks: most devices never need it.
    let listed;
    const layered = () => (listed ??= entriesOf(itemsOf(all)));
    const registers = run.registers ?? [];
    const syntax = checkRuleSyntax(row, index);
    const found = [
        ...checkEntries(row, index, { encrypted: base.encrypted }),
        ...syntax.diagnostics,
        ...checkRuleSet(rulesOf(all, base, syntax, index), () => (registers.length > 0 ? [...registers, ...layered()] : layered()), index, () => firstSecret(all, base, index)),
    ];
    if (run.failed(found) || run.blocked)
        return undefined;
    return pack(overlay(base.normalized, normalizeValues(row, index)), layered, device, base, packing, run);
}
/** The checked rules of the device's layered set, in its order: the base's where its entry stayed, else
 * the row's, or checked here (a row that changed only a rule's access). */
function rulesOf(all, base, syntax, index) {
    const out = [];
    const own = (item) => syntax.checked.get(item) ?? ruleOf(item, index)[0];
    for (const i of mergedPositions(base.rulePositions, all.changed)) {
        const item = all.at.get(i);
        const rule = item === undefined ? base.ruleAt[i] : own(item);
        if (rule)
            out.push(rule);
    }
    for (const item of all.added) {
        const rule = own(item);
        if (rule)
            out.push(rule);
    }
    return out;
}
/** Two increasing lists of positions as one, each position once. */
function mergedPositions(a, b) {
    if (b.length === 0)
        return [...a];
    return [...new Set([...a, ...b])].sort((x, y) => x - y);
}
/** The first secret set, by position: the base knows which of its places are secrets. */
function firstSecret(all, base, index) {
    const set = (item) => item?.kind === 'entry' && item.value !== undefined && item.value !== '';
    for (const i of base.secretPositions) {
        const item = all.at.get(i) ?? base.layered.items[i];
        if (set(item))
            return item;
    }
    return all.added.find((item) => set(item) && holdsSecret(item, index));
}
/** A rule entry made by layering (a row changed only its access): checked here, reported where first met. */
function ruleOf(entry, index) {
    const language = languageOf(entry, index);
    if (language === undefined || entry.value === undefined)
        return [];
    return [{ entry, language, checked: checkRuleValue(entry.value, language) }];
}
function pack(normalized, layered, device, base, packing, run) {
    const keyed = device.key === undefined ? {} : { key: device.key };
    if (packing.format === 'bin') {
        const family = familyFor(layered(), base.index);
        return toBinary(entriesOf(itemsOf(normalized)), family, { ...keyed, reproducible: true });
    }
    const emitted = packing.format === 'xml'
        ? emitXmlOnto(base.xml, normalized)
        : emitText(itemsOf(normalized), base.index.nameTable);
    if (run.failed(emitted.diagnostics))
        return undefined;
    const profile = 'chunks' in emitted ? emitted.chunks : emitted.text;
    const wrap = {
        ...keyed,
        ...(packing.digest === undefined ? {} : { digest: packing.digest }),
        gzip: packing.gzip === true,
        // The salt comes from the key and the plaintext: an unchanged device keeps its bytes.
        reproducible: true,
    };
    return wrapProfile(profile, wrap);
}
