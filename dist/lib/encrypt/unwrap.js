// Encrypt stage (input side): what a downloaded profile file is, told from its first bytes as the phone
// does, and its text. Input: file bytes and an optional key. Output: the profile text and the layers
// taken off (AES-256-CBC, gzip), or why it cannot be read, as a catalogued code and a message.
import { declaredText } from './xml-encoding.js';
import { codedFailure } from '../diagnostics/diagnostic.js';
import { isSpacBinary } from '../binary/container.js';
import { gunzip, isGzip } from './gzip.js';
import { decryptOpenssl, isOpensslEncrypted } from './openssl.js';
const fail = (code, file, extra = {}) => codedFailure(code, { file, ...extra });
const wrongKey = (name) => fail('SPAC6002', name);
/** `name` is how messages call the file. */
export function unwrapProfile(bytes, name, options = {}) {
    if (!isOpensslEncrypted(bytes))
        return inflate(bytes, name, [], false);
    if (options.key === undefined)
        return fail('SPAC6001', name);
    const decrypted = decryptProfile(bytes, name, options.key, options.digest);
    if (!decrypted.ok)
        return decrypted;
    const inner = inflate(decrypted.plaintext, name, ['aes-256-cbc'], true);
    return inner.ok ? { ...inner, digest: decrypted.digest } : inner;
}
/** The AES layer alone, byte for byte as `openssl enc -d` gives it, for a profile: the plaintext must look
 * like one, so garbage that passes the padding check (about 1 wrong key in 256) is a wrong key here, where
 * openssl would hand it out. Without a fixed digest, the digest whose plaintext looks like one wins. */
export function decryptProfile(bytes, name, key, digest) {
    if (!isOpensslEncrypted(bytes))
        return fail('SPAC6004', name);
    const tried = (digest ? [digest] : ['md5', 'sha256']).map((d) => ({
        digest: d,
        result: decryptOpenssl(bytes, key, d),
    }));
    const opened = tried.flatMap((t) => t.result.ok ? [{ digest: t.digest, plaintext: t.result.plaintext }] : []);
    const plausible = opened.find((o) => looksLikeProfile(o.plaintext));
    if (plausible)
        return { ok: true, ...plausible };
    return tried.some((t) => !t.result.ok && t.result.reason === 'truncated')
        ? fail('SPAC6003', name)
        : wrongKey(name);
}
const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');
// Profiles are text: tabs, line breaks and form feeds are the only control characters they hold.
const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);
const isControl = (byte) => (byte < 0x20 && !ALLOWED_CONTROLS.has(byte)) || byte === 0x7f;
// A profile saved as Latin-1 is not UTF-8 but is still mostly ASCII; random bytes are about half high
// bytes, so one eighth tells the two apart for all but the shortest plaintexts.
const MAX_HIGH_SHARE = 1 / 8;
/** The text, or undefined when the bytes are not UTF-8 throughout. */
function decodedUtf8(bytes) {
    try {
        return strict.decode(bytes);
    }
    catch {
        return undefined;
    }
}
const isUtf8 = (bytes) => decodedUtf8(bytes) !== undefined;
/** Decides whether a decryption worked, so it must not wave garbage through: text with no control byte
 * that is UTF-8 or mostly ASCII, or a gzip or spac binary stream. */
export function looksLikeProfile(bytes) {
    if (isGzip(bytes) || isSpacBinary(bytes))
        return true;
    let high = 0;
    for (const byte of bytes) {
        if (isControl(byte))
            return false;
        if (byte >= 0x80)
            high++;
    }
    return high <= bytes.length * MAX_HIGH_SHARE || isUtf8(bytes);
}
function inflate(bytes, name, layers, decrypted) {
    if (!isGzip(bytes))
        return asText(bytes, name, layers);
    const inflated = gunzip(bytes);
    if (!inflated.ok)
        return decrypted ? wrongKey(name) : fail('SPAC6005', name, { reason: inflated.reason });
    return asText(inflated.bytes, name, [...layers, 'gzip']);
}
/** Plain files: NUL bytes mark a binary file (or UTF-16, named as such); a byte that is not UTF-8 is
 * read as U+FFFD and its place kept, for a diagnostic that does not stop the check. */
function asText(bytes, name, layers) {
    if (isSpacBinary(bytes))
        return fail('SPAC6007', name);
    if (bytes.includes(0)) {
        const utf16 = isUtf16(bytes);
        const why = utf16 ? 'it is UTF-16: save it as UTF-8' : 'it contains NUL bytes';
        const message = `cannot read '${name}': not a text profile (${why})`;
        return { ok: false, code: 'not-text', file: name, message, ...(utf16 ? { utf16: true } : {}) };
    }
    const declared = declaredText(bytes);
    if (declared.kind === 'decoded')
        return { ok: true, text: declared.text, layers, encoding: declared.encoding };
    if (declared.kind === 'unsupported') {
        const message = `cannot read '${name}': its XML declaration names encoding '${declared.encoding}'; save it as UTF-8`;
        return { ok: false, code: 'not-text', file: name, message, encoding: declared.encoding };
    }
    // One decoding for the usual file (UTF-8 throughout), a second only for a file that is not.
    const strictText = decodedUtf8(bytes);
    if (strictText !== undefined)
        return { ok: true, text: strictText, layers };
    const text = lenient.decode(bytes);
    const bad = firstBadByte(bytes);
    const badByte = { at: lenient.decode(bytes.subarray(0, bad)).length, byte: bytes[bad] ?? 0 };
    return { ok: true, text, layers, badByte };
}
/** A byte order mark of UTF-16, or ASCII text with every other byte zero. */
function isUtf16(bytes) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        return true;
    const sample = bytes.subarray(0, 64);
    const zeros = sample.filter((b, i) => b === 0 && i % 2 === sample.indexOf(0) % 2).length;
    return sample.length >= 4 && zeros * 2 >= sample.length - 1;
}
/** Where the first byte sits that does not begin or continue a UTF-8 character as the decoder reads. */
function firstBadByte(bytes) {
    let low = 0;
    let high = bytes.length;
    // The longest valid prefix: decoding is all or nothing, so halve until the first failing byte.
    while (high - low > 1) {
        const mid = (low + high) >> 1;
        if (isUtf8Prefix(bytes.subarray(0, mid)))
            low = mid;
        else
            high = mid;
    }
    // Every byte fits but the last character is cut off: the same as a bad byte past the end.
    const failing = isUtf8Prefix(bytes.subarray(0, low + 1)) ? bytes.length : low;
    return sequenceStart(bytes, failing);
}
/** The decoder fails at `at`, but the character it was reading may have begun before: a lead byte
 * whose continuation bytes stop short. That lead byte is the one to point at. */
function sequenceStart(bytes, at) {
    let lead = at - 1;
    while (lead >= 0 && lead > at - 4 && ((bytes[lead] ?? 0) & 0xc0) === 0x80)
        lead--;
    const byte = bytes[lead] ?? 0;
    if (lead < 0 || byte < 0xc0)
        return at;
    const wanted = byte >= 0xf0 ? 3 : byte >= 0xe0 ? 2 : 1;
    return at - 1 - lead < wanted ? lead : at;
}
/** Valid so far: a character cut off at the end does not count against it. */
function isUtf8Prefix(bytes) {
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
        return true;
    }
    catch {
        return false;
    }
}
