// Model stage: layers a spliced item sequence the way the phone applies it (the last setting wins).
// Input: items in application order. Output: one entry per parameter, at the place it was first set.
import { entryKey } from './names.js';
import { append } from '../text/append.js';
/** A setting without a value (`Name ! ;`, `<X ua="rw"/>`) changes access only, so the value of an earlier
 * setting survives it; access always comes from the last setting. */
export function layer(items) {
    // One map, from a parameter to its place: a profile of 200,000 parameters pays one lookup each.
    const at = new Map();
    const out = [];
    for (const item of items) {
        if (item.kind !== 'entry') {
            out.push(item);
            continue;
        }
        const key = entryKey(item);
        const i = at.get(key);
        if (i === undefined) {
            at.set(key, out.length);
            out.push(item);
        }
        else
            out[i] = mergeEntry(out[i], item);
    }
    return out;
}
export function layered(items) {
    const out = layer(items);
    const at = new Map();
    out.forEach((item, i) => {
        if (item.kind === 'entry')
            at.set(entryKey(item), i);
    });
    return { items: out, at };
}
export function overlay(base, more) {
    const at = new Map();
    const added = [];
    const addedAt = new Map();
    for (const entry of more) {
        const key = entryKey(entry);
        const i = base.at.get(key);
        if (i !== undefined) {
            at.set(i, mergeEntry(at.get(i) ?? base.items[i], entry));
            continue;
        }
        const j = addedAt.get(key);
        if (j === undefined) {
            addedAt.set(key, added.length);
            added.push(entry);
        }
        else
            added[j] = mergeEntry(added[j], entry);
    }
    return { base, changed: [...at.keys()].sort((a, b) => a - b), at, added };
}
/** The overlay's items, as `layer` would give them. */
export function itemsOf(over) {
    const out = [...over.base.items];
    for (const [i, entry] of over.at)
        out[i] = entry;
    append(out, over.added);
    return out;
}
function mergeEntry(earlier, later) {
    const valueSource = later.value === undefined ? earlier : later;
    const comment = later.comment ?? earlier.comment;
    return { ...valueSource, access: later.access, ...(comment === undefined ? {} : { comment }) };
}
