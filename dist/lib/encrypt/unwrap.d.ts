import { type CodedFailure } from '../diagnostics/diagnostic.js';
import { type Digest } from './openssl.js';
export type Layer = 'aes-256-cbc' | 'gzip';
export interface UnwrapOptions {
    /** Never echoed in a message. */
    readonly key?: string;
    /** Fixed digest; by default MD5 is tried, then SHA-256. */
    readonly digest?: Digest;
}
/** Bytes that are no text profile at all are an input problem, not this stage's: it says 'not-text' and
 * the workspace reports it with its I/O code; the rest are this stage's own codes. */
export type UnwrapFailure = CodedFailure<'SPAC6001' | 'SPAC6002' | 'SPAC6003' | 'SPAC6004' | 'SPAC6005' | 'SPAC6007'> | NotText;
export interface NotText {
    readonly ok: false;
    readonly code: 'not-text';
    readonly file: string;
    readonly message: string;
    /** Text in UTF-16 (its NUL bytes are half of every ASCII character), not binary. */
    readonly utf16?: true;
    /** An XML declaration names an encoding spac does not read. */
    readonly encoding?: string;
}
/** The first byte of a plain file that is not UTF-8: where it sits in the decoded text (read as U+FFFD). */
export interface BadByte {
    readonly at: number;
    readonly byte: number;
}
export type UnwrapResult = {
    readonly ok: true;
    readonly text: string;
    readonly layers: readonly Layer[];
    readonly digest?: Digest;
    readonly badByte?: BadByte;
    /** Read as the XML declaration says, not as UTF-8 (a rewrite must not write UTF-8 over it). */
    readonly encoding?: 'iso-8859-1' | 'windows-1252';
} | UnwrapFailure;
export type DecryptedResult = {
    readonly ok: true;
    readonly plaintext: Uint8Array;
    readonly digest: Digest;
} | UnwrapFailure;
/** `name` is how messages call the file. */
export declare function unwrapProfile(bytes: Uint8Array, name: string, options?: UnwrapOptions): UnwrapResult;
/** The AES layer alone, byte for byte as `openssl enc -d` gives it, for a profile: the plaintext must look
 * like one, so garbage that passes the padding check (about 1 wrong key in 256) is a wrong key here, where
 * openssl would hand it out. Without a fixed digest, the digest whose plaintext looks like one wins. */
export declare function decryptProfile(bytes: Uint8Array, name: string, key: string, digest?: Digest): DecryptedResult;
/** Decides whether a decryption worked, so it must not wave garbage through: text with no control byte
 * that is UTF-8 or mostly ASCII, or a gzip or spac binary stream. */
export declare function looksLikeProfile(bytes: Uint8Array): boolean;
