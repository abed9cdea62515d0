// Schema check (rule): is the name a parameter at all, and one of the target model?
// Input: an entry and what the index found. Output: an unknown-name warning with a did-you-mean fix,
// or a not-on-this-model warning.
import { diagnostic } from '../../diagnostics/diagnostic.js';
import { Nearest } from '../../text/distance.js';
import { lineName, lineSpelling, splitLineName } from '../line-names.js';
/** The line written as a character no name holds, so it survives the distance search as one unit. */
const LINE = '\u0000';
/** Distinct unknown names given a suggestion per index (one run): each costs a search of the family's
 * names, so a hostile profile of a million made-up names would take minutes. Past it, names already
 * seen keep theirs and new ones get none. No real profile comes near it. */
const SUGGESTION_BUDGET = 2000;
/** Suggestions depend only on the name with its line taken out, so they are worked out once per index;
 * the search structures, once per list of names (the index's, the same for every run on one schema). */
const suggesters = new WeakMap();
const searches = new WeakMap();
function searchOf(names) {
    let found = searches.get(names);
    if (!found) {
        const candidates = candidatesOf(names);
        found = { candidates, nearest: new Nearest(candidates.keys()) };
        searches.set(names, found);
    }
    return found;
}
/** Per-line names are also compared without their line part: `User_ID` is a forgotten `User_ID[1]`. */
function candidatesOf(names) {
    const out = new Map();
    for (const name of names) {
        const full = lineSpelling(name, LINE);
        out.set(full, full);
    }
    for (const full of [...out.keys()]) {
        const bare = full.replace(`[${LINE}]`, '').replace(`_${LINE}_`, '');
        if (!out.has(bare))
            out.set(bare, full);
    }
    return out;
}
function suggesterOf(index) {
    let found = suggesters.get(index);
    if (!found) {
        found = { search: (form) => searchOf(index.names(form)), memo: { text: new Map(), xml: new Map() } };
        suggesters.set(index, found);
    }
    return found;
}
/** Per-line families are offered at the line the entry names (line 1 when it names none), so a
 * suggestion is always a name that can be written as it stands. Names are compared with the line as a
 * placeholder on both sides: `Prxy[3]` is as near `Proxy[n]` as `Prxy[1]`. */
export function suggest(entry, index) {
    const format = entry.nameFormat;
    const split = splitLineName(entry.name, format);
    // The base written for the placeholder line: one string made per unknown name.
    const key = split ? lineName(split.base, format, LINE) : entry.name;
    const { search, memo: memos } = suggesterOf(index);
    const memo = memos[format];
    if (!memo.has(key)) {
        if (memos.text.size + memos.xml.size >= SUGGESTION_BUDGET)
            return undefined;
        const { candidates, nearest } = search(format);
        const near = nearest.closest(key);
        memo.set(key, near === undefined ? undefined : candidates.get(near));
    }
    return memo.get(key)?.replace(LINE, String(split?.line ?? 1));
}
function renameFix(entry, name) {
    const edits = [{ file: entry.file, range: entry.nameRange, newText: name }];
    if (entry.closeNameRange)
        edits.push({ file: entry.file, range: entry.closeNameRange, newText: name });
    return { description: `rename to '${name}'`, edits };
}
export function checkKnown(entry, found, index) {
    const target = index.target;
    if (found.length === 0) {
        const near = suggest(entry, index);
        if (near === undefined)
            return diagnostic('SPAC3001', entry.file, entry.nameRange, { name: entry.name });
        const params = { name: entry.name, suggestion: near };
        const extras = { fix: renameFix(entry, near), message: 'suggestion' };
        return diagnostic('SPAC3001', entry.file, entry.nameRange, params, extras);
    }
    if (!target)
        return undefined;
    const own = found.find((f) => f.family === target.family);
    if (own && (own.spec.models === undefined || own.spec.models.includes(target.model.name)))
        return undefined;
    return diagnostic('SPAC3003', entry.file, entry.nameRange, { name: entry.name, model: target.model.name });
}
