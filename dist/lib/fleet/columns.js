// Fleet stage (columns): what each inventory column means, and a device's row as profile entries.
// Input: the inventory's columns and one row. Output: the reserved columns (mac, model, layers, key)
// and parameter columns; entries whose name points at the header cell and value at the row's cell.
import { diagnostic } from '../diagnostics/diagnostic.js';
import { TEXT_NAME_BODY, textNameToXml, XML_NAME } from '../model/names.js';
export const RESERVED = ['mac', 'model', 'layers'];
const MARKERS = { '!': 'rw', '?': 'ro' };
/** Every column but `mac`, `model`, `layers` and the key column is a parameter, written in text
 * (`User_ID[1]`) or XML (`User_ID_1_`) spelling and optionally followed by `!` or `?`. */
export function readColumns(inventory, names, keyColumn) {
    const diagnostics = [];
    const parameters = [];
    for (const [column, headerRange] of inventory.columns) {
        if (RESERVED.includes(column) || column === keyColumn)
            continue;
        const m = /^(.*?)\s*([!?])?$/.exec(column);
        const name = m?.[1] ?? '';
        if (name === '' || !(TEXT_NAME_BODY.test(name) || XML_NAME.test(name))) {
            diagnostics.push(diagnostic('SPAC8004', inventory.file, headerRange, { column }));
            continue;
        }
        const marker = m?.[2];
        const nameFormat = spelling(name, names);
        parameters.push({
            column,
            name,
            nameFormat,
            access: marker === undefined ? undefined : MARKERS[marker],
            headerRange,
            tag: nameFormat === 'xml' ? name : textNameToXml(name),
        });
    }
    if (keyColumn !== undefined && !inventory.columns.has(keyColumn))
        diagnostics.push(diagnostic('SPAC8007', inventory.file, { start: 0, end: 0 }, { column: keyColumn }, { message: 'no-column' }));
    return { columns: { parameters, ...(keyColumn === undefined ? {} : { keyColumn }) }, diagnostics };
}
/** A name the schema knows as an XML tag with another text spelling (`Display_Name_1_`) is XML; any
 * other is text, which is the same spelling when it has no brackets, spaces or slashes. */
function spelling(name, names) {
    if (textNameToXml(name) !== name)
        return 'text';
    const text = names.textNameOf(name);
    return text !== undefined && text !== name ? 'xml' : 'text';
}
/** The row's settings as entries of the inventory file. An unquoted empty cell sets nothing; a column
 * without a marker keeps the access the layers gave (`accessOf`). */
export function rowEntries(inventory, row, columns, accessOf) {
    const entries = [];
    for (const p of columns.parameters) {
        const cell = row.cells.get(p.column);
        if (!cell || (cell.value === '' && !cell.quoted))
            continue;
        entries.push({
            kind: 'entry',
            name: p.name,
            nameFormat: p.nameFormat,
            path: [],
            access: p.access ?? accessOf(p.tag),
            value: cell.value,
            file: inventory.file,
            range: cell.range,
            nameRange: p.headerRange,
            valueRange: cell.range,
            tag: p.tag,
        });
    }
    return entries;
}
