import { type XmlTemplate } from '../codegen/emit-xml.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type Layered } from '../model/layer.js';
import { type Entry } from '../model/profile.js';
import type { Loaded } from '../parser/load.js';
import { type RuleEntry, type RuleSyntax } from '../rules/check-profile-rules.js';
import { type SchemaIndex } from '../schema/lookup.js';
import { type Columns } from './columns.js';
import type { Device } from './devices.js';
import type { Inventory } from './inventory.js';
export type FleetFormat = 'xml' | 'text' | 'bin';
export interface Packing {
    readonly format: FleetFormat;
    readonly digest?: 'md5' | 'sha256';
    readonly gzip?: boolean;
}
/** What every device with one model and one list of own layers shares. */
export interface Base {
    readonly index: SchemaIndex;
    readonly layered: Layered;
    readonly normalized: Layered;
    readonly rules: RuleSyntax;
    /** The checked rule at each position of the layered base (undefined: not a rule there). */
    readonly ruleAt: readonly (RuleEntry | undefined)[];
    /** Schema and rule-syntax findings in the shared and own layers, found once. */
    readonly diagnostics: Diagnostic[];
    readonly encrypted: boolean;
    /** Where the layered base holds a rule (checked or not), in increasing order. */
    readonly rulePositions: readonly number[];
    /** Where the layered base holds a secret parameter (its value may still be empty), in increasing order. */
    readonly secretPositions: readonly number[];
    /** The normalised base written as XML once; each device only rewrites its own lines. */
    readonly xml: XmlTemplate;
}
export declare function makeBase(shared: Loaded, own: readonly Loaded[], index: SchemaIndex, options: {
    readonly encrypted: boolean;
    readonly damaged: (entry: Entry) => boolean;
}): Base;
/** What the run decides for a device: `registers`, what it holds before this profile (its bootstrap's
 * key register), seen by the rule checks but not written; `failed`, whether problems found so far, once
 * suppressed and tuned by the config, hold an error (the run reports them); `blocked`, whether the base
 * (shared and own layers) already has an error. */
export interface DeviceRun {
    readonly inventory: Inventory;
    readonly columns: Columns;
    readonly registers?: readonly Entry[];
    readonly failed: (diagnostics: readonly Diagnostic[]) => boolean;
    readonly blocked: boolean;
}
/** The device's bytes, or undefined when it (or its base) has an error. */
export declare function buildDevice(base: Base, device: Device, run: DeviceRun, packing: Packing): Uint8Array | undefined;
