// Schema check (rule): a per-line parameter names a line the model has (`Line_Enable[5]` on a 4-line phone).
// Input: an entry and its parameter. Output: a warning naming the model's line count (the phone ignores it).
import { diagnostic } from '../../diagnostics/diagnostic.js';
import { linesOn, targetName } from '../lookup.js';
/** A family's most lines over its models, worked out once per family, not at every per-line entry (a
 * profile has hundreds of them; the family a dozen models). */
const mostLines = new WeakMap();
function familyLines(family) {
    let lines = mostLines.get(family);
    if (lines === undefined) {
        lines = Math.max(0, ...family.models.map((m) => linesOn(m, undefined)));
        mostLines.set(family, lines);
    }
    return lines;
}
export function checkIndexRange(entry, found, index) {
    const line = found.index;
    if (line === undefined)
        return undefined;
    const target = index.target;
    const lines = target ? linesOn(target.model, target) : familyLines(found.family);
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
