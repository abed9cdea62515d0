// Schema stage (checker): every entry against the schema: known name, model, line index, value, secrets.
// Input: profile entries, a schema index and whether the output is encrypted. Output: diagnostics.
import { diagnostic } from '../diagnostics/diagnostic.js';
import { checkCanonical } from './checks/canonical.js';
import { checkIndexRange } from './checks/index-range.js';
import { checkKnown } from './checks/known.js';
import { checkEntryValue } from './checks/value.js';
import { entryTag } from './lookup.js';
export function checkEntries(entries, index, options = {}) {
    const out = [];
    const secretFiles = new Set();
    for (const entry of entries) {
        const found = index.find(entryTag(entry));
        const known = checkKnown(entry, found, index);
        if (known)
            out.push(known);
        if (found.length === 0 || known?.code === 'SPAC3003')
            continue;
        const inScope = index.target ? found.filter((f) => f.family === index.target?.family) : found;
        const ranged = checkIndexRange(entry, inScope[0], index);
        if (ranged)
            out.push(ranged);
        const value = options.damaged?.(entry) === true ? undefined : checkEntryValue(entry, inScope);
        if (value)
            out.push(value);
        const canonical = value ? undefined : checkCanonical(entry, inScope);
        if (canonical)
            out.push(canonical);
        if (!options.encrypted && isSetSecret(entry, inScope) && !secretFiles.has(entry.file)) {
            secretFiles.add(entry.file);
            out.push(secretWarning(entry));
        }
    }
    return out;
}
const isSetSecret = (entry, found) => entry.value !== undefined && entry.value !== '' && found.some((f) => f.spec.secret === true);
function secretWarning(entry) {
    return diagnostic('SPAC3005', entry.file, entry.nameRange, { name: entry.name });
}
