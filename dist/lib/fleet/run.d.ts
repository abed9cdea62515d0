import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Loaded } from '../parser/load.js';
import type { SchemaFile } from '../schema/schema-types.js';
import { type Severities } from '../workspace/suppressions.js';
import type { FleetHooks, FleetOptions, ManifestDevice } from './build.js';
import type { Columns } from './columns.js';
import type { Device } from './devices.js';
import { type Inventory } from './inventory.js';
export interface RunStart {
    readonly inventory: Inventory;
    readonly sources: Map<string, string>;
    readonly schemas: readonly SchemaFile[];
    readonly severities: Severities;
    readonly shared: Loaded;
}
export interface OwnLayers {
    readonly loaded: Map<string, Loaded>;
    /** Layer path -> why it could not be read. */
    readonly failed: Map<string, string>;
}
/** One build's state: indexes per model, what was reported already, the manifest so far. */
export declare class Run {
    private readonly start;
    private readonly columns;
    private readonly own;
    private readonly options;
    private readonly hooks;
    readonly manifest: ManifestDevice[];
    readonly places: number[];
    private readonly seen;
    private readonly found;
    private readonly indexes;
    private readonly bases;
    private readonly damaged;
    private readonly filter;
    private errors;
    private done;
    constructor(start: RunStart, columns: Columns, own: OwnLayers, options: FleetOptions, hooks: FleetHooks);
    /** Problems of the inventory itself (its columns, its rows as devices): reported as found, once. */
    noted(diagnostics: readonly Diagnostic[]): void;
    /** Suppressions, then the config's severities; each problem once, however many devices share it. */
    private report;
    /** A problem in a device's own row is that device's (fleet codes name the device themselves); one at a
     * header cell or in a layer is everyone's, reported once. */
    private inRow;
    private indexFor;
    /** Devices of one model with the same own layers share everything but their rows. */
    private baseFor;
    device(device: Device, place: number): Promise<void>;
    private layerFailure;
    /** With a bootstrap, the device already holds its key in the register the bootstrap sets. */
    private registers;
    /** `undefined`: no bootstrap asked; `null`: it failed its proof (reported). */
    private bootstrap;
    finish(): Diagnostic[];
}
