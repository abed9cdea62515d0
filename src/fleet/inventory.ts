// Fleet stage (inventory): the devices of a fleet, one row each, from CSV (RFC 4180, header row, UTF-8
// with or without BOM; read with csv-parse) or JSON Lines. Input: the inventory text and its name.
// Output: the columns at once and the rows on demand, one at a time, so a fleet is never all in memory.
import { diagnostic, range, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import { parseCsv } from './inventory-csv.js';
import { parseJsonLines } from './inventory-jsonl.js';

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

/** Cells kept as one array of values and one of offsets: a row holds no object per cell. */
class CompactCells implements CellLookup {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly values: readonly (string | undefined)[],
    /** Start, end and quoted (1 or 0) of each cell in turn. */
    private readonly spans: readonly number[],
  ) {}

  get(column: string): Cell | undefined {
    const i = this.index.get(column);
    const value = i === undefined ? undefined : this.values[i];
    if (i === undefined || value === undefined) return undefined;
    const at = 3 * i;
    return {
      value,
      range: range(this.spans[at] ?? 0, this.spans[at + 1] ?? 0),
      quoted: this.spans[at + 2] === 1,
    };
  }
}

export function compactCells(
  index: ReadonlyMap<string, number>,
  cells: readonly (Cell | undefined)[],
): CellLookup {
  const spans = new Array<number>(cells.length * 3);
  const values = new Array<string | undefined>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    values[i] = c?.value;
    spans[3 * i] = c?.range.start ?? 0;
    spans[3 * i + 1] = c?.range.end ?? 0;
    spans[3 * i + 2] = c?.quoted === true ? 1 : 0;
  }
  return new CompactCells(index, values, spans);
}

export interface Row {
  readonly cells: CellLookup;
  /** The whole row, for diagnostics about the device rather than one cell. */
  readonly range: Range;
}

/** What reading the rows meets in turn: a row, or a line that cannot be read (located). */
export type RowItem = Row | { readonly problem: Diagnostic };

/** Where a problem about a whole device points: its MAC cell, else the row. */
export const anchorOf = (row: Row): Range => row.cells.get('mac')?.range ?? row.range;

export interface Inventory {
  readonly file: string;
  readonly text: string;
  readonly format: InventoryFormat;
  /** Column names in order, with the range of each header cell (JSON Lines: of the first key seen). */
  readonly columns: ReadonlyMap<string, Range>;
  /** How many rows there are (blank lines aside): the total a progress bar counts to. */
  readonly count: number;
  /** The rows in order, read anew at each call. CSV stops at the first record it cannot read (what
   * follows cannot be placed); JSON Lines reports each bad line and goes on. */
  readonly rows: () => Iterable<RowItem>;
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

export const emptyInventory = (file: string): InventoryResult => ({
  ok: false,
  diagnostics: [diagnostic('SPAC8001', file, range(0))],
});

/** Every row of a fully read inventory (tests, and masking a small one): problems left out. */
export function* rowsOf(inventory: Inventory): Iterable<Row> {
  for (const item of inventory.rows()) if (!('problem' in item)) yield item;
}
