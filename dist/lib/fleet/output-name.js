// Fleet stage (output names): where a device's file goes, written with the phone's own macros ($MA,
// $MAU, $MAC, $PN, $PSN), so the name matches the `.../$MA.xml` of its profile rule.
// Input: a name template and a device. Output: a relative path inside the output directory, or why not.
import { deviceValues } from '../rules/device.js';
import { expandPieces, scanMacros } from '../rules/macro-scan.js';
export const NAME_MACROS = ['MA', 'MAU', 'MAC', 'PN', 'PSN'];
/** The default name per output format: the usual `Profile_Rule` ends in `$MA.xml` (or `.cfg`). */
export const defaultName = (format) => format === 'xml' ? '$MA.xml' : format === 'text' ? '$MA.cfg' : '$MA.bin';
/** Macros the template uses that spac cannot fill (anything but NAME_MACROS, or $PN/$PSN without a
 * model), in the template's own spelling. */
function unfillable(template, pieces, facts) {
    for (const piece of pieces) {
        if (piece.kind !== 'macro')
            continue;
        const known = NAME_MACROS.includes(piece.name);
        if (!known || (facts.model === undefined && (piece.name === 'PN' || piece.name === 'PSN')))
            return template.slice(piece.at, piece.at + piece.length);
    }
    return undefined;
}
/** Templates scanned: a fleet names every device with one or two (profile, bootstrap), row after row. A
 * name per row (an inventory column) would fill it, so it starts again past a few. */
const scanned = new Map();
function piecesOf(template) {
    let pieces = scanned.get(template);
    if (pieces === undefined) {
        if (scanned.size >= 16)
            scanned.clear();
        pieces = scanMacros(template);
        scanned.set(template, pieces);
    }
    return pieces;
}
export function outputName(template, facts) {
    const pieces = piecesOf(template);
    const macro = unfillable(template, pieces, facts);
    if (macro !== undefined)
        return { ok: false, reason: 'macro', macro };
    const values = deviceValues(facts, new Map());
    const name = expandPieces(template, pieces, (m) => values.get(m));
    return safeRelative(name) ? { ok: true, name } : { ok: false, reason: 'path' };
}
/** Inside the output directory: relative, forward slashes, no `.` or `..` segment, no empty segment. */
export function safeRelative(name) {
    if (name === '' || name.startsWith('/') || /[\\\0]/.test(name))
        return false;
    return name.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}
