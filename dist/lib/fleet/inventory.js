// Fleet stage (inventory): the devices of a fleet, one row each, from CSV (RFC 4180, header row, UTF-8
// with or without BOM; read with csv-parse) or JSON Lines. Input: the inventory text and its name.
// Output: the columns at once and the rows on demand, one at a time, so a fleet is never all in memory.
import { diagnostic, range } from '../diagnostics/diagnostic.js';
import { parseCsv } from './inventory-csv.js';
import { parseJsonLines } from './inventory-jsonl.js';
/** Cells kept as one array of values and one of offsets: a row holds no object per cell. */
class CompactCells {
    index;
    values;
    spans;
    constructor(index, values, 
    /** Start, end and quoted (1 or 0) of each cell in turn. */
    spans) {
        this.index = index;
        this.values = values;
        this.spans = spans;
    }
    get(column) {
        const i = this.index.get(column);
        const value = i === undefined ? undefined : this.values[i];
        if (i === undefined || value === undefined)
            return undefined;
        const at = 3 * i;
        return {
            value,
            range: range(this.spans[at] ?? 0, this.spans[at + 1] ?? 0),
            quoted: this.spans[at + 2] === 1,
        };
    }
}
export function compactCells(index, cells) {
    const spans = new Array(cells.length * 3);
    const values = new Array(cells.length);
    for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        values[i] = c?.value;
        spans[3 * i] = c?.range.start ?? 0;
        spans[3 * i + 1] = c?.range.end ?? 0;
        spans[3 * i + 2] = c?.quoted === true ? 1 : 0;
    }
    return new CompactCells(index, values, spans);
}
/** Where a problem about a whole device points: its MAC cell, else the row. */
export const anchorOf = (row) => row.cells.get('mac')?.range ?? row.range;
/** JSON Lines by name (`.jsonl`, `.ndjson`) or when the first character is `{`; CSV otherwise. */
export function inventoryFormat(file, text) {
    if (/\.(jsonl|ndjson)$/i.test(file))
        return 'jsonl';
    return text
        .replace(/^\uFEFF/, '')
        .trimStart()
        .startsWith('{')
        ? 'jsonl'
        : 'csv';
}
export function parseInventory(text, file) {
    return inventoryFormat(file, text) === 'jsonl' ? parseJsonLines(text, file) : parseCsv(text, file);
}
export const emptyInventory = (file) => ({
    ok: false,
    diagnostics: [diagnostic('SPAC8001', file, range(0))],
});
/** Every row of a fully read inventory (tests, and masking a small one): problems left out. */
export function* rowsOf(inventory) {
    for (const item of inventory.rows())
        if (!('problem' in item))
            yield item;
}
