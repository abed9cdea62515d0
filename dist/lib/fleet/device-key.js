// Fleet stage (device keys): the key each device's profile is encrypted with: its own cell of the key
// column, or derived from one master secret so a server can recompute it and no key file exists.
// Input: a master secret and a MAC. Output: the device key (never logged, never in a manifest).
import { createHmac } from 'node:crypto';
/** Domain separation: the same master secret used for anything else never gives these keys. */
export const KEY_DERIVATION_LABEL = 'spac-profile-key-v1:';
/** The device key: lower-case hex of HMAC-SHA256(master secret as UTF-8, label + MAC as 12 lower-case
 * hex digits); 64 characters, the 256-bit hex form of the documented `[--key ...]` examples. */
export const deriveDeviceKey = (master, mac) => createHmac('sha256', master).update(`${KEY_DERIVATION_LABEL}${mac}`).digest('hex');
