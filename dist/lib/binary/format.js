// Binary stage (format constants): the numbers grammar/binary-format.md is generated from, so the
// specification and the code cannot disagree. Input: none. Output: constants.
/** Like PNG's: a high byte catches 7-bit transfers, CR LF and ^Z catch text-mode line-ending damage. */
export const MAGIC = Uint8Array.of(0x89, 0x53, 0x50, 0x41, 0x43, 0x0d, 0x0a, 0x1a);
export const VERSION = 1;
export const FLAG_ENCRYPTED = 0x01;
export const FLAG_MAC_BOUND = 0x02;
export const KNOWN_FLAGS = FLAG_ENCRYPTED | FLAG_MAC_BOUND;
export const KDF_SCRYPT = 1;
/** The default cost: N = 2^15, r = 8, p = 1 takes 32 MiB and about 0.1 s on a 2020s CPU, per decode. */
export const SCRYPT_DEFAULT = { log2N: 15, r: 8, p: 1 };
/** What a decoder accepts: enough for any sensible cost, bounded so a hostile header cannot exhaust memory. */
export const SCRYPT_LIMITS = { log2N: [10, 20], r: [1, 16], p: [1, 4], maxmem: 256 * 1024 * 1024 };
export const SALT_LENGTH = 16;
export const NONCE_LENGTH = 12;
export const TAG_LENGTH = 16;
/** Plain files end with the first 16 bytes of SHA-256 over everything before them. */
export const CHECK_LENGTH = 16;
export const PLAIN_HEADER_LENGTH = MAGIC.length + 2;
export const SEALED_HEADER_LENGTH = PLAIN_HEADER_LENGTH + 4 + SALT_LENGTH + NONCE_LENGTH;
export const SCHEMA_HASH_LENGTH = 32;
/** Entry head byte: access in bits 0-1, value encoding in bits 2-4, then three flags. */
export const ACCESS_CODES = [undefined, 'na', 'ro', 'rw'];
export const HEAD_KNOWN = 0x20;
export const HEAD_TEXT_NAME = 0x40;
export const HEAD_PATH = 0x80;
export const ValueCode = {
    /** No value: leave the device's value (`<X/>`, text without a value). */
    None: 0,
    String: 1,
    Empty: 2,
    No: 3,
    Yes: 4,
    /** Index into the parameter's options. */
    Option: 5,
    /** A whole number written in canonical decimal (no sign, no leading zeros). */
    Unsigned: 6,
    /** A negative whole number n, stored as the varint -n. */
    Negative: 7,
};
/** Longest varint a decoder reads: 7 bytes hold 49 bits, inside JavaScript's safe integers. */
export const MAX_VARINT_BYTES = 7;
