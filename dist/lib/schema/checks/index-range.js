// Schema check (rule): a per-line parameter names a line the model has (`Line_Enable[5]` on a 4-line phone).
// Input: an entry and its parameter. Output: a warning naming the model's line count (the phone ignores it).
import { diagnostic } from '../../diagnostics/diagnostic.js';
import { linesOn, targetName } from '../lookup.js';
export function checkIndexRange(entry, found, index) {
    const line = found.index;
    if (line === undefined)
        return undefined;
    const target = index.target;
    const models = target ? [target.model] : found.family.models;
    const lines = Math.max(0, ...models.map((m) => linesOn(m, target)));
    if (line >= 1 && (lines === 0 || line <= lines))
        return undefined;
    const params = { name: entry.name, line, lines: plural(lines, 'line') };
    if (line < 1)
        return diagnostic('SPAC3004', entry.file, entry.nameRange, params, { message: 'from-one' });
    if (!target)
        return diagnostic('SPAC3004', entry.file, entry.nameRange, { ...params, family: found.family.family }, { message: 'no-target' });
    return diagnostic('SPAC3004', entry.file, entry.nameRange, { ...params, model: targetName(index) });
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
