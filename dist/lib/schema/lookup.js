// Schema stage: finds the schema parameter behind a profile entry, per family, and the models in scope.
// Input: schemas and an optional target model. Output: an index answering "what is this name?".
import { xmlNameOf } from '../model/names.js';
import { familyBase, lineBase, lineSpelling } from './line-names.js';
import { inRange, linesOnFirmware, parseTarget } from './firmware.js';
/** The model a target names; the firmware after '@', if any, is left to the caller. */
export function findModel(schemas, target) {
    const name = parseTarget(target).model;
    for (const family of schemas) {
        const model = family.models.find((m) => m.name.toLowerCase() === name.toLowerCase());
        if (model)
            return { model, family };
    }
    return undefined;
}
const cores = new WeakMap();
function coreOf(schemas) {
    let core = cores.get(schemas);
    if (!core) {
        const byXml = new Map();
        const byBase = new Map();
        const secretTags = new Set();
        const secretBases = new Set();
        for (const family of schemas) {
            for (const spec of family.parameters) {
                addFound(byXml, spec.xml, { spec, family });
                const base = familyBase(spec.xml, 'xml');
                if (base !== undefined)
                    addFound(byBase, base, { spec, family });
                if (spec.secret !== true)
                    continue;
                secretTags.add(spec.xml);
                if (base !== undefined)
                    secretBases.add(base);
            }
        }
        core = { byXml, byBase, lines: new Map(), spellings: new Map(), secretTags, secretBases };
        cores.set(schemas, core);
    }
    return core;
}
function addFound(map, key, found) {
    const list = map.get(key);
    if (list)
        list.push(found);
    else
        map.set(key, [found]);
}
/** What a name that is no parameter finds: one shared, frozen list. */
const NOTHING = Object.freeze([]);
function spellingsOf(core, scope, key) {
    let found = core.spellings.get(key);
    if (!found) {
        found = {
            text: [...new Set(scope.flatMap((f) => f.parameters.map((p) => p.name)))],
            xml: [...new Set(scope.flatMap((f) => f.parameters.map((p) => p.xml)))],
        };
        core.spellings.set(key, found);
    }
    return found;
}
export function schemaIndex(schemas, targetName) {
    const core = coreOf(schemas);
    const { byXml, byBase, lines } = core;
    // Every entry of a check is looked up (a 200,000-line profile of unknown names too): the line's base is
    // cut by hand, with nothing made for a name that is no parameter.
    const find = (tag) => {
        const plain = byXml.get(tag) ?? lines.get(tag);
        if (plain)
            return plain;
        const base = lineBase(tag, 'xml');
        const family = base === undefined ? undefined : byBase.get(base);
        if (base === undefined || family === undefined)
            return NOTHING;
        const line = Number(tag.slice(base.length + 1, -1));
        const found = family.map((f) => ({ ...f, index: line }));
        // A line's name is looked up again and again: keep what it found (only names that are known).
        lines.set(tag, found);
        return found;
    };
    const { secretTags, secretBases } = core;
    const secret = (tag) => {
        if (secretTags.has(tag))
            return true;
        if (secretBases.size === 0)
            return false;
        // A line's name the check already found: its family, kept, says so without cutting the name again.
        const known = lines.get(tag);
        if (known)
            return known.some((f) => f.spec.secret === true);
        const base = lineBase(tag, 'xml');
        return base !== undefined && secretBases.has(base);
    };
    const target = targetName === undefined ? undefined : targetOf(schemas, targetName);
    // Every spelling of the scope, for did-you-mean: gathered when a name is first not found.
    const names = (form) => spellingsOf(core, target ? [target.family] : schemas, target?.family.family ?? '')[form];
    const nameTable = { textNameOf: (tag) => textNameOf(find(tag)[0]) };
    return { schemas, ...(target ? { target } : {}), find, secret, names, nameTable };
}
function targetOf(schemas, text) {
    const found = findModel(schemas, text);
    const { firmware } = parseTarget(text);
    return found && (firmware ? { ...found, firmware } : found);
}
/** Whether the target's firmware has what a range limits (no range, or no firmware targeted: yes). */
export const firmwareHas = (target, range) => range === undefined || target?.firmware === undefined || inRange(target.firmware, range);
/** The model's line count on the target's firmware. */
export const linesOn = (model, target) => linesOnFirmware(model, target?.firmware);
/** `Line_Enable[n]` found as line 3 -> `Line_Enable[3]`. */
export const textNameOf = (found) => found === undefined
    ? undefined
    : found.index === undefined
        ? found.spec.name
        : lineSpelling(found.spec.name, found.index);
export const xmlTagOf = (spec, index) => lineSpelling(spec.xml, index ?? 1);
export const entryTag = (entry) => xmlNameOf(entry);
/** `SPA504G`, or `SPA504G@7.5.5` when the target names its firmware. */
export const targetName = (index) => index.target === undefined
    ? ''
    : index.target.firmware === undefined
        ? index.target.model.name
        : `${index.target.model.name}@${index.target.firmware.text}`;
