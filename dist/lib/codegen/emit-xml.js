// Codegen stage (XML): profile items -> a canonical `<flat-profile>` document, one parameter per line.
// Input: items (imports already spliced). Output: XML text and diagnostics for values XML cannot hold.
import { escapeXmlAscii, hasLoneSurrogate } from '../text/xml-escape.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { XML_NAME, xmlNameOf } from '../model/names.js';
const INDENT = '  ';
/** `<X/>` keeps "leave unchanged" and `<X></X>` keeps "set empty"; non-ASCII is written as character
 * references because the SPA firmware is documented as ASCII-only. */
export function emitXml(items) {
    const body = startBody();
    for (const item of items)
        addItem(body, item);
    return finishBody(body);
}
const startBody = () => ({
    lead: 0,
    lines: ['<flat-profile>'],
    open: [],
    pendingBlank: false,
    lineOf: [],
    found: [],
});
function addItem(body, item) {
    const { lines } = body;
    if (item.kind === 'blank') {
        body.pendingBlank = lines.length > 1;
        body.lineOf.push(-1);
        body.found.push([]);
        return;
    }
    body.open = moveTo(lines, body.open, item.path);
    if (body.pendingBlank)
        lines.push('');
    body.pendingBlank = false;
    const pad = INDENT.repeat(body.open.length + 1);
    const own = [];
    body.lineOf.push(lines.length);
    lines.push(item.kind === 'comment' ? `${pad}${xmlComment(item.text)}` : pad + entryLine(item, own));
    body.found.push(own);
}
/** Closes the document; `body` is spent. */
function finishBody(body) {
    const { lines } = body;
    moveTo(lines, body.open, []);
    lines.push('</flat-profile>', '');
    return { text: lines.join('\n'), diagnostics: body.found.flat() };
}
export function xmlTemplate(items) {
    const body = startBody();
    for (const item of items)
        addItem(body, item);
    const starts = [];
    const encoded = body.lines.map((line) => utf8.encode(`${line}\n`));
    let at = 0;
    for (const line of encoded) {
        starts.push(at);
        at += line.length;
    }
    const bytes = new Uint8Array(at);
    encoded.forEach((line, i) => {
        bytes.set(line, starts[i]);
    });
    const noisy = body.found.flatMap((found, i) => (found.length > 0 ? [i] : []));
    return { body, bytes, starts, noisy };
}
const utf8 = new TextEncoder();
/** `emitXml(itemsOf(over))`, as UTF-8, for an overlay on the template's items. Bytes, not text: a fleet's
 * ten thousand files are slices of one template and a few lines each, never a whole document flattened
 * and encoded again. */
export function emitXmlOnto(template, over) {
    const base = template.body;
    // The template's byte ranges kept, and between them the device's own lines.
    const kept = [];
    const own = [];
    let from = 0;
    // Only the lines with diagnostics, by item: the base's where the device kept the item, else its own.
    const found = new Map(template.noisy.map((i) => [i, base.found[i] ?? []]));
    for (const i of over.changed) {
        const item = over.at.get(i);
        if (item === undefined)
            continue;
        const line = base.lineOf[i] ?? 0;
        const problems = [];
        kept.push(from, template.starts[line] ?? from);
        own.push(`${INDENT.repeat(item.path.length + 1)}${entryLine(item, problems)}\n`);
        from = template.starts[line + 1] ?? template.bytes.length;
        if (problems.length > 0 || found.has(i))
            found.set(i, problems);
    }
    kept.push(from, template.bytes.length);
    const tail = {
        lead: base.lines.length,
        lines: [],
        open: base.open,
        pendingBlank: base.pendingBlank,
        lineOf: [],
        found: [],
    };
    for (const item of over.added)
        addItem(tail, item);
    const closed = finishBody(tail);
    const inOrder = [...found].sort(([a], [b]) => a - b).flatMap(([, d]) => d);
    const lines = encodeEach([...own, closed.text]);
    const chunks = [];
    for (let k = 0; k < lines.length; k++) {
        chunks.push(template.bytes.subarray(kept[2 * k], kept[2 * k + 1]));
        chunks.push(lines[k] ?? new Uint8Array());
    }
    return { chunks, diagnostics: [...inOrder, ...closed.diagnostics] };
}
/** Each text as UTF-8, encoded in one call when all are ASCII (as the lines of a profile nearly always
 * are): thousands of devices' few short lines, not thousands of encoder calls. */
function encodeEach(texts) {
    const all = utf8.encode(texts.join(''));
    if (all.length !== texts.reduce((n, t) => n + t.length, 0))
        return texts.map((t) => utf8.encode(t));
    let at = 0;
    return texts.map((t) => all.subarray(at, (at += t.length)));
}
/** Closes and opens group elements so that `lines` continues inside `path`. */
function moveTo(lines, open, path) {
    let common = 0;
    while (common < open.length && common < path.length && open[common] === path[common])
        common++;
    for (let depth = open.length - 1; depth >= common; depth--)
        lines.push(`${INDENT.repeat(depth + 1)}</${open[depth] ?? ''}>`);
    for (let depth = common; depth < path.length; depth++)
        lines.push(`${INDENT.repeat(depth + 1)}<${path[depth] ?? ''}>`);
    return path;
}
function entryLine(entry, diagnostics) {
    const name = xmlNameOf(entry);
    if (!XML_NAME.test(name)) {
        diagnostics.push(diagnostic('SPAC5005', entry.file, entry.nameRange, { name: entry.name }, { message: 'xml' }));
    }
    const ua = entry.access === undefined ? '' : ` ua="${entry.access}"`;
    const comment = entry.comment === undefined ? '' : ` ${xmlComment(entry.comment)}`;
    if (entry.value === undefined)
        return `<${name}${ua}/>${comment}`;
    checkValue(entry, entry.value, diagnostics);
    return `<${name}${ua}>${escapeXmlAscii(entry.value)}</${name}>${comment}`;
}
function checkValue(entry, value, diagnostics) {
    const at = entry.valueRange ?? entry.nameRange;
    // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 cannot carry
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(value)) {
        diagnostics.push(diagnostic('SPAC5001', entry.file, at, { name: entry.name }, { message: 'control' }));
    }
    else if (hasLoneSurrogate(value)) {
        diagnostics.push(diagnostic('SPAC5001', entry.file, at, { name: entry.name }, { message: 'surrogate' }));
    }
    else if (value !== value.trim() || /[\r\n]/.test(value)) {
        diagnostics.push(diagnostic('SPAC5003', entry.file, at, { name: entry.name }));
    }
}
/** XML comments may not contain `--` or end in `-`. */
const xmlComment = (text) => `<!-- ${text.replace(/--/g, '- -').replace(/-$/, '- ')} -->`;
