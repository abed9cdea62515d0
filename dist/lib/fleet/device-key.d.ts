/** Domain separation: the same master secret used for anything else never gives these keys. */
export declare const KEY_DERIVATION_LABEL = "spac-profile-key-v1:";
/** The device key: lower-case hex of HMAC-SHA256(master secret as UTF-8, label + MAC as 12 lower-case
 * hex digits); 64 characters, the 256-bit hex form of the documented `[--key ...]` examples. */
export declare const deriveDeviceKey: (master: string, mac: string) => string;
