// Fleet stage (inventory, JSON Lines): one object per line. A first pass learns the columns (the keys
// in the order first met); the rows are then read a line at a time. Input: the inventory text.
// Output: columns, a row count and a row reader that reports each bad line where it is.
import { parseTree } from 'jsonc-parser';
import { diagnostic, range } from '../diagnostics/diagnostic.js';
import { compactCells, emptyInventory } from './inventory.js';
function* linesOf(source) {
    let at = source.startsWith('\uFEFF') ? 1 : 0;
    while (at <= source.length) {
        const nl = source.indexOf('\n', at);
        const end = nl < 0 ? source.length : nl;
        const text = source.slice(at, end).replace(/\r$/, '');
        if (text.trim() !== '')
            yield { text, start: at };
        at = end + 1;
    }
}
/** A line that cannot be read refuses the inventory (every such line reported): its columns would be
 * unknown. */
export function parseJsonLines(source, file) {
    const columns = new Map();
    const diagnostics = [];
    let count = 0;
    for (const line of linesOf(source)) {
        count++;
        if (!learnColumns(line, columns)) {
            const row = jsonRow(line, file, new Map());
            if ('problem' in row)
                diagnostics.push(row.problem);
        }
    }
    if (diagnostics.length > 0)
        return { ok: false, diagnostics };
    if (count === 0)
        return emptyInventory(file);
    const index = new Map([...columns.keys()].map((name, i) => [name, i]));
    return {
        ok: true,
        inventory: {
            file,
            text: source,
            format: 'jsonl',
            columns,
            count,
            rows: () => jsonRows(source, file, index),
        },
    };
}
/** The keys this line adds, each at its first place; false when the line is not an object of scalars.
 * JSON.parse is enough for a good line that adds none. */
function learnColumns(line, columns) {
    let keys;
    try {
        const value = JSON.parse(line.text);
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return false;
        if (Object.values(value).some((v) => typeof v === 'object' && v !== null))
            return false;
        keys = Object.keys(value);
    }
    catch {
        return false;
    }
    if (keys.every((k) => columns.has(k)))
        return true;
    const root = parseTree(line.text, [], { allowTrailingComma: false, disallowComments: true });
    for (const property of root?.children ?? []) {
        const key = property.children?.[0];
        const name = key ? String(key.value) : '';
        if (key && !columns.has(name))
            columns.set(name, range(line.start + key.offset + 1, line.start + key.offset + key.length - 1));
    }
    return true;
}
function* jsonRows(source, file, index) {
    for (const line of linesOf(source))
        yield jsonRow(line, file, index);
}
/** One JSON object per line; values are strings (numbers and booleans as written), null leaves a column out. */
function jsonRow(line, file, index) {
    const { text, start } = line;
    const errors = [];
    const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (errors.length > 0 || root?.type !== 'object') {
        const at = start + (errors[0]?.offset ?? 0);
        return { problem: diagnostic('SPAC8001', file, range(at, at + 1), {}, { message: 'json' }) };
    }
    const cells = [];
    for (const property of root.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value || value.type === 'null')
            continue;
        const name = String(key.value);
        const text = scalar(value);
        if (text === undefined) {
            const at = range(start + value.offset, start + value.offset + value.length);
            return { problem: diagnostic('SPAC8001', file, at, { column: name }, { message: 'json-value' }) };
        }
        cells[index.get(name) ?? cells.length] = {
            value: text,
            range: valueRange(value, start),
            quoted: value.type === 'string',
        };
    }
    return { cells: compactCells(index, cells), range: range(start, start + text.length) };
}
const scalar = (node) => node.type === 'string' || node.type === 'number' || node.type === 'boolean'
    ? String(node.value)
    : undefined;
/** A JSON string's range excludes its quotes (escapes make the mapping approximate inside it). */
const valueRange = (node, start) => node.type === 'string'
    ? range(start + node.offset + 1, start + node.offset + node.length - 1)
    : range(start + node.offset, start + node.offset + node.length);
