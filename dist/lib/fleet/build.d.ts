import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { WorkspaceHost } from '../workspace/host.js';
import { type Refusal } from '../workspace/schema-choice.js';
import type { Packing } from './device-profile.js';
import { type KeySource } from './devices.js';
export interface FleetOptions {
    readonly host: WorkspaceHost;
    readonly inventory: string;
    readonly layers: readonly string[];
    readonly packing: Packing;
    readonly name?: string;
    readonly target?: string;
    readonly schema?: readonly string[];
    readonly config?: string;
    readonly keys?: KeySource;
    readonly bootstrap?: {
        readonly name: string;
        readonly rule: string;
    };
}
export interface BuiltFile {
    readonly path: string;
    readonly kind: 'profile' | 'bootstrap';
    readonly bytes: Uint8Array;
    readonly encrypted: boolean;
    /** Lower-case hex SHA-256 of `bytes` (the manifest has it; an output keeps an unchanged file by it). */
    readonly sha256: string;
}
/** A device as built (with its files' bytes) or as the manifest lists it (with their sizes and hashes). */
interface DeviceRecord<F> {
    readonly mac: string;
    readonly model?: string;
    readonly layers: readonly string[];
    readonly files: readonly F[];
}
export type BuiltDevice = DeviceRecord<BuiltFile>;
/** Where a build's files go (the Node host's is a directory built aside and swapped in whole). */
export interface FleetOutput {
    readonly write: (device: BuiltDevice) => Promise<void>;
    /** Writes the manifest (its text in pieces) and puts the new output in place of the old, at once. */
    readonly commit: (manifest: Iterable<string>) => Promise<{
        ok: true;
    } | {
        ok: false;
        reason: string;
    }>;
    /** Removes everything this build wrote; the previous output stays as it was. */
    readonly abort: () => Promise<void>;
    /** Set when other threads of this process may write the build's files themselves, each opening the
     * output anew from this (the Node output: its directory and the one being built beside it). */
    readonly shared?: SharedOutput;
    /** The manifest of the output being replaced, if there is one (read when asked: a large fleet's
     * manifest is not held for the whole build). */
    readonly previous: () => Promise<string | undefined>;
}
export interface SharedOutput {
    readonly dir: string;
    readonly temp: string;
}
export type OpenedOutput = {
    ok: true;
    output: FleetOutput;
} | {
    ok: false;
    reason: string;
};
export interface ManifestFile {
    readonly path: string;
    readonly kind: 'profile' | 'bootstrap';
    readonly size: number;
    readonly sha256: string;
    readonly encrypted: boolean;
}
export type ManifestDevice = DeviceRecord<ManifestFile>;
export type FleetRun = {
    readonly ok: true;
    readonly diagnostics: Diagnostic[];
    readonly sources: Map<string, string>;
    /** Every device built, in inventory order; complete only when `diagnostics` hold no error. */
    readonly devices: ManifestDevice[];
    /** Each device's place among the inventory's devices (see FleetHooks.sink). */
    readonly places: number[];
} | Refusal;
export interface FleetHooks {
    /** Called once per device that built cleanly, in inventory order; `place`: its place among the
     * inventory's devices (from 0), the same in every run over the same inputs. */
    readonly sink?: (device: BuiltDevice, place: number) => Promise<void>;
    readonly progress?: (done: number, total: number) => void;
    /** Whether this run builds the device at `place` (asked in increasing order; all when absent): runs in
     * parallel share a fleet (see claims.ts), each reporting everything else exactly as a whole run would. */
    readonly mine?: (place: number) => boolean;
}
/** The run: the inventory, its config and schemas, the shared layers; then row after row, each device
 * built as it is read (a fleet's rows are never all in memory). */
export declare function buildFleet(options: FleetOptions, hooks?: FleetHooks): Promise<FleetRun>;
export {};
