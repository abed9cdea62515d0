export declare const GZIP_MAGIC: Uint8Array<ArrayBuffer>;
/** Far above any profile; a file that inflates beyond it is refused rather than filling memory. */
export declare const MAX_INFLATED: number;
export declare const isGzip: (bytes: Uint8Array) => boolean;
/** zlib writes no time stamp (MTIME 0) but the building platform's OS code; fixing it to Unix makes the
 * output the same on every machine. */
export declare function gzip(bytes: Uint8Array): Uint8Array;
export type GunzipResult = {
    readonly ok: true;
    readonly bytes: Uint8Array;
} | {
    readonly ok: false;
    readonly reason: string;
};
export declare function gunzip(bytes: Uint8Array): GunzipResult;
