import { type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import { type NameTable } from '../model/names.js';
import type { Access, Entry } from '../model/profile.js';
import type { Inventory, Row } from './inventory.js';
export declare const RESERVED: readonly ["mac", "model", "layers"];
export interface ParameterColumn {
    /** The column as written in the header (`User_ID[1]!`). */
    readonly column: string;
    readonly name: string;
    readonly nameFormat: 'text' | 'xml';
    /** `undefined`: no marker, the layers' access stays. */
    readonly access: Access | undefined;
    readonly headerRange: Range;
    /** The name's XML tag, worked out once per inventory: every device's entry of the column carries it. */
    readonly tag: string;
}
export interface Columns {
    readonly parameters: readonly ParameterColumn[];
    readonly keyColumn?: string;
}
/** Every column but `mac`, `model`, `layers` and the key column is a parameter, written in text
 * (`User_ID[1]`) or XML (`User_ID_1_`) spelling and optionally followed by `!` or `?`. */
export declare function readColumns(inventory: Inventory, names: NameTable, keyColumn: string | undefined): {
    columns: Columns;
    diagnostics: Diagnostic[];
};
/** The row's settings as entries of the inventory file. An unquoted empty cell sets nothing; a column
 * without a marker keeps the access the layers gave (`accessOf`). */
export declare function rowEntries(inventory: Inventory, row: Row, columns: Columns, accessOf: (xmlName: string) => Access | undefined): Entry[];
