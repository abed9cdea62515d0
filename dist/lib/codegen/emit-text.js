// Codegen stage (SPC text): profile items -> canonical text in the layout of SPC's sample profiles.
// Input: items and a name table for XML names. Output: text and diagnostics for what text cannot say.
import { diagnostic } from '../diagnostics/diagnostic.js';
import { TEXT_NAME_BODY, emptyNameTable } from '../model/names.js';
import { append } from '../text/append.js';
import { hasLoneSurrogate } from '../text/xml-escape.js';
const NAME_COLUMN = 46;
const MARKER = { rw: '!', ro: '?', na: ' ' };
/** Layout: the name padded to column 47, the access marker in its own column, then `"value" ;` and any
 * trailing comment two spaces after the `;`. Comments and blank-line grouping are kept. */
export function emitText(items, names = emptyNameTable) {
    const lines = [];
    const diagnostics = [];
    const pending = { xmlNames: [], defaultAccess: [], grouped: [] };
    for (const item of items) {
        if (item.kind === 'blank') {
            if (lines.length > 0 && lines.at(-1) !== '')
                lines.push('');
        }
        else if (item.kind === 'comment') {
            append(lines, item.text.split(/\r\n|\r|\n/).map((line) => `# ${line.trim()}`.trimEnd()));
        }
        else if (item.kind === 'import') {
            lines.push(importLine(item));
        }
        else {
            lines.push(entryLine(item, names, pending, diagnostics));
        }
    }
    while (lines.at(-1) === '')
        lines.pop();
    append(diagnostics, summaries(pending));
    return { text: lines.length === 0 ? '' : `${lines.join('\n')}\n`, diagnostics };
}
function importLine(item) {
    const target = /\s/.test(item.target) ? `"${item.target}"` : item.target;
    return `import ${target}${trailing(item.comment)}`;
}
function entryLine(entry, names, pending, diagnostics) {
    const name = textName(entry, names, pending, diagnostics);
    if (entry.access === undefined)
        pending.defaultAccess.push(entry);
    if (entry.path.length > 0)
        pending.grouped.push(entry);
    const marker = MARKER[entry.access ?? 'na'] ?? ' ';
    const head = name.length < NAME_COLUMN ? name.padEnd(NAME_COLUMN) + marker : `${name} ${marker}`;
    const comment = trailing(entry.comment);
    if (entry.value === undefined)
        return `${head} ;${comment}`;
    const at = entry.valueRange ?? entry.nameRange;
    if (/["\r\n]/.test(entry.value))
        diagnostics.push(diagnostic('SPAC5001', entry.file, at, { name: entry.name }));
    else if (hasLoneSurrogate(entry.value))
        diagnostics.push(diagnostic('SPAC5001', entry.file, at, { name: entry.name }, { message: 'surrogate' }));
    return `${head} "${entry.value}" ;${comment}`;
}
function textName(entry, names, pending, diagnostics) {
    if (entry.nameFormat === 'text')
        return entry.name;
    const known = names.textNameOf(entry.name);
    if (known !== undefined)
        return known;
    if (!TEXT_NAME_BODY.test(entry.name)) {
        diagnostics.push(diagnostic('SPAC5005', entry.file, entry.nameRange, { name: entry.name }));
    }
    else {
        pending.xmlNames.push(entry);
    }
    return entry.name;
}
/** What applies to many entries is said once per output, at the first entry concerned. */
function summaries(pending) {
    const out = [];
    const first = (list) => list[0];
    if (pending.xmlNames.length > 0) {
        const e = first(pending.xmlNames);
        out.push(diagnostic('SPAC5002', e.file, e.nameRange, { count: count(pending.xmlNames), name: e.name }));
    }
    if (pending.defaultAccess.length > 0) {
        const e = first(pending.defaultAccess);
        const params = { count: count(pending.defaultAccess), name: e.name };
        const variant = pending.defaultAccess.length === 1 ? 'one' : 'default';
        out.push(diagnostic('SPAC5004', e.file, e.nameRange, params, { message: variant }));
    }
    if (pending.grouped.length > 0) {
        const e = first(pending.grouped);
        const params = { count: count(pending.grouped), path: `${e.path.join('/')}/${e.name}` };
        out.push(diagnostic('SPAC5006', e.file, e.nameRange, params));
    }
    return out;
}
/** A trailing comment must stay on its line, whatever line breaks an XML comment had. */
const trailing = (comment) => comment === undefined ? '' : `  # ${comment.replace(/\s*[\r\n]+\s*/g, ' ')}`.trimEnd();
const count = (list) => list.length === 1 ? '1 parameter' : `${list.length} parameters`;
