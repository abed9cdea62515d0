// Schema check (rule): a target that names its firmware (`SPA504G@7.5.5`) has the parameter and the
// option written. Input: an entry, what the index found and the index. Output: a warning naming the
// firmware range the data gives, or nothing when the target names no firmware (the union is accepted).
import { diagnostic } from '../../diagnostics/diagnostic.js';
import { firmwareHas, targetName } from '../lookup.js';
const ownOf = (found, index) => index.target?.firmware === undefined ? undefined : found.find((f) => f.family === index.target?.family);
/** The parameter itself is missing from the targeted firmware. */
export function checkFirmware(entry, found, index) {
    const range = ownOf(found, index)?.spec.firmware;
    if (range === undefined || firmwareHas(index.target, range))
        return undefined;
    const params = { name: entry.name, target: targetName(index), range };
    return diagnostic('SPAC3012', entry.file, entry.nameRange, params);
}
/** The parameter is there, but the option written came with a later (or left with an earlier) one. */
export function checkOptionFirmware(entry, found, index) {
    const type = ownOf(found, index)?.spec.type;
    const value = entry.value;
    if (type?.kind !== 'enum' || value === undefined)
        return undefined;
    const range = type.optionFirmware?.[value];
    if (range === undefined || firmwareHas(index.target, range))
        return undefined;
    const params = { name: entry.name, value, target: targetName(index), range };
    return diagnostic('SPAC3012', entry.file, entry.valueRange ?? entry.nameRange, params, {
        message: 'option',
    });
}
