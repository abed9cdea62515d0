// Encrypt stage (the phone's format): AES-256-CBC as `openssl enc -aes-256-cbc -k PHRASE` writes it.
// Input: bytes and a passphrase. Output: `Salted__` + 8-byte salt + PKCS#7-padded ciphertext, or the
// plaintext back with the reason it could not be had (never a throw).
import { nodeCrypto } from '../text/lazy-builtins.js';
import { startsWith } from '../binary/bytes.js';

/** MD5 is what SPA firmware (built against openssl 0.9.7) derives keys with; SHA-256 is openssl 1.1+. */
export type Digest = 'md5' | 'sha256';

export const SALTED = new TextEncoder().encode('Salted__');
const SALT_LENGTH = 8;
const HEADER_LENGTH = SALTED.length + SALT_LENGTH;
const BLOCK = 16;

export interface KeyIv {
  readonly key: Uint8Array;
  readonly iv: Uint8Array;
}

/** EVP_BytesToKey with one iteration: D1 = H(pass|salt), Di = H(Di-1|pass|salt); key 32 bytes, IV 16. */
export function evpBytesToKey(passphrase: Uint8Array, salt: Uint8Array, digest: Digest): KeyIv {
  const blocks: Buffer[] = [];
  let previous: Buffer = Buffer.alloc(0);
  for (let length = 0; length < 48; length += previous.length) {
    previous = nodeCrypto().createHash(digest).update(previous).update(passphrase).update(salt).digest();
    blocks.push(previous);
  }
  const bytes = Buffer.concat(blocks);
  return { key: bytes.subarray(0, 32), iv: bytes.subarray(32, 48) };
}

export interface EncryptOptions {
  readonly digest?: Digest;
  /** The 8-byte salt; random when absent. Known-answer tests and `reproducibleSalt` set it. */
  readonly salt?: Uint8Array;
}

/** The plaintext as one array or as the pieces it was written in (encrypted without joining them). */
export type Plaintext = Uint8Array | readonly Uint8Array[];

const piecesOf = (plaintext: Plaintext): readonly Uint8Array[] =>
  plaintext instanceof Uint8Array ? [plaintext] : plaintext;

export function encryptOpenssl(
  plaintext: Plaintext,
  passphrase: string,
  options: EncryptOptions = {},
): Uint8Array {
  const salt = options.salt ?? nodeCrypto().randomBytes(SALT_LENGTH);
  if (salt.length !== SALT_LENGTH) throw new Error(`salt must be ${String(SALT_LENGTH)} bytes`);
  const { key, iv } = evpBytesToKey(utf8(passphrase), salt, options.digest ?? 'md5');
  const cipher = nodeCrypto().createCipheriv('aes-256-cbc', key, iv);
  const out: Uint8Array[] = [SALTED, salt];
  for (const piece of piecesOf(plaintext)) out.push(cipher.update(piece));
  out.push(cipher.final());
  return Buffer.concat(out);
}

/** A salt that depends only on the key and the plaintext: an unchanged profile encrypts to the same bytes.
 * The price: two equal plaintexts under one key give equal files, so an observer learns they are equal. */
export function reproducibleSalt(plaintext: Plaintext, passphrase: string): Uint8Array {
  const hmac = nodeCrypto().createHmac('sha256', utf8(passphrase)).update('spac openssl salt');
  for (const piece of piecesOf(plaintext)) hmac.update(piece);
  return hmac.digest().subarray(0, SALT_LENGTH);
}

export type DecryptResult =
  | { readonly ok: true; readonly plaintext: Uint8Array }
  | { readonly ok: false; readonly reason: 'not-encrypted' | 'truncated' | 'wrong-key' };

export const isOpensslEncrypted = (bytes: Uint8Array): boolean => startsWith(bytes, SALTED);

/** The padding check catches a wrong key or a damaged file in all but about 1 case in 256; callers check
 * that the plaintext looks like a profile to catch the rest. */
export function decryptOpenssl(bytes: Uint8Array, passphrase: string, digest: Digest = 'md5'): DecryptResult {
  if (!isOpensslEncrypted(bytes)) return { ok: false, reason: 'not-encrypted' };
  const body = bytes.subarray(HEADER_LENGTH);
  if (bytes.length < HEADER_LENGTH || body.length === 0 || body.length % BLOCK !== 0)
    return { ok: false, reason: 'truncated' };
  const { key, iv } = evpBytesToKey(utf8(passphrase), bytes.subarray(SALTED.length, HEADER_LENGTH), digest);
  const decipher = nodeCrypto().createDecipheriv('aes-256-cbc', key, iv);
  try {
    return { ok: true, plaintext: Buffer.concat([decipher.update(body), decipher.final()]) };
  } catch {
    return { ok: false, reason: 'wrong-key' };
  }
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
