// Encrypt stage (output side): a compiled profile as the phone downloads it: optionally gzip, then
// optionally AES-256-CBC in `openssl enc` format. Input: the profile text and options. Output: file bytes.
import { gzip } from './gzip.js';
import { encryptOpenssl, reproducibleSalt } from './openssl.js';
/** `profile`: the text, or its UTF-8 bytes in pieces (joined only when gzip or no key needs one array). */
export function wrapProfile(profile, options = {}) {
    const plain = typeof profile === 'string' ? new TextEncoder().encode(profile) : profile;
    const packed = options.gzip ? gzip(joined(plain)) : plain;
    if (options.key === undefined)
        return joined(packed);
    const salt = options.reproducible ? reproducibleSalt(packed, options.key) : undefined;
    return encryptOpenssl(packed, options.key, { digest: options.digest ?? 'md5', ...(salt ? { salt } : {}) });
}
const joined = (plain) => (plain instanceof Uint8Array ? plain : Buffer.concat(plain));
