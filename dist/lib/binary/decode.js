// Binary stage (decoder): the body of a binary profile -> profile entries, checked against the schema
// family it names. Input: body bytes, the schemas on hand, a file name. Output: entries, or why not.
import { codedFailure } from '../diagnostics/diagnostic.js';
import { ByteReader } from './bytes.js';
import { unzigzag } from './encode.js';
import { ACCESS_CODES, HEAD_KNOWN, HEAD_PATH, HEAD_TEXT_NAME, SCHEMA_HASH_LENGTH, ValueCode, } from './format.js';
import { slotTable } from './slots.js';
const hex = (bytes) => Buffer.from(bytes).toString('hex').slice(0, 12);
export function decodeBody(body, schemas, file) {
    const r = new ByteReader(body);
    const familyName = r.string();
    const hash = r.bytes(SCHEMA_HASH_LENGTH);
    if (r.problem() !== undefined)
        return damaged(file, r.problem() ?? '');
    const family = schemas.find((f) => f.family === familyName);
    if (!family)
        return codedFailure('SPAC6015', { file, family: familyName });
    const table = slotTable(family);
    if (!Buffer.from(table.hash).equals(Buffer.from(hash)))
        return codedFailure('SPAC6015', { file, family: familyName, built: hex(hash), loaded: hex(table.hash) }, 'version');
    const entries = readEntries(r, table, file);
    if (r.problem() === undefined && r.remaining > 0)
        r.fail('bytes follow the last entry');
    return r.problem() === undefined ? { ok: true, family, entries } : damaged(file, r.problem() ?? '');
}
const damaged = (file, problem) => codedFailure('SPAC6017', { file, problem });
function readEntries(r, table, file) {
    const names = count(r, 'names');
    const list = [];
    for (let i = 0; i < names && r.problem() === undefined; i++)
        list.push(r.string());
    const total = count(r, 'entries');
    const entries = [];
    let previous = -1;
    for (let i = 0; i < total && r.problem() === undefined; i++) {
        const read = readEntry(r, table, list, previous, file);
        if (read) {
            entries.push(read.entry);
            previous = read.slot ?? previous;
        }
    }
    return entries;
}
/** Every item takes at least one byte, so a count beyond the bytes left is damage, not a huge list. */
function count(r, what) {
    const n = r.varint();
    return n > r.remaining ? r.fail(`more ${what} than bytes`) : n;
}
function readEntry(r, table, names, previous, file) {
    const head = r.byte();
    const textName = (head & HEAD_TEXT_NAME) !== 0;
    let slot;
    let name;
    if ((head & HEAD_KNOWN) !== 0) {
        slot = previous + 1 + unzigzag(r.varint());
        const spelled = table.slots[slot];
        name = spelled && (textName ? spelled.text : spelled.xml);
    }
    else
        name = names[r.varint()];
    if (name === undefined)
        return void r.fail('a parameter reference is out of range');
    const path = (head & HEAD_PATH) === 0 ? [] : readPath(r, names);
    const value = readValue(r, (head >> 2) & 7, slot === undefined ? undefined : table.slots[slot]?.spec.type);
    const access = ACCESS_CODES[head & 3];
    const entry = {
        kind: 'entry',
        name,
        nameFormat: textName ? 'text' : 'xml',
        path,
        access,
        value,
        file,
        range: { start: 0, end: 0 },
        nameRange: { start: 0, end: 0 },
    };
    return { entry, slot };
}
function readPath(r, names) {
    const length = count(r, 'groups');
    const path = [];
    for (let i = 0; i < length && r.problem() === undefined; i++) {
        const group = names[r.varint()];
        if (group === undefined)
            r.fail('a group reference is out of range');
        else
            path.push(group);
    }
    return path;
}
function readValue(r, code, type) {
    switch (code) {
        case ValueCode.None:
            return undefined;
        case ValueCode.String:
            return r.string();
        case ValueCode.Empty:
            return '';
        case ValueCode.No:
        case ValueCode.Yes:
            if (type?.kind !== 'bool')
                r.fail('a Yes/No value for a parameter that is not Yes/No');
            return code === ValueCode.Yes ? 'Yes' : 'No';
        case ValueCode.Option: {
            const option = type?.kind === 'enum' ? type.options[r.varint()] : undefined;
            if (option === undefined)
                r.fail('an option index is out of range');
            return option ?? '';
        }
        case ValueCode.Unsigned:
            return String(r.varint());
        default:
            return String(-r.varint());
    }
}
