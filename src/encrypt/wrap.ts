// Encrypt stage (output side): a compiled profile as the phone downloads it: optionally gzip, then
// optionally AES-256-CBC in `openssl enc` format. Input: the profile text and options. Output: file bytes.
import { gzip } from './gzip.js';
import { encryptOpenssl, reproducibleSalt, type Digest, type Plaintext } from './openssl.js';

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
export function wrapProfile(profile: string | readonly Uint8Array[], options: WrapOptions = {}): Uint8Array {
  const plain = typeof profile === 'string' ? new TextEncoder().encode(profile) : profile;
  const packed = options.gzip ? gzip(joined(plain)) : plain;
  if (options.key === undefined) return joined(packed);
  const salt = options.reproducible ? reproducibleSalt(packed, options.key) : undefined;
  return encryptOpenssl(packed, options.key, { digest: options.digest ?? 'md5', ...(salt ? { salt } : {}) });
}

const joined = (plain: Plaintext): Uint8Array => (plain instanceof Uint8Array ? plain : Buffer.concat(plain));
