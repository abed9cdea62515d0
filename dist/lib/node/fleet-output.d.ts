import type { BuiltDevice, OpenedOutput, SharedOutput } from '../fleet/build.js';
export declare const MANIFEST = "manifest.json";
export declare function openFleetOutput(out: string): Promise<OpenedOutput>;
/** Another thread's writer into an output opened by `openFleetOutput` (spac build --jobs): the same
 * files, written the same way; `settled` throws the first failure. */
export declare function joinFleetOutput(shared: SharedOutput): Promise<FileWriter>;
export interface FileWriter {
    readonly write: (device: BuiltDevice) => Promise<void>;
    readonly settled: () => void;
}
