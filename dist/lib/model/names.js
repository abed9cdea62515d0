const SPECIAL = /[ [\]()/]/;
/** Text -> XML: every space and each of `[ ] ( ) /` becomes `_` (Line_Enable[1] -> Line_Enable_1_). */
export function textNameToXml(name) {
    // No memo: the names a parser hands over are new strings, and hashing one to look it up costs more
    // than this (measured: 6x more over 200,000 distinct names, 2x over repeated ones). split/join, not
    // replace: V8 builds a replacement as a tree of pieces (three more objects per Line_Enable[1]), join a
    // flat string, a third of the memory an entry's tag holds for the whole run.
    return hasSpecial(name) ? name.split(SPECIAL).join('_') : name;
}
/** Whether a name holds a character its XML tag spells `_` (most names hold none). */
function hasSpecial(name) {
    for (let i = 0; i < name.length; i++) {
        const c = name.charCodeAt(i);
        // space ( ) / [ ]
        if (c === 32 || c === 40 || c === 41 || c === 47 || c === 91 || c === 93)
            return true;
    }
    return false;
}
/** The XML tag of an entry, whatever format it was written in. */
export const xmlNameOf = (entry) => entry.tag ?? (entry.nameFormat === 'xml' ? entry.name : textNameToXml(entry.name));
/** The identity of a parameter for last-wins layering: its XML group path and XML tag. */
export const entryKey = (entry) => entry.path.length === 0 ? xmlNameOf(entry) : [...entry.path, xmlNameOf(entry)].join('/');
export const emptyNameTable = { textNameOf: () => undefined };
/** Characters the text front end accepts in a name (plus an optional `[n]` index). The guides show
 * letters, digits and `_ - / ( )`; `.` is accepted too, for tags such as `CWMP_V1.2_Support`. */
export const TEXT_NAME_BODY = /^[A-Za-z0-9_.\-/()]+(?:\[[0-9]+\])?$/;
/** Characters the XML front end accepts in a tag name. */
export const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;
