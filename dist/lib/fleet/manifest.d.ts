import type { ManifestDevice } from './build.js';
export declare const MANIFEST_VERSION = 1;
export interface ManifestChoices {
    readonly spac: string;
    readonly format: 'xml' | 'text' | 'bin';
    readonly layers: readonly string[];
    readonly encrypted: boolean;
    readonly digest?: 'md5' | 'sha256';
    readonly gzip: boolean;
    readonly keySource?: 'column' | 'derived';
}
export interface Manifest extends ManifestChoices {
    readonly manifestVersion: number;
    readonly counts: {
        readonly devices: number;
        readonly files: number;
        readonly bytes: number;
    };
    readonly devices: readonly ManifestDevice[];
}
/** Deterministic: the same build gives the same text (no time stamp), so an unchanged fleet is unchanged. */
export declare const manifestText: (devices: readonly ManifestDevice[], choices: ManifestChoices) => string;
/** The manifest's text in pieces, one per device, as JSON.stringify(manifest, null, 2) would write it
 * whole: a fleet's manifest is never one string in memory. */
export declare function manifestChunks(devices: readonly ManifestDevice[], choices: ManifestChoices): Iterable<string>;
export interface Changes {
    readonly added: string[];
    readonly changed: string[];
    readonly removed: string[];
}
/** Devices added, changed (any file's path or content) and removed against the previous manifest. */
export declare function changesSince(previous: string | undefined, devices: readonly ManifestDevice[]): Changes;
/** A device as it starts (no `file`), then each of its files. */
export interface ManifestFileLine {
    readonly mac: string;
    readonly file?: {
        readonly path: string;
        readonly kind: 'profile' | 'bootstrap';
        readonly sha256: string;
        readonly encrypted: boolean;
    };
}
/** Each device's files in a manifest as spac writes it, found line by line rather than by parsing the
 * whole text (a large fleet's manifest parsed is many times its size). Every string is a copy, so
 * none keeps the manifest's text alive. A manifest edited out of this shape gives fewer files: those
 * devices count as changed, their files written anew. */
export declare function manifestFiles(text: string): Iterable<ManifestFileLine>;
