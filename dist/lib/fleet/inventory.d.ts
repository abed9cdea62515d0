import { type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
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
export declare function compactCells(index: ReadonlyMap<string, number>, cells: readonly (Cell | undefined)[]): CellLookup;
export interface Row {
    readonly cells: CellLookup;
    /** The whole row, for diagnostics about the device rather than one cell. */
    readonly range: Range;
}
/** What reading the rows meets in turn: a row, or a line that cannot be read (located). */
export type RowItem = Row | {
    readonly problem: Diagnostic;
};
/** Where a problem about a whole device points: its MAC cell, else the row. */
export declare const anchorOf: (row: Row) => Range;
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
export type InventoryResult = {
    readonly ok: true;
    readonly inventory: Inventory;
} | {
    readonly ok: false;
    readonly diagnostics: Diagnostic[];
};
export type InventoryFormat = 'csv' | 'jsonl';
/** JSON Lines by name (`.jsonl`, `.ndjson`) or when the first character is `{`; CSV otherwise. */
export declare function inventoryFormat(file: string, text: string): InventoryFormat;
export declare function parseInventory(text: string, file: string): InventoryResult;
export declare const emptyInventory: (file: string) => InventoryResult;
/** Every row of a fully read inventory (tests, and masking a small one): problems left out. */
export declare function rowsOf(inventory: Inventory): Iterable<Row>;
