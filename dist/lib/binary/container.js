// Binary stage (container): the body sealed in a file: magic, version, flags, then either the body and a
// SHA-256 check, or scrypt parameters, salt, nonce and the body under AES-256-GCM with the header as
// associated data. Input: body bytes and options, or file bytes. Output: file bytes, or the body back.
import { codedFailure } from '../diagnostics/diagnostic.js';
import { nodeCrypto } from '../text/lazy-builtins.js';
import { startsWith } from './bytes.js';
import { CHECK_LENGTH, FLAG_ENCRYPTED, FLAG_MAC_BOUND, KDF_SCRYPT, KNOWN_FLAGS, MAGIC, NONCE_LENGTH, PLAIN_HEADER_LENGTH, SALT_LENGTH, SCRYPT_DEFAULT, SCRYPT_LIMITS, SEALED_HEADER_LENGTH, TAG_LENGTH, VERSION, } from './format.js';
export const isSpacBinary = (bytes) => startsWith(bytes, MAGIC);
export function seal(body, options = {}) {
    if (options.key === undefined && options.mac === undefined) {
        const head = Uint8Array.of(...MAGIC, VERSION, 0);
        return Buffer.concat([head, body, check(Buffer.concat([head, body]))]);
    }
    const cost = options.cost ?? SCRYPT_DEFAULT;
    const password = passwordOf(options.key, options.mac);
    const random = options.reproducible
        ? nodeCrypto().createHmac('sha512', password).update('spac binary').update(body).digest()
        : nodeCrypto().randomBytes(SALT_LENGTH + NONCE_LENGTH);
    const salt = random.subarray(0, SALT_LENGTH);
    const nonce = random.subarray(SALT_LENGTH, SALT_LENGTH + NONCE_LENGTH);
    const flags = FLAG_ENCRYPTED | (options.mac === undefined ? 0 : FLAG_MAC_BOUND);
    const head = Buffer.concat([
        Uint8Array.of(...MAGIC, VERSION, flags, KDF_SCRYPT, cost.log2N, cost.r, cost.p),
        salt,
        nonce,
    ]);
    const cipher = nodeCrypto().createCipheriv('aes-256-gcm', derive(password, salt, cost), nonce);
    cipher.setAAD(head);
    return Buffer.concat([head, cipher.update(body), cipher.final(), cipher.getAuthTag()]);
}
const check = (bytes) => nodeCrypto().createHash('sha256').update(bytes).digest().subarray(0, CHECK_LENGTH);
/** The MAC joins the password, so a file bound to one device does not open with another's. */
const passwordOf = (key, mac) => Buffer.concat([Buffer.from(key ?? '', 'utf8'), Uint8Array.of(0), Buffer.from(mac ?? '', 'ascii')]);
const derive = (password, salt, cost) => nodeCrypto().scryptSync(password, salt, 32, {
    N: 2 ** cost.log2N,
    r: cost.r,
    p: cost.p,
    maxmem: SCRYPT_LIMITS.maxmem,
});
const fail = (code, file, extra = {}, messageId = 'default') => codedFailure(code, { file, ...extra }, messageId);
export function open(bytes, name, options = {}) {
    if (!isSpacBinary(bytes))
        return fail('SPAC6010', name);
    const version = bytes[MAGIC.length];
    const flags = bytes[MAGIC.length + 1];
    if (version === undefined || flags === undefined)
        return cutShort(name);
    if (version !== VERSION)
        return fail('SPAC6011', name, { version, supported: VERSION });
    if ((flags & ~KNOWN_FLAGS) !== 0 || flags === FLAG_MAC_BOUND)
        return fail('SPAC6012', name, { problem: 'its header has flags this format does not define' });
    return (flags & FLAG_ENCRYPTED) === 0 ? openPlain(bytes, name) : openSealed(bytes, name, flags, options);
}
const cutShort = (name) => fail('SPAC6012', name, {}, 'cut');
function openPlain(bytes, name) {
    if (bytes.length < PLAIN_HEADER_LENGTH + CHECK_LENGTH)
        return cutShort(name);
    const end = bytes.length - CHECK_LENGTH;
    if (!Buffer.from(check(bytes.subarray(0, end))).equals(bytes.subarray(end)))
        return fail('SPAC6012', name, { problem: 'its integrity check does not match' });
    return { ok: true, body: bytes.subarray(PLAIN_HEADER_LENGTH, end), encrypted: false, macBound: false };
}
function openSealed(bytes, name, flags, options) {
    const macBound = (flags & FLAG_MAC_BOUND) !== 0;
    if (macBound && options.mac === undefined)
        return fail('SPAC6014', name, {}, 'mac');
    if (!macBound && options.key === undefined)
        return fail('SPAC6014', name);
    if (bytes.length < SEALED_HEADER_LENGTH + TAG_LENGTH)
        return cutShort(name);
    const at = PLAIN_HEADER_LENGTH;
    const [kdf, log2N, r, p] = [bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]].map(Number);
    if (kdf !== KDF_SCRYPT)
        return fail('SPAC6012', name, { problem: `unknown key derivation ${String(kdf)}` });
    const cost = { log2N: log2N ?? 0, r: r ?? 0, p: p ?? 0 };
    if (!costAllowed(cost))
        return fail('SPAC6016', name, { log2N: cost.log2N, r: cost.r, p: cost.p });
    const salt = bytes.subarray(at + 4, at + 4 + SALT_LENGTH);
    const nonce = bytes.subarray(at + 4 + SALT_LENGTH, SEALED_HEADER_LENGTH);
    const decipher = nodeCrypto().createDecipheriv('aes-256-gcm', derive(passwordOf(options.key, options.mac), salt, cost), nonce);
    decipher.setAAD(bytes.subarray(0, SEALED_HEADER_LENGTH));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_LENGTH));
    try {
        const body = Buffer.concat([
            decipher.update(bytes.subarray(SEALED_HEADER_LENGTH, bytes.length - TAG_LENGTH)),
            decipher.final(),
        ]);
        return { ok: true, body, encrypted: true, macBound };
    }
    catch {
        return fail('SPAC6013', name, {}, macBound ? 'bound' : 'default');
    }
}
function costAllowed(c) {
    const { log2N, r, p, maxmem } = SCRYPT_LIMITS;
    const within = (v, [lo, hi]) => Number.isInteger(v) && v >= lo && v <= hi;
    return (within(c.log2N, log2N) && within(c.r, r) && within(c.p, p) && 128 * 2 ** c.log2N * c.r * c.p < maxmem);
}
