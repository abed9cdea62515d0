// Diagnostics stage (edge): diagnostics -> text for people and machines.
// Input: sorted diagnostics and the sources they point into. Output: pretty, compact or JSON text.
import { createColors } from 'picocolors';
import { catalog } from './catalog.js';
import { shownMessage } from './diagnostic.js';
import { renderGithub, renderSarif } from './render-ci.js';
import { renderGitlab, renderJunit } from './render-reports.js';
import { lineIndex } from '../text/line-index.js';
import { append } from '../text/append.js';
/** Line indexes are built once per file, however many diagnostics point into it. */
function indexer(sources) {
    const indexes = new Map();
    return (file) => {
        let index = indexes.get(file);
        if (!index) {
            index = lineIndex(sources.get(file) ?? '');
            indexes.set(file, index);
        }
        return index;
    };
}
export function renderDiagnostics(diagnostics, format, options) {
    const index = indexer(options.sources);
    const locate = (file, offset) => index(file).position(offset);
    if (format === 'json')
        return `${JSON.stringify(diagnostics.map((d) => toJson(d, locate)), null, 2)}\n`;
    if (format === 'sarif')
        return renderSarif(diagnostics.map((d) => toJson(d, locate)), options.tool ?? { name: 'spac', version: '0.0.0' }, options.paths);
    if (format === 'github')
        return renderGithub(diagnostics.map((d) => toJson(d, locate)));
    if (format === 'gitlab')
        return renderGitlab(diagnostics.map((d) => toJson(d, locate)), options.paths);
    if (format === 'junit')
        return renderJunit(diagnostics.map((d) => toJson(d, locate)), [...options.sources.keys()]);
    if (format === 'compact')
        return diagnostics.map((d) => `${compactLine(d, locate)}\n`).join('');
    // Made once per report, not per diagnostic: picocolors makes a function for every style it has.
    const colors = createColors(options.color ?? false);
    return diagnostics.map((d) => renderPretty(d, index, options, colors)).join('');
}
export function toJson(d, locate) {
    const span = (file, r) => {
        const start = locate(file, r.start);
        const end = locate(file, r.end);
        return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    };
    return {
        file: d.file,
        ...span(d.file, d.range),
        severity: d.severity,
        code: d.code,
        message: d.message,
        ...(d.device === undefined ? {} : { device: d.device }),
        messageId: d.messageId,
        params: d.params,
        title: catalog[d.code].title,
        related: (d.related ?? []).map((r) => ({ file: r.file, ...span(r.file, r.range), message: r.message })),
        ...(d.fix
            ? {
                fix: {
                    description: d.fix.description,
                    edits: d.fix.edits.map((e) => ({ file: e.file, ...span(e.file, e.range), newText: e.newText })),
                    ...(d.fix.safe ? { safe: true } : {}),
                },
            }
            : {}),
    };
}
function compactLine(d, locate) {
    const at = locate(d.file, d.range.start);
    return `${d.file}:${at.line}:${at.column}: ${d.severity} ${d.code}: ${shownMessage(d)}`;
}
function renderPretty(d, index, options, c) {
    const locate = (file, offset) => index(file).position(offset);
    const paint = d.severity === 'error' ? c.red : d.severity === 'warning' ? c.yellow : c.blue;
    const at = locate(d.file, d.range.start);
    const lines = [
        // As compact and as compilers print it: `file:line:col: severity CODE: message`.
        `${c.bold(`${d.file}:${at.line}:${at.column}:`)} ${paint(`${d.severity} ${d.code}`)}: ${shownMessage(d)}`,
    ];
    if (options.sources.get(d.file))
        append(lines, codeFrame(d, index(d.file), paint, c.dim));
    for (const r of d.related ?? []) {
        const rel = locate(r.file, r.range.start);
        lines.push(`  ${c.dim('note:')} ${r.message} (${r.file}:${rel.line}:${rel.column})`);
    }
    // A safe fix is what `spac check --fix` applies; any other is a suggestion, applied only by hand.
    if (d.fix)
        lines.push(`  ${c.dim(d.fix.safe ? 'fix:' : 'suggestion:')} ${d.fix.description}`);
    return `${lines.join('\n')}\n\n`;
}
function codeFrame(d, index, mark, dim) {
    const start = index.position(d.range.start);
    const end = index.position(d.range.end);
    const line = index.lineText(start.line);
    const caretEnd = end.line === start.line ? end.column : line.length + 1;
    const shown = frameWindow(line, start.column - 1, Math.max(start.column, caretEnd) - 1);
    const gutter = String(start.line);
    const carets = '^'.repeat(Math.max(1, shown.caretEnd - shown.caretStart));
    return [
        `  ${dim(`${gutter} |`)} ${shown.text}`,
        `  ${' '.repeat(gutter.length)} ${dim('|')} ${' '.repeat(shown.caretStart)}${mark(carets)}`,
    ];
}
/** Columns of a line shown under a diagnostic: a profile written on one long line (or a 1 MB value)
 * shows the part around the problem, not megabytes per diagnostic. */
const FRAME_WIDTH = 160;
const FRAME_BEFORE = 40;
/** The part of `line` a frame shows around the 0-based columns [from, to), with '…' where it is cut. */
function frameWindow(line, from, to) {
    if (line.length <= FRAME_WIDTH)
        return { text: line.replace(/\t/g, ' '), caretStart: from, caretEnd: to };
    const first = Math.max(0, Math.min(from - FRAME_BEFORE, line.length - FRAME_WIDTH));
    const last = Math.min(line.length, first + FRAME_WIDTH);
    const lead = first > 0 ? '…' : '';
    const text = `${lead}${line.slice(first, last).replace(/\t/g, ' ')}${last < line.length ? '…' : ''}`;
    const caretStart = from - first + lead.length;
    return { text, caretStart, caretEnd: Math.min(to, last) - first + lead.length };
}
