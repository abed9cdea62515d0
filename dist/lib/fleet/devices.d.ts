import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SchemaFile } from '../schema/schema-types.js';
import { type Inventory, type Row } from './inventory.js';
export interface Device {
    readonly mac: string;
    /** The model as a target: its name, and its firmware when the row or the build names one
     * (`SPA504G@7.5.5`, checked against that firmware; macros and the manifest take the name). */
    readonly model: string | undefined;
    readonly row: Row;
    /** Further layer files of this device, as paths relative to the inventory's folder resolved. */
    readonly layers: readonly string[];
    readonly key: string | undefined;
    readonly name: string;
    readonly bootstrapName?: string;
}
export type KeySource = {
    readonly column: string;
} | {
    readonly master: string;
};
export interface DeviceChoices {
    readonly schemas: readonly SchemaFile[];
    readonly target: string | undefined;
    readonly keys: KeySource | undefined;
    readonly name: string;
    readonly bootstrap: string | undefined;
    /** Device layer paths from the `layers` cell: relative to the inventory's folder. */
    readonly resolveLayer: (path: string) => string;
}
/** The inventory's devices one row at a time; a MAC or an output name met before is an error at the
 * later row (only the first row's MAC and each name's owner are kept, not the rows). */
export declare class DeviceReader {
    private readonly inventory;
    private readonly choices;
    /** MAC -> where it was first listed, packed into one number (start * 2^16 + length). */
    private readonly seen;
    private readonly owners;
    constructor(inventory: Inventory, choices: DeviceChoices);
    /** The device of `row`, or undefined with its problems added to `out`. */
    read(row: Row, out: Diagnostic[]): Device | undefined;
    /** Two devices mapped to one file (`$PSN.xml` for a fleet of one model, say) would overwrite each other. */
    private collisions;
}
/** The `mac` column must be there before any row is read. */
export declare const macColumnProblem: (inventory: Inventory) => Diagnostic | undefined;
/** The device layer files a row names (in its `layers` cell, `;` or `,` between them), resolved. */
export declare function layersOf(row: Row, resolve: (path: string) => string): readonly string[];
