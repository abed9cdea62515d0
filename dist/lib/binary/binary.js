// Binary stage (entry points): profile entries <-> a binary profile file, against a schema family.
// Input: entries and a family (encoding), or file bytes and the schemas on hand (decoding). Output: file
// bytes, or entries with the family they were built against, or why the file cannot be read.
import { xmlNameOf } from '../model/names.js';
import { open, seal } from './container.js';
import { decodeBody } from './decode.js';
import { encodeBody } from './encode.js';
import { slotTable } from './slots.js';
export const toBinary = (entries, family, options = {}) => seal(encodeBody(entries, family), options);
export function fromBinary(bytes, name, schemas, options = {}) {
    const opened = open(bytes, name, options);
    if (!opened.ok)
        return opened;
    const decoded = decodeBody(opened.body, [...schemas, NO_SCHEMA], name);
    return decoded.ok ? { ...decoded, encrypted: opened.encrypted } : decoded;
}
/** Without a schema every name goes to the name list: the file is larger but needs no schema to read. */
export const NO_SCHEMA = {
    schemaVersion: 1,
    family: '',
    title: 'no schema',
    models: [],
    parameters: [],
};
/** The target's family, else the family whose table holds the most of the entries (the first on a tie);
 * when no family knows any of them, none: the file then reads without a schema. */
export function familyFor(entries, index) {
    if (!index)
        return NO_SCHEMA;
    if (index.target)
        return index.target.family;
    let best = { family: NO_SCHEMA, known: 0 };
    for (const family of index.schemas) {
        const table = slotTable(family);
        const known = entries.filter((e) => table.slotOf(xmlNameOf(e)) !== undefined).length;
        if (known > best.known)
            best = { family, known };
    }
    return best.family;
}
