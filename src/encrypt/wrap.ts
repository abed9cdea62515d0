// Encrypt stage (output side): a compiled profile as the phone downloads it: optionally gzip, then
// optionally AES-256-CBC in `openssl enc` format. Input: the profile text and options. Output: file bytes.
import { gzip } from './gzip.js';
import { encryptOpenssl, reproducibleSalt, type Digest } from './openssl.js';

export interface WrapOptions {
  /** Compress before encrypting: the phone detects gzip by its header. */
  readonly gzip?: boolean;
  /** The `--key` of the phone's profile rule. Never echoed. */
  readonly key?: string;
  readonly digest?: Digest;
  /** Salt from the key and the plaintext: unchanged profiles give identical files (see README). */
  readonly reproducible?: boolean;
}

export function wrapProfile(text: string, options: WrapOptions = {}): Uint8Array {
  const plain = new TextEncoder().encode(text);
  const packed = options.gzip ? gzip(plain) : plain;
  if (options.key === undefined) return packed;
  const salt = options.reproducible ? reproducibleSalt(packed, options.key) : undefined;
  return encryptOpenssl(packed, options.key, { digest: options.digest ?? 'md5', ...(salt ? { salt } : {}) });
}
