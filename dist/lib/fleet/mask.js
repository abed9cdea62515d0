// Fleet stage (masking): the inventory as diagnostics show it, with every key cell and every cell of a
// secret parameter (passwords, GPP_SA..SD) blanked out, so a code frame under a problem never prints
// a device's key or password. Input: the inventory and what is secret. Output: text of the same length.
import { textNameToXml } from '../model/names.js';
import { cellOffsets } from './inventory-csv.js';
import { inventoryFormat } from './inventory.js';
/** Whether a column holds secrets: the key column, or a parameter the schema marks secret (the header's
 * access marker aside). */
export const secretColumn = (index, keyColumn) => (column) => column === keyColumn ||
    index.find(textNameToXml(column.replace(/\s*[!?]$/, ''))).some((f) => f.spec.secret === true);
/** Secret cells of the rows read blanked by their ranges; past a line that could not be read, line by
 * line as well as a line can be read. */
export function maskedInventory(inventory, isSecret) {
    const secret = [...inventory.columns.keys()].filter(isSecret);
    if (secret.length === 0)
        return inventory.text;
    // Offsets are UTF-16 units: the text is cut and joined by them, keeping every other offset in place.
    let text = '';
    let from = 0;
    let unreadable = false;
    for (const item of inventory.rows()) {
        if ('problem' in item) {
            unreadable = true;
            continue;
        }
        const ranges = secret
            .flatMap((column) => item.cells.get(column)?.range ?? [])
            .filter((r) => r.end > r.start && r.start >= from)
            .sort((a, b) => a.start - b.start);
        for (const r of ranges) {
            text += inventory.text.slice(from, r.start) + '*'.repeat(r.end - r.start);
            from = r.end;
        }
    }
    text += inventory.text.slice(from);
    return unreadable ? maskUnparsed(text, inventory.file, isSecret) : text;
}
/** An inventory the parser refused, blanked line by line as well as a line can be read: CSV cells under
 * a secret header, JSON Lines values of secret keys. Offsets do not move. */
export function maskUnparsed(text, file, secret) {
    const lines = text.split('\n');
    if (inventoryFormat(file, text) === 'jsonl')
        return lines
            .map((line) => line.replace(/"((?:[^"\\]|\\.)*)"(\s*:\s*)"((?:[^"\\]|\\.)*)"/g, (whole, key, colon, value) => secret(key) ? `"${key}"${colon}"${'*'.repeat(value.length)}"` : whole))
            .join('\n');
    const header = lines[0] ?? '';
    const names = cellOffsets(header).map(([from, to]) => header
        .slice(from, to)
        .replace(/^\uFEFF/, '')
        .trim());
    const hidden = names.flatMap((name, i) => (secret(name) ? [i] : []));
    if (hidden.length === 0)
        return text;
    const blank = (line) => {
        let out = line;
        const cells = cellOffsets(line);
        for (const i of hidden) {
            const [from, to] = cells[i] ?? [0, 0];
            out = out.slice(0, from) + '*'.repeat(to - from) + out.slice(to);
        }
        return out;
    };
    return [header, ...lines.slice(1).map(blank)].join('\n');
}
