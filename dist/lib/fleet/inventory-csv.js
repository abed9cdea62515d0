// Fleet stage (inventory, CSV): the header at once, then the records a batch at a time: the text is cut
// only between records (a line break outside quotes), each batch read by csv-parse and dropped once its
// rows are used. Input: the inventory text. Output: columns, a row count and a row reader.
import { parse } from 'csv-parse/sync';
import { diagnostic, range } from '../diagnostics/diagnostic.js';
import { compactCells, emptyInventory } from './inventory.js';
/** Records read per csv-parse call: enough to amortise the call, few enough to stay small. */
const BATCH = 256;
export function parseCsv(source, file) {
    // A BOM is not part of the first header: offsets still count it, so ranges match the file.
    const bom = source.startsWith('\uFEFF') ? 1 : 0;
    let start = bom;
    while (start < source.length && isBlank(source, start, recordEnd(source, start)))
        start = recordEnd(source, start);
    if (start >= source.length)
        return emptyInventory(file);
    const bodyStart = recordEnd(source, start);
    const read = readBatch(source, start, bodyStart, file, 0);
    if (read.problem)
        return { ok: false, diagnostics: [read.problem] };
    const header = read.rows[0]?.cells;
    if (!header)
        return emptyInventory(file);
    const columns = new Map();
    const index = new Map();
    const diagnostics = [];
    header.forEach((cell, i) => {
        const name = cell.value.trim();
        if (columns.has(name))
            diagnostics.push(diagnostic('SPAC8001', file, cell.range, { column: name }, { message: 'twice' }));
        else {
            columns.set(name, cell.range);
            index.set(name, i);
        }
    });
    if (diagnostics.length > 0)
        return { ok: false, diagnostics };
    const shape = { index, width: header.length, file };
    return {
        ok: true,
        inventory: {
            file,
            text: source,
            format: 'csv',
            columns,
            count: countRecords(source, bodyStart),
            rows: () => csvRows(source, bodyStart, shape),
        },
    };
}
function* csvRows(source, from, shape) {
    let at = from;
    let lines = lineCount(source, 0, from);
    while (at < source.length) {
        let end = at;
        for (let n = 0; n < BATCH && end < source.length; n++)
            end = recordEnd(source, end);
        const read = readBatch(source, at, end, shape.file, lines);
        for (const record of read.rows)
            yield record.cells.length === shape.width
                ? { cells: compactCells(shape.index, record.cells), range: record.range }
                : { problem: widthProblem(shape, record) };
        // Records after one that cannot be read cannot be placed: the reading stops there.
        if (read.problem) {
            yield { problem: read.problem };
            return;
        }
        lines += lineCount(source, at, end);
        at = end;
    }
}
/** The records of source[from, to) with each cell's range; on a syntax error, the problem, its line
 * counted from the start of the file. csv-parse gives the values; the records' places come from the
 * same cuts `recordEnd` makes (its raw text puts a CRLF's halves in two records). */
function readBatch(source, from, to, file, linesBefore) {
    const spans = recordSpans(source, from, to);
    const values = parseRecords(source.slice(from, to));
    // The batch failed: its records one by one, so every row before the bad one is still read.
    if (values === undefined)
        return oneByOne(source, spans, file, linesBefore + lineCount(source, from, spans[0]?.start ?? from));
    if (values.length !== spans.length) {
        const problem = 'the records cannot be told apart here';
        return { rows: [], problem: diagnostic('SPAC8001', file, range(from), { problem }, { message: 'csv' }) };
    }
    return { rows: values.map((record, i) => located(record, source, spans[i] ?? range(from))) };
}
const parseRecords = (text) => {
    try {
        return parse(text, {
            skip_empty_lines: true,
            relax_column_count: true,
            record_delimiter: ['\r\n', '\n', '\r'],
        });
    }
    catch {
        return undefined;
    }
};
function oneByOne(source, spans, file, linesBefore) {
    const rows = [];
    let lines = linesBefore;
    for (const [i, span] of spans.entries()) {
        // The last record runs to the batch's end: a quote never closed swallowed the rest.
        const text = source.slice(span.start, span.end);
        try {
            const [record = []] = parse(text, {
                relax_column_count: true,
                record_delimiter: ['\r\n', '\n', '\r'],
            });
            rows.push(located(record, source, span));
        }
        catch (error) {
            return { rows, problem: csvError(error, { source, file, linesBefore: lines, at: span.start }) };
        }
        lines += lineCount(source, span.start, spans[i + 1]?.start ?? span.end);
    }
    const problem = 'the records cannot be told apart here';
    return {
        rows,
        problem: diagnostic('SPAC8001', file, range(spans[0]?.start ?? 0), { problem }, { message: 'csv' }),
    };
}
/** Each non-blank record of source[from, to), without its line break. */
function recordSpans(source, from, to) {
    const spans = [];
    for (let at = from; at < to;) {
        const end = recordEnd(source, at);
        if (!isBlank(source, at, end))
            spans.push(range(at, at + source.slice(at, end).replace(/\r?\n$|\r$/, '').length));
        at = end;
    }
    return spans;
}
function located(record, source, span) {
    const offsets = cellOffsets(source.slice(span.start, span.end));
    const cells = record.map((value, i) => {
        const [a, b, quoted] = offsets[i] ?? [0, 0, false];
        return { value, range: range(span.start + a, span.start + b), quoted };
    });
    return { cells, range: span };
}
/** Start and end of each cell's content inside one raw CSV record (quotes excluded). The parser has
 * already accepted the record, so quotes are balanced and a plain scan finds the separators. */
export function cellOffsets(raw) {
    const out = [];
    const end = raw.replace(/\r?\n$|\r$/, '').length;
    let i = 0;
    while (i <= end) {
        if (raw[i] === '"') {
            let j = i + 1;
            while (j < end && !(raw[j] === '"' && raw[j + 1] !== '"'))
                j += raw[j] === '"' ? 2 : 1;
            out.push([i + 1, j, true]);
            i = j + 2;
        }
        else {
            const comma = raw.indexOf(',', i);
            const stop = comma < 0 || comma > end ? end : comma;
            out.push([i, stop, false]);
            i = stop + 1;
        }
    }
    return out;
}
/** Just past the record starting at `from`: after the first line break outside quotes (a stray quote
 * only moves the cut; csv-parse then reports it where it is). */
function recordEnd(source, from) {
    let quoted = false;
    for (let i = from; i < source.length; i++) {
        const c = source.charCodeAt(i);
        if (c === 34)
            quoted = !quoted;
        else if (!quoted && c === 10)
            return i + 1;
        else if (!quoted && c === 13)
            return source.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
    return source.length;
}
const isBlank = (source, from, to) => /^[\r\n]*$/.test(source.slice(from, to));
function countRecords(source, from) {
    let count = 0;
    for (let at = from; at < source.length;) {
        const end = recordEnd(source, at);
        if (!isBlank(source, at, end))
            count++;
        at = end;
    }
    return count;
}
function lineCount(source, from, to) {
    let n = 0;
    for (let i = source.indexOf('\n', from); i >= 0 && i < to; i = source.indexOf('\n', i + 1))
        n++;
    return n;
}
function widthProblem(shape, record) {
    const problem = `${String(record.cells.length)} cells where the header has ${String(shape.width)}`;
    return diagnostic('SPAC8001', shape.file, range(record.range.start), { problem }, { message: 'csv' });
}
function csvError(error, at) {
    const e = error;
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
        const problem = 'a quote opened in this record is never closed';
        return diagnostic('SPAC8001', at.file, range(at.at), { problem }, { message: 'csv' });
    }
    const text = typeof e.message === 'string' ? e.message : 'not valid CSV';
    // csv-parse counts lines from the start of the batch it was given.
    const message = text.replace(/\b(line) (\d+)/g, (_, word, n) => `${word} ${String(Number(n) + at.linesBefore)}`);
    const line = (typeof e.lines === 'number' ? e.lines : 1) + at.linesBefore;
    return diagnostic('SPAC8001', at.file, range(lineStart(at.source, line)), { problem: message.replace(/\.$/, '') }, { message: 'csv' });
}
function lineStart(source, line) {
    let at = 0;
    for (let n = 1; n < line; n++) {
        const next = source.indexOf('\n', at);
        if (next < 0)
            return at;
        at = next + 1;
    }
    return at;
}
