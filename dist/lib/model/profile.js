import { textNameToXml } from './names.js';
export const entriesOf = (items) => items.filter((item) => item.kind === 'entry');
/** Source offset of value index `i` (the end of the value when `i` equals its length). */
/** The source range of the value's characters from `start` to `end` (value offsets; `end` defaults to
 * the value's end); the name's range when the entry has no value. */
export function valueSpanToSource(entry, start, end) {
    if (!entry.valueRange)
        return entry.nameRange;
    const from = valueOffsetToSource(entry, start);
    const to = end === undefined ? entry.valueRange.end : valueOffsetToSource(entry, end);
    return { start: from, end: Math.max(from, to) };
}
export function valueOffsetToSource(entry, i) {
    const base = entry.valueRange?.start ?? entry.range.start;
    const map = entry.valueMap ?? [{ v: 0, s: base }];
    let seg = map[0] ?? { v: 0, s: base };
    for (const next of map) {
        if (next.v > i)
            break;
        seg = next;
    }
    return seg.s + (i - seg.v);
}
/** An entry as a literal of one fixed shape per kind (no spread per entry: the front ends make one per
 * statement, and objects of one shape stay cheap). Without `value`, it leaves the setting unchanged. */
export function newEntry(head, value) {
    const { name, nameFormat, path, access, file, range, nameRange } = head;
    const tag = nameFormat === 'xml' ? name : textNameToXml(name);
    if (!value)
        return { kind: 'entry', name, nameFormat, path, access, value: undefined, file, range, nameRange, tag };
    const valueRange = value.range;
    return {
        kind: 'entry',
        name,
        nameFormat,
        path,
        access,
        value: value.text,
        file,
        range,
        nameRange,
        valueRange,
        tag,
    };
}
