import { type CodedFailure } from '../diagnostics/diagnostic.js';
export interface ScryptCost {
    readonly log2N: number;
    readonly r: number;
    readonly p: number;
}
export interface SealOptions {
    /** A password; with `mac`, both are needed to open the file. Never echoed. */
    readonly key?: string;
    /** Twelve lower-case hex digits: only this device's MAC opens the file. */
    readonly mac?: string;
    /** Salt and nonce from the key and the body, so an unchanged profile gives the same bytes. */
    readonly reproducible?: boolean;
    readonly cost?: ScryptCost;
}
export declare const isSpacBinary: (bytes: Uint8Array) => boolean;
export declare function seal(body: Uint8Array, options?: SealOptions): Uint8Array;
export interface OpenOptions {
    readonly key?: string;
    readonly mac?: string;
}
export type OpenFailure = CodedFailure<'SPAC6010' | 'SPAC6011' | 'SPAC6012' | 'SPAC6013' | 'SPAC6014' | 'SPAC6016'>;
export type OpenResult = {
    readonly ok: true;
    readonly body: Uint8Array;
    readonly encrypted: boolean;
    readonly macBound: boolean;
} | OpenFailure;
export declare function open(bytes: Uint8Array, name: string, options?: OpenOptions): OpenResult;
