// Binary stage (encoder): profile entries -> the body of a binary profile, parameters referenced by their
// slot in the schema family and values in the smallest encoding that gives back the same text.
// Input: entries and a schema family. Output: body bytes (see grammar/binary-format.md).
import { xmlNameOf } from '../model/names.js';
import { ByteWriter } from './bytes.js';
import { ACCESS_CODES, HEAD_KNOWN, HEAD_PATH, HEAD_TEXT_NAME, ValueCode } from './format.js';
import { slotTable } from './slots.js';
class NameList {
    list = [];
    index = new Map();
    ref(name) {
        let i = this.index.get(name);
        if (i === undefined) {
            i = this.list.length;
            this.list.push(name);
            this.index.set(name, i);
        }
        return i;
    }
}
export function encodeBody(entries, family) {
    const table = slotTable(family);
    const names = new NameList();
    const body = new ByteWriter();
    let previous = -1;
    for (const entry of entries)
        previous = writeEntry(body, entry, table, names, previous);
    const out = new ByteWriter();
    out.string(table.family);
    out.bytes(table.hash);
    out.varint(names.list.length);
    for (const name of names.list)
        out.string(name);
    out.varint(entries.length);
    out.bytes(body.finish());
    return out.finish();
}
/** Writes one entry; returns the slot it used, or `previous` for a name from the name list. */
function writeEntry(w, entry, table, names, previous) {
    const slot = knownSlot(entry, table);
    const type = slot === undefined ? undefined : table.slots[slot]?.spec.type;
    const [code, payload] = valueCode(entry.value, type);
    const head = ACCESS_CODES.indexOf(entry.access) |
        (code << 2) |
        (slot === undefined ? 0 : HEAD_KNOWN) |
        (entry.nameFormat === 'text' ? HEAD_TEXT_NAME : 0) |
        (entry.path.length > 0 ? HEAD_PATH : 0);
    w.byte(head);
    // Entries mostly follow the schema's order: the distance from the slot after the last is 0 most times.
    if (slot === undefined)
        w.varint(names.ref(entry.name));
    else
        w.varint(zigzag(slot - previous - 1));
    if (entry.path.length > 0) {
        w.varint(entry.path.length);
        for (const group of entry.path)
            w.varint(names.ref(group));
    }
    if (code === ValueCode.String)
        w.string(entry.value ?? '');
    else if (payload !== undefined)
        w.varint(payload);
    return slot ?? previous;
}
/** A schema slot, when the entry is spelled exactly as the slot decodes (else the name list keeps it). */
function knownSlot(entry, table) {
    const slot = table.slotOf(xmlNameOf(entry));
    const spelled = slot === undefined ? undefined : table.slots[slot];
    if (!spelled)
        return undefined;
    return (entry.nameFormat === 'text' ? spelled.text : spelled.xml) === entry.name ? slot : undefined;
}
const UNSIGNED = /^(0|[1-9][0-9]{0,14})$/;
const NEGATIVE = /^-[1-9][0-9]{0,14}$/;
export function valueCode(value, type) {
    if (value === undefined)
        return [ValueCode.None];
    if (value === '')
        return [ValueCode.Empty];
    if (type?.kind === 'bool' && (value === 'Yes' || value === 'No'))
        return [value === 'Yes' ? ValueCode.Yes : ValueCode.No];
    const option = type?.kind === 'enum' ? type.options.indexOf(value) : -1;
    if (option >= 0)
        return [ValueCode.Option, option];
    if (UNSIGNED.test(value))
        return [ValueCode.Unsigned, Number(value)];
    if (NEGATIVE.test(value))
        return [ValueCode.Negative, -Number(value)];
    return [ValueCode.String];
}
export const zigzag = (n) => (n >= 0 ? n * 2 : -n * 2 - 1);
export const unzigzag = (n) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);
