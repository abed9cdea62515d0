// Fleet stage (inventory): the devices of a fleet, one row each, from CSV (RFC 4180, header row, UTF-8
// with or without BOM; read with csv-parse) or JSON Lines. Input: the inventory text and its name.
// Output: the header and rows with the source range of every cell, or located diagnostics.
import { parse } from 'csv-parse/sync';
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { diagnostic, range, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';

export interface Cell {
  readonly value: string;
  /** The cell's text in the inventory (inside the quotes of a quoted CSV cell or JSON string). */
  readonly range: Range;
  /** Written as a quoted string (CSV `""`, JSON `""`): an empty one sets an empty value, while an
   * unquoted empty CSV cell leaves the layers' value alone. */
  readonly quoted: boolean;
}

/** A row's cells by column name (a JSON Lines object may leave a column out). */
export interface CellLookup {
  readonly get: (column: string) => Cell | undefined;
}

/** Cells kept as one array of values and two typed arrays: 100,000 rows hold no object per cell. */
class CompactCells implements CellLookup {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly values: readonly (string | undefined)[],
    private readonly spans: Int32Array,
    private readonly quoted: Uint8Array,
  ) {}

  get(column: string): Cell | undefined {
    const i = this.index.get(column);
    const value = i === undefined ? undefined : this.values[i];
    if (i === undefined || value === undefined) return undefined;
    return {
      value,
      range: range(this.spans[2 * i] ?? 0, this.spans[2 * i + 1] ?? 0),
      quoted: this.quoted[i] === 1,
    };
  }
}

function compact(index: ReadonlyMap<string, number>, cells: readonly (Cell | undefined)[]): CellLookup {
  const spans = new Int32Array(cells.length * 2);
  const quoted = new Uint8Array(cells.length);
  cells.forEach((c, i) => {
    spans[2 * i] = c?.range.start ?? 0;
    spans[2 * i + 1] = c?.range.end ?? 0;
    quoted[i] = c?.quoted === true ? 1 : 0;
  });
  return new CompactCells(
    index,
    cells.map((c) => c?.value),
    spans,
    quoted,
  );
}

export interface Row {
  readonly cells: CellLookup;
  /** The whole row, for diagnostics about the device rather than one cell. */
  readonly range: Range;
}

/** Where a problem about a whole device points: its MAC cell, else the row. */
export const anchorOf = (row: Row): Range => row.cells.get('mac')?.range ?? row.range;

export interface Inventory {
  readonly file: string;
  readonly text: string;
  /** Column names in order, with the range of each header cell (JSON Lines: of the first key seen). */
  readonly columns: ReadonlyMap<string, Range>;
  readonly rows: readonly Row[];
}

export type InventoryResult =
  | { readonly ok: true; readonly inventory: Inventory }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

export type InventoryFormat = 'csv' | 'jsonl';

/** JSON Lines by name (`.jsonl`, `.ndjson`) or when the first character is `{`; CSV otherwise. */
export function inventoryFormat(file: string, text: string): InventoryFormat {
  if (/\.(jsonl|ndjson)$/i.test(file)) return 'jsonl';
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{')
    ? 'jsonl'
    : 'csv';
}

export function parseInventory(text: string, file: string): InventoryResult {
  return inventoryFormat(file, text) === 'jsonl' ? parseJsonLines(text, file) : parseCsv(text, file);
}

interface CsvRecord {
  readonly record: string[];
  readonly raw: string;
}

function parseCsv(source: string, file: string): InventoryResult {
  // A BOM is not part of the first header: offsets still count it, so ranges match the file.
  const bom = source.startsWith('\uFEFF') ? 1 : 0;
  let records: CsvRecord[];
  try {
    records = parse(source.slice(bom), {
      // The raw text of each record locates its cells; the parser's per-record info is not needed.
      raw: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as CsvRecord[];
  } catch (error) {
    return { ok: false, diagnostics: [csvError(error, source, file)] };
  }
  const [header, ...body] = located(records, source, bom);
  if (!header)
    return { ok: false, diagnostics: [diagnostic('SPAC8001', file, range(0), {}, { message: 'empty' })] };
  const columns = new Map<string, Range>();
  const diagnostics: Diagnostic[] = [];
  header.cells.forEach((cell) => {
    const name = cell.value.trim();
    if (columns.has(name))
      diagnostics.push(diagnostic('SPAC8001', file, cell.range, { column: name }, { message: 'twice' }));
    else columns.set(name, cell.range);
  });
  const index = new Map<string, number>();
  header.cells.forEach((c, i) => {
    if (!index.has(c.value.trim())) index.set(c.value.trim(), i);
  });
  const rows = body.map((r) => ({ range: r.range, cells: compact(index, r.cells) }));
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return { ok: true, inventory: { file, text: source, columns, rows } };
}

/** Each record's cells with their ranges: records are found in order in the source by their raw text. */
function located(records: readonly CsvRecord[], source: string, from: number) {
  let cursor = from;
  return records.map(({ record, raw }) => {
    const start = source.indexOf(raw, cursor);
    cursor = start + raw.length;
    const offsets = cellOffsets(raw);
    return {
      range: range(start, start + raw.replace(/\r?\n$|\r$/, '').length),
      cells: record.map((value, i) => {
        const [from, to, quoted] = offsets[i] ?? [0, 0, false];
        return { value, range: range(start + from, start + to), quoted };
      }),
    };
  });
}

/** Start and end of each cell's content inside one raw CSV record (quotes excluded). The parser has
 * already accepted the record, so quotes are balanced and a plain scan finds the separators. */
export function cellOffsets(raw: string): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  const end = raw.replace(/\r?\n$|\r$/, '').length;
  let i = 0;
  while (i <= end) {
    if (raw[i] === '"') {
      let j = i + 1;
      while (j < end && !(raw[j] === '"' && raw[j + 1] !== '"')) j += raw[j] === '"' ? 2 : 1;
      out.push([i + 1, j, true]);
      i = j + 2;
    } else {
      const comma = raw.indexOf(',', i);
      const stop = comma < 0 || comma > end ? end : comma;
      out.push([i, stop, false]);
      i = stop + 1;
    }
  }
  return out;
}

function csvError(error: unknown, source: string, file: string): Diagnostic {
  const e = error as { message?: unknown; lines?: unknown };
  const message =
    typeof e.message === 'string' ? e.message.replace(/^Invalid Record Length: /, '') : 'not valid CSV';
  const line = typeof e.lines === 'number' ? e.lines : 1;
  return diagnostic(
    'SPAC8001',
    file,
    range(lineStart(source, line)),
    { problem: message.replace(/\.$/, '') },
    { message: 'csv' },
  );
}

function lineStart(source: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line; n++) {
    const next = source.indexOf('\n', at);
    if (next < 0) return at;
    at = next + 1;
  }
  return at;
}

function parseJsonLines(source: string, file: string): InventoryResult {
  const columns = new Map<string, Range>();
  const index = new Map<string, number>();
  const rows: Row[] = [];
  const diagnostics: Diagnostic[] = [];
  let at = source.startsWith('\uFEFF') ? 1 : 0;
  for (const line of source.slice(at).split('\n')) {
    const start = at;
    at += line.length + 1;
    if (line.trim() === '') continue;
    const row = jsonRow(line, start, file, { columns, index });
    if ('diagnostic' in row) diagnostics.push(row.diagnostic);
    else rows.push(row);
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  if (rows.length === 0 && columns.size === 0)
    return { ok: false, diagnostics: [diagnostic('SPAC8001', file, range(0), {}, { message: 'empty' })] };
  return { ok: true, inventory: { file, text: source, columns, rows } };
}

/** One JSON object per line; values are strings (numbers and booleans as written), null leaves a column out. */
function jsonRow(
  line: string,
  start: number,
  file: string,
  seen: { readonly columns: Map<string, Range>; readonly index: Map<string, number> },
): Row | { diagnostic: Diagnostic } {
  const { columns, index } = seen;
  const trimmed = line.replace(/\r$/, '');
  const errors: ParseError[] = [];
  const root = parseTree(trimmed, errors, { allowTrailingComma: false, disallowComments: true });
  const whole = range(start, start + trimmed.length);
  if (errors.length > 0 || root?.type !== 'object') {
    const at = start + (errors[0]?.offset ?? 0);
    return { diagnostic: diagnostic('SPAC8001', file, range(at, at + 1), {}, { message: 'json' }) };
  }
  const cells: (Cell | undefined)[] = [];
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value || value.type === 'null') continue;
    const name = String(key.value);
    if (!columns.has(name)) {
      columns.set(name, range(start + key.offset + 1, start + key.offset + key.length - 1));
      index.set(name, index.size);
    }
    const text = scalar(value);
    if (text === undefined) {
      const at = range(start + value.offset, start + value.offset + value.length);
      return { diagnostic: diagnostic('SPAC8001', file, at, { column: name }, { message: 'json-value' }) };
    }
    cells[index.get(name) ?? cells.length] = {
      value: text,
      range: valueRange(value, start),
      quoted: value.type === 'string',
    };
  }
  return { cells: compact(index, cells), range: whole };
}

const scalar = (node: Node): string | undefined =>
  node.type === 'string' || node.type === 'number' || node.type === 'boolean'
    ? String(node.value)
    : undefined;

/** A JSON string's range excludes its quotes (escapes make the mapping approximate inside it). */
const valueRange = (node: Node, start: number): Range =>
  node.type === 'string'
    ? range(start + node.offset + 1, start + node.offset + node.length - 1)
    : range(start + node.offset, start + node.offset + node.length);
