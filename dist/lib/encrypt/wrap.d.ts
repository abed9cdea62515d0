import { type Digest } from './openssl.js';
export interface WrapOptions {
    /** Compress before encrypting: the phone detects gzip by its header. */
    readonly gzip?: boolean;
    /** The `--key` of the phone's profile rule. Never echoed. */
    readonly key?: string;
    readonly digest?: Digest;
    /** Salt from the key and the plaintext: unchanged profiles give identical files (see README). */
    readonly reproducible?: boolean;
}
/** `profile`: the text, or its UTF-8 bytes in pieces (joined only when gzip or no key needs one array). */
export declare function wrapProfile(profile: string | readonly Uint8Array[], options?: WrapOptions): Uint8Array;
