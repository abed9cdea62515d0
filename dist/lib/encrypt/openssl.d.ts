/** MD5 is what SPA firmware (built against openssl 0.9.7) derives keys with; SHA-256 is openssl 1.1+. */
export type Digest = 'md5' | 'sha256';
export declare const SALTED: NodeJS.NonSharedUint8Array;
export interface KeyIv {
    readonly key: Uint8Array;
    readonly iv: Uint8Array;
}
/** EVP_BytesToKey with one iteration: D1 = H(pass|salt), Di = H(Di-1|pass|salt); key 32 bytes, IV 16. */
export declare function evpBytesToKey(passphrase: Uint8Array, salt: Uint8Array, digest: Digest): KeyIv;
export interface EncryptOptions {
    readonly digest?: Digest;
    /** The 8-byte salt; random when absent. Known-answer tests and `reproducibleSalt` set it. */
    readonly salt?: Uint8Array;
}
/** The plaintext as one array or as the pieces it was written in (encrypted without joining them). */
export type Plaintext = Uint8Array | readonly Uint8Array[];
export declare function encryptOpenssl(plaintext: Plaintext, passphrase: string, options?: EncryptOptions): Uint8Array;
/** A salt that depends only on the key and the plaintext: an unchanged profile encrypts to the same bytes.
 * The price: two equal plaintexts under one key give equal files, so an observer learns they are equal. */
export declare function reproducibleSalt(plaintext: Plaintext, passphrase: string): Uint8Array;
export type DecryptResult = {
    readonly ok: true;
    readonly plaintext: Uint8Array;
} | {
    readonly ok: false;
    readonly reason: 'not-encrypted' | 'truncated' | 'wrong-key';
};
export declare const isOpensslEncrypted: (bytes: Uint8Array) => boolean;
/** The padding check catches a wrong key or a damaged file in all but about 1 case in 256; callers check
 * that the plaintext looks like a profile to catch the rest. */
export declare function decryptOpenssl(bytes: Uint8Array, passphrase: string, digest?: Digest): DecryptResult;
