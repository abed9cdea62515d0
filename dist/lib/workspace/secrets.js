// Workspace stage (secrets): what a report may show of the profiles it is about. Every secret value
// (passwords, GPP_SA..SD, what the schema marks secret, keys and passwords written into rules) is
// blanked in the sources that code frames and snippets are cut from, and in the messages, so a CI log
// never prints one. Input: the loaded files, a schema index, diagnostics. Output: the masked sources
// and diagnostics (offsets unchanged: a secret becomes as many '*').
import { formatMessage } from '../diagnostics/diagnostic.js';
import { textNameToXml } from '../model/names.js';
import { entriesOf } from '../model/profile.js';
import { secretArgumentSpans } from '../rules/print.js';
import { entryTag } from '../schema/lookup.js';
import { addTo } from '../text/append.js';
import { countAtMost } from '../text/sorted.js';
/** The names the curated schemas mark secret, for files checked without a schema. */
const SECRET_NAME = /(?:^|_)(?:Passwd|Password|PIN)(?:_|$)|Secret|^GPP_S[A-D]$/i;
const secretTag = (tag, index) => index?.secret(tag) ?? SECRET_NAME.test(tag);
export function hideSecrets(loaded, index, diagnostics) {
    const spans = new Map();
    const parsed = new Map();
    for (const file of loaded.files) {
        const entries = entriesOf(file.items);
        parsed.set(file.file, entries);
        for (const entry of entries)
            for (const span of entrySpans(entry, index, loaded.sources))
                addTo(spans, entry.file, span);
    }
    const sources = new Map();
    const found = new Map();
    const shown = shownRanges(diagnostics);
    for (const [file, text] of loaded.sources) {
        const lines = linesAround(text, shown.get(file) ?? []);
        const unparsed = lineSpans(text, index, lines, tagsInOrder(text, parsed.get(file) ?? []));
        const all = [...(spans.get(file) ?? []), ...unparsed].filter((s) => s.end > s.start);
        all.sort((a, b) => a.start - b.start);
        let reach = 0;
        found.set(file, all.map((span) => ({
            span,
            text: text.slice(span.start, span.end),
            reach: (reach = Math.max(reach, span.end)),
        })));
        sources.set(file, blank(text, all));
    }
    // A message can carry a secret only when the problem is on it (an invalid password, a bad key).
    const secretsAt = (d) => overlapping(found.get(d.file) ?? [], d.range).map((f) => f.text);
    return { sources, diagnostics: diagnostics.map((d) => withoutSecrets(d, secretsAt(d))) };
}
/** The secrets a range touches, of secrets sorted by start: found by halving, not by a scan of the file's
 * every secret per problem (a file of a hundred thousand passwords and as many warnings); the walk back
 * stops where nothing earlier reaches the range. */
function overlapping(sorted, at) {
    const end = Math.max(at.end, at.start + 1);
    const out = [];
    const before = countAtMost(sorted.length, (i) => sorted[i]?.span.start ?? 0, end - 1);
    for (let i = before - 1; i >= 0 && (sorted[i]?.reach ?? 0) > at.start; i--) {
        const f = sorted[i];
        if (f && f.span.end > at.start)
            out.push(f);
    }
    return out.reverse();
}
/** A secret entry's whole value; in a rule, only the key or password it writes itself. */
function entrySpans(entry, index, sources) {
    const at = entry.valueRange;
    if (!at || entry.value === undefined)
        return [];
    if (secretTag(entryTag(entry), index))
        return [at];
    const args = secretArgumentSpans(entry.value);
    if (args.length === 0)
        return [];
    const raw = sources.get(entry.file)?.slice(at.start, at.end);
    // Escapes (XML entities) move offsets: then the whole value is blanked rather than guessed at.
    if (raw !== entry.value)
        return [at];
    return args.map((s) => ({ start: at.start + s.start, end: at.start + s.end }));
}
/** The ranges a report shows of each file: the problems' own and their related locations. */
function shownRanges(diagnostics) {
    const out = new Map();
    for (const d of diagnostics) {
        addTo(out, d.file, d.range);
        for (const r of d.related ?? [])
            addTo(out, r.file, r.range);
    }
    return out;
}
/** The whole lines `ranges` touch, sorted and merged, with the lines of neighbouring ranges in one window
 * (a problem on every line is one window, not one per line): a report frames lines, never less. Each
 * character is looked at once however many problems share a line (one 50 MB line of a hundred thousand
 * problems). */
function linesAround(text, ranges) {
    // Problems come in order of place, mostly: copied and sorted only when they are not.
    const sorted = inOrder(ranges) ? ranges : [...ranges].sort((a, b) => a.start - b.start);
    const merged = [];
    let reach = 0;
    for (const r of sorted) {
        const end = Math.min(Math.max(r.end, r.start + 1), text.length);
        if (merged.length > 0 && r.start <= nextLine(text, reach)) {
            // A range that runs past the window's last line takes the window to the end of its own.
            if (end > reach) {
                reach = lineEnd(text, end - 1);
                merged[merged.length - 1] = { start: merged.at(-1)?.start ?? 0, end: reach };
            }
            continue;
        }
        let start = Math.min(r.start, text.length);
        while (start > reach && !isBreak(text.charCodeAt(start - 1)))
            start--;
        reach = lineEnd(text, Math.max(start, end - 1));
        merged.push({ start, end: reach });
    }
    return merged;
}
function inOrder(ranges) {
    for (let i = 1; i < ranges.length; i++)
        if (ranges[i - 1].start > ranges[i].start)
            return false;
    return true;
}
const isBreak = (c) => c === 10 || c === 13;
/** Where the line after the one ending at `end` starts. */
const nextLine = (text, end) => text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
function lineEnd(text, from) {
    let i = from;
    while (i < text.length && !isBreak(text.charCodeAt(i)))
        i++;
    return i;
}
/** Secret values on lines the parsers may not have read (an unterminated string, a broken tag): SPC
 * text `Name ! "value` and XML `<Tag ...>value`, by the name alone. Only the lines a report shows are
 * searched: a parsed entry is blanked by its own span, and a line no problem touches is never shown. */
function lineSpans(text, index, lines, tagOf) {
    const out = [];
    for (const line of lines) {
        const slice = text.slice(line.start, line.end);
        // A window holds many lines: a value never runs past its line's end, and a start tag (which may)
        // never past the next '<', so a tag left open on one line does not hide the next line's tag. The
        // text pattern's names hold no parentheses: their tags are textNameToXml's.
        const textLine = /^[ \t]*([A-Za-z][\w[\]/ ]*?)[ \t]*[!?]?[ \t]*"([^"\r\n]*)/gm;
        const xmlLine = /<([A-Za-z][\w.-]*)(?:\s[^<>]*)?>([^<\r\n]*)/g;
        const secret = (tag) => secretTag(tag, index);
        secretValues(slice, line.start, textLine, (name, at) => secret(tagOf(name, at)), out);
        secretValues(slice, line.start, xmlLine, secret, out);
    }
    return out;
}
/** The XML tag of an SPC text name matched at `matchStart` (before the line's indent): the tag of the
 * entry the parser read there, when it read that name, else worked out. The lines are searched in order
 * of place, and so are the entries walked, once (a profile of 200,000 shown lines). */
function tagsInOrder(text, entries) {
    let next = 0;
    return (name, matchStart) => {
        let at = matchStart;
        while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)
            at++;
        while (next < entries.length && entries[next].nameRange.start < at)
            next++;
        const entry = entries[next];
        const same = entry?.nameRange.start === at && entry.name === name && entry.nameFormat === 'text';
        return same && entry.tag !== undefined ? entry.tag : textNameToXml(name);
    };
}
/** Where the values (group 2, which ends each match of the global `pattern`) of secret names (group 1)
 * lie, `slice` starting at `from` in its text. exec, not matchAll: no iterator result per line. */
function secretValues(slice, from, pattern, isSecret, out) {
    for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
        if (!isSecret(m[1] ?? '', from + m.index))
            continue;
        const end = from + m.index + m[0].length;
        out.push({ start: end - (m[2] ?? '').length, end });
    }
}
/** `spans` sorted by start (they may overlap); line breaks inside a span stay, so lines keep their places. */
function blank(text, spans) {
    if (spans.length === 0)
        return text;
    let out = '';
    let at = 0;
    for (const s of spans) {
        const start = Math.max(s.start, at);
        const end = Math.min(s.end, text.length);
        if (end <= start)
            continue;
        out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, '*');
        at = end;
    }
    return out + text.slice(at);
}
/** Message parameters and fixes that carry a secret: the value blanked, the fix dropped. A short secret
 * is matched only as a whole parameter (quoted or not), not inside words. */
function withoutSecrets(d, secrets) {
    if (secrets.length === 0)
        return d;
    const holds = (text) => secrets.some((s) => s.length >= 4 ? text.includes(s) : text === s || text === `'${s}'` || text === `"${s}"`);
    const params = {};
    let changed = false;
    for (const [key, value] of Object.entries(d.params)) {
        const hidden = typeof value === 'string' && holds(value) ? mask(value, secrets) : value;
        changed ||= hidden !== value;
        params[key] = hidden;
    }
    const fixLeaks = d.fix !== undefined && holds(JSON.stringify(d.fix));
    if (!changed && !fixLeaks)
        return d;
    const kept = { ...d, params, message: formatMessage(d.code, d.messageId, params) };
    if (fixLeaks)
        delete kept.fix;
    return kept;
}
function mask(text, secrets) {
    let out = text;
    for (const s of secrets)
        if (s.length > 0)
            out = out.split(s).join('*'.repeat(s.length));
    return out;
}
