/** Like PNG's: a high byte catches 7-bit transfers, CR LF and ^Z catch text-mode line-ending damage. */
export declare const MAGIC: Uint8Array<ArrayBuffer>;
export declare const VERSION = 1;
export declare const FLAG_ENCRYPTED = 1;
export declare const FLAG_MAC_BOUND = 2;
export declare const KNOWN_FLAGS: number;
export declare const KDF_SCRYPT = 1;
/** The default cost: N = 2^15, r = 8, p = 1 takes 32 MiB and about 0.1 s on a 2020s CPU, per decode. */
export declare const SCRYPT_DEFAULT: {
    readonly log2N: 15;
    readonly r: 8;
    readonly p: 1;
};
/** What a decoder accepts: enough for any sensible cost, bounded so a hostile header cannot exhaust memory. */
export declare const SCRYPT_LIMITS: {
    readonly log2N: readonly [10, 20];
    readonly r: readonly [1, 16];
    readonly p: readonly [1, 4];
    readonly maxmem: number;
};
export declare const SALT_LENGTH = 16;
export declare const NONCE_LENGTH = 12;
export declare const TAG_LENGTH = 16;
/** Plain files end with the first 16 bytes of SHA-256 over everything before them. */
export declare const CHECK_LENGTH = 16;
export declare const PLAIN_HEADER_LENGTH: number;
export declare const SEALED_HEADER_LENGTH: number;
export declare const SCHEMA_HASH_LENGTH = 32;
/** Entry head byte: access in bits 0-1, value encoding in bits 2-4, then three flags. */
export declare const ACCESS_CODES: readonly [undefined, "na", "ro", "rw"];
export declare const HEAD_KNOWN = 32;
export declare const HEAD_TEXT_NAME = 64;
export declare const HEAD_PATH = 128;
export declare const ValueCode: {
    /** No value: leave the device's value (`<X/>`, text without a value). */
    readonly None: 0;
    readonly String: 1;
    readonly Empty: 2;
    readonly No: 3;
    readonly Yes: 4;
    /** Index into the parameter's options. */
    readonly Option: 5;
    /** A whole number written in canonical decimal (no sign, no leading zeros). */
    readonly Unsigned: 6;
    /** A negative whole number n, stored as the varint -n. */
    readonly Negative: 7;
};
export type ValueCode = (typeof ValueCode)[keyof typeof ValueCode];
/** Longest varint a decoder reads: 7 bytes hold 49 bits, inside JavaScript's safe integers. */
export declare const MAX_VARINT_BYTES = 7;
