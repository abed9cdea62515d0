import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  codedFailure
} from "./chunk-YXJOSIDR.js";
import {
  nodeCrypto,
  nodeZlib
} from "./chunk-575EBBRF.js";

// src/encrypt/xml-encoding.ts
var DECLARATION = /^(?:\xEF\xBB\xBF)?<\?xml\s[^?>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/, LATIN1 = /* @__PURE__ */ new Set([
  "iso-8859-1",
  "iso8859-1",
  "iso_8859-1",
  "latin1",
  "latin-1",
  "l1",
  "cp819",
  "ibm819"
]), WINDOWS_1252 = /* @__PURE__ */ new Set(["windows-1252", "cp1252", "x-cp1252"]), UTF8 = /* @__PURE__ */ new Set(["utf-8", "utf8", "us-ascii", "ascii"]);
function declaredText(bytes) {
  let head = latin1(bytes.subarray(0, 256)), encoding = DECLARATION.exec(head)?.[1];
  if (encoding === void 0) return { kind: "utf-8" };
  let name = encoding.toLowerCase();
  return UTF8.has(name) ? { kind: "utf-8" } : LATIN1.has(name) ? { kind: "decoded", text: latin1(bytes), encoding: "iso-8859-1" } : WINDOWS_1252.has(name) ? { kind: "decoded", text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" } : { kind: "unsupported", encoding };
}
function latin1(bytes) {
  let text = "";
  for (let at = 0; at < bytes.length; at += 8192)
    text += String.fromCharCode(...bytes.subarray(at, Math.min(at + 8192, bytes.length)));
  return text;
}

// src/binary/format.ts
var MAGIC = Uint8Array.of(137, 83, 80, 65, 67, 13, 10, 26), VERSION = 1, FLAG_ENCRYPTED = 1, FLAG_MAC_BOUND = 2, KNOWN_FLAGS = FLAG_ENCRYPTED | FLAG_MAC_BOUND, KDF_SCRYPT = 1, SCRYPT_DEFAULT = { log2N: 15, r: 8, p: 1 }, SCRYPT_LIMITS = { log2N: [10, 20], r: [1, 16], p: [1, 4], maxmem: 256 * 1024 * 1024 }, SALT_LENGTH = 16, NONCE_LENGTH = 12, TAG_LENGTH = 16, CHECK_LENGTH = 16, PLAIN_HEADER_LENGTH = MAGIC.length + 2, SEALED_HEADER_LENGTH = PLAIN_HEADER_LENGTH + 4 + SALT_LENGTH + NONCE_LENGTH, SCHEMA_HASH_LENGTH = 32, ACCESS_CODES = [void 0, "na", "ro", "rw"], HEAD_KNOWN = 32, HEAD_TEXT_NAME = 64, HEAD_PATH = 128, ValueCode = {
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
  Negative: 7
}, MAX_VARINT_BYTES = 7;

// src/binary/bytes.ts
var encoder = new TextEncoder(), decoder = new TextDecoder("utf-8", { fatal: !0 }), ByteWriter = class {
  chunks = [];
  parts = [];
  byte(b) {
    this.chunks.push(b & 255);
  }
  bytes(data) {
    this.flush(), this.parts.push(data);
  }
  /** LEB128: seven bits a byte, low first, high bit set on all but the last. */
  varint(n) {
    let rest = n;
    for (; rest >= 128; )
      this.byte(rest % 128 | 128), rest = Math.floor(rest / 128);
    this.byte(rest);
  }
  string(text) {
    let data = encoder.encode(text);
    this.varint(data.length), this.bytes(data);
  }
  finish() {
    this.flush();
    let length = this.parts.reduce((sum, p) => sum + p.length, 0), out = new Uint8Array(length), at = 0;
    for (let part of this.parts)
      out.set(part, at), at += part.length;
    return out;
  }
  flush() {
    this.chunks.length !== 0 && (this.parts.push(Uint8Array.from(this.chunks)), this.chunks.length = 0);
  }
}, ByteReader = class {
  constructor(data) {
    this.data = data;
  }
  data;
  at = 0;
  firstProblem;
  /** A method, not a field: callers check it again after calls that may have failed. */
  problem() {
    return this.firstProblem;
  }
  get remaining() {
    return this.data.length - this.at;
  }
  byte() {
    return this.firstProblem !== void 0 ? 0 : this.at >= this.data.length ? this.fail("the data ends too early") : this.data[this.at++] ?? 0;
  }
  bytes(length) {
    if (this.firstProblem === void 0 && length > this.remaining && this.fail("the data ends too early"), this.firstProblem !== void 0) return new Uint8Array(0);
    let out = this.data.subarray(this.at, this.at + length);
    return this.at += length, out;
  }
  varint() {
    let value = 0;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      let b = this.byte();
      if (value += (b & 127) * 2 ** (7 * i), (b & 128) === 0) return value;
    }
    return this.fail("a number is longer than 7 bytes");
  }
  string() {
    let data = this.bytes(this.varint());
    try {
      return decoder.decode(data);
    } catch {
      return this.fail("a string is not UTF-8"), "";
    }
  }
  fail(problem) {
    return this.firstProblem ??= problem, 0;
  }
};
function startsWith(bytes, prefix) {
  return bytes.length < prefix.length ? !1 : prefix.every((b, i) => bytes[i] === b);
}

// src/binary/container.ts
var isSpacBinary = (bytes) => startsWith(bytes, MAGIC);
function seal(body, options = {}) {
  if (options.key === void 0 && options.mac === void 0) {
    let head2 = Uint8Array.of(...MAGIC, VERSION, 0);
    return Buffer.concat([head2, body, check(Buffer.concat([head2, body]))]);
  }
  let cost = options.cost ?? SCRYPT_DEFAULT, password = passwordOf(options.key, options.mac), random = options.reproducible ? nodeCrypto().createHmac("sha512", password).update("spac binary").update(body).digest() : nodeCrypto().randomBytes(SALT_LENGTH + NONCE_LENGTH), salt = random.subarray(0, SALT_LENGTH), nonce = random.subarray(SALT_LENGTH, SALT_LENGTH + NONCE_LENGTH), flags = FLAG_ENCRYPTED | (options.mac === void 0 ? 0 : FLAG_MAC_BOUND), head = Buffer.concat([
    Uint8Array.of(...MAGIC, VERSION, flags, KDF_SCRYPT, cost.log2N, cost.r, cost.p),
    salt,
    nonce
  ]), cipher = nodeCrypto().createCipheriv("aes-256-gcm", derive(password, salt, cost), nonce);
  return cipher.setAAD(head), Buffer.concat([head, cipher.update(body), cipher.final(), cipher.getAuthTag()]);
}
var check = (bytes) => nodeCrypto().createHash("sha256").update(bytes).digest().subarray(0, CHECK_LENGTH), passwordOf = (key, mac) => Buffer.concat([Buffer.from(key ?? "", "utf8"), Uint8Array.of(0), Buffer.from(mac ?? "", "ascii")]), derive = (password, salt, cost) => nodeCrypto().scryptSync(password, salt, 32, {
  N: 2 ** cost.log2N,
  r: cost.r,
  p: cost.p,
  maxmem: SCRYPT_LIMITS.maxmem
}), fail = (code, file, extra = {}, messageId = "default") => codedFailure(code, { file, ...extra }, messageId);
function open(bytes, name, options = {}) {
  if (!isSpacBinary(bytes)) return fail("SPAC6010", name);
  let version = bytes[MAGIC.length], flags = bytes[MAGIC.length + 1];
  return version === void 0 || flags === void 0 ? cutShort(name) : version !== VERSION ? fail("SPAC6011", name, { version, supported: VERSION }) : (flags & ~KNOWN_FLAGS) !== 0 || flags === FLAG_MAC_BOUND ? fail("SPAC6012", name, { problem: "its header has flags this format does not define" }) : (flags & FLAG_ENCRYPTED) === 0 ? openPlain(bytes, name) : openSealed(bytes, name, flags, options);
}
var cutShort = (name) => fail("SPAC6012", name, {}, "cut");
function openPlain(bytes, name) {
  if (bytes.length < PLAIN_HEADER_LENGTH + CHECK_LENGTH) return cutShort(name);
  let end = bytes.length - CHECK_LENGTH;
  return Buffer.from(check(bytes.subarray(0, end))).equals(bytes.subarray(end)) ? { ok: !0, body: bytes.subarray(PLAIN_HEADER_LENGTH, end), encrypted: !1, macBound: !1 } : fail("SPAC6012", name, { problem: "its integrity check does not match" });
}
function openSealed(bytes, name, flags, options) {
  let macBound = (flags & FLAG_MAC_BOUND) !== 0;
  if (macBound && options.mac === void 0) return fail("SPAC6014", name, {}, "mac");
  if (!macBound && options.key === void 0) return fail("SPAC6014", name);
  if (bytes.length < SEALED_HEADER_LENGTH + TAG_LENGTH) return cutShort(name);
  let at = PLAIN_HEADER_LENGTH, [kdf, log2N, r, p] = [bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]].map(Number);
  if (kdf !== KDF_SCRYPT) return fail("SPAC6012", name, { problem: `unknown key derivation ${String(kdf)}` });
  let cost = { log2N: log2N ?? 0, r: r ?? 0, p: p ?? 0 };
  if (!costAllowed(cost)) return fail("SPAC6016", name, { log2N: cost.log2N, r: cost.r, p: cost.p });
  let salt = bytes.subarray(at + 4, at + 4 + SALT_LENGTH), nonce = bytes.subarray(at + 4 + SALT_LENGTH, SEALED_HEADER_LENGTH), decipher = nodeCrypto().createDecipheriv(
    "aes-256-gcm",
    derive(passwordOf(options.key, options.mac), salt, cost),
    nonce
  );
  decipher.setAAD(bytes.subarray(0, SEALED_HEADER_LENGTH)), decipher.setAuthTag(bytes.subarray(bytes.length - TAG_LENGTH));
  try {
    return { ok: !0, body: Buffer.concat([
      decipher.update(bytes.subarray(SEALED_HEADER_LENGTH, bytes.length - TAG_LENGTH)),
      decipher.final()
    ]), encrypted: !0, macBound };
  } catch {
    return fail("SPAC6013", name, {}, macBound ? "bound" : "default");
  }
}
function costAllowed(c) {
  let { log2N, r, p, maxmem } = SCRYPT_LIMITS, within = (v, [lo, hi]) => Number.isInteger(v) && v >= lo && v <= hi;
  return within(c.log2N, log2N) && within(c.r, r) && within(c.p, p) && 128 * 2 ** c.log2N * c.r * c.p < maxmem;
}

// src/encrypt/gzip.ts
var GZIP_MAGIC = Uint8Array.of(31, 139), MAX_INFLATED = 64 * 1024 * 1024, OS_BYTE = 9, OS_UNIX = 3, isGzip = (bytes) => bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
function gzip(bytes) {
  let out = nodeZlib().gzipSync(bytes, { level: 9 });
  return out[OS_BYTE] = OS_UNIX, out;
}
function gunzip(bytes) {
  try {
    return { ok: !0, bytes: nodeZlib().gunzipSync(bytes, { maxOutputLength: MAX_INFLATED }) };
  } catch (error) {
    return {
      ok: !1,
      reason: error.code === "ERR_BUFFER_TOO_LARGE" ? "it inflates to more than 64 MiB" : "the gzip data is damaged or cut short"
    };
  }
}

// src/encrypt/openssl.ts
var SALTED = new TextEncoder().encode("Salted__"), SALT_LENGTH2 = 8, HEADER_LENGTH = SALTED.length + SALT_LENGTH2, BLOCK = 16;
function evpBytesToKey(passphrase, salt, digest) {
  let blocks = [], previous = Buffer.alloc(0);
  for (let length = 0; length < 48; length += previous.length)
    previous = nodeCrypto().createHash(digest).update(previous).update(passphrase).update(salt).digest(), blocks.push(previous);
  let bytes = Buffer.concat(blocks);
  return { key: bytes.subarray(0, 32), iv: bytes.subarray(32, 48) };
}
var piecesOf = (plaintext) => plaintext instanceof Uint8Array ? [plaintext] : plaintext;
function encryptOpenssl(plaintext, passphrase, options = {}) {
  let salt = options.salt ?? nodeCrypto().randomBytes(SALT_LENGTH2);
  if (salt.length !== SALT_LENGTH2) throw new Error(`salt must be ${String(SALT_LENGTH2)} bytes`);
  let { key, iv } = evpBytesToKey(utf8(passphrase), salt, options.digest ?? "md5"), cipher = nodeCrypto().createCipheriv("aes-256-cbc", key, iv), out = [SALTED, salt];
  for (let piece of piecesOf(plaintext)) out.push(cipher.update(piece));
  return out.push(cipher.final()), Buffer.concat(out);
}
function reproducibleSalt(plaintext, passphrase) {
  let hmac = nodeCrypto().createHmac("sha256", utf8(passphrase)).update("spac openssl salt");
  for (let piece of piecesOf(plaintext)) hmac.update(piece);
  return hmac.digest().subarray(0, SALT_LENGTH2);
}
var isOpensslEncrypted = (bytes) => startsWith(bytes, SALTED);
function decryptOpenssl(bytes, passphrase, digest = "md5") {
  if (!isOpensslEncrypted(bytes)) return { ok: !1, reason: "not-encrypted" };
  let body = bytes.subarray(HEADER_LENGTH);
  if (bytes.length < HEADER_LENGTH || body.length === 0 || body.length % BLOCK !== 0)
    return { ok: !1, reason: "truncated" };
  let { key, iv } = evpBytesToKey(utf8(passphrase), bytes.subarray(SALTED.length, HEADER_LENGTH), digest), decipher = nodeCrypto().createDecipheriv("aes-256-cbc", key, iv);
  try {
    return { ok: !0, plaintext: Buffer.concat([decipher.update(body), decipher.final()]) };
  } catch {
    return { ok: !1, reason: "wrong-key" };
  }
}
var utf8 = (text) => new TextEncoder().encode(text);

// src/encrypt/unwrap.ts
var fail2 = (code, file, extra = {}) => codedFailure(code, { file, ...extra }), wrongKey = (name) => fail2("SPAC6002", name);
function unwrapProfile(bytes, name, options = {}) {
  if (!isOpensslEncrypted(bytes)) return inflate(bytes, name, [], !1);
  if (options.key === void 0) return fail2("SPAC6001", name);
  let decrypted = decryptProfile(bytes, name, options.key, options.digest);
  if (!decrypted.ok) return decrypted;
  let inner = inflate(decrypted.plaintext, name, ["aes-256-cbc"], !0);
  return inner.ok ? { ...inner, digest: decrypted.digest } : inner;
}
function decryptProfile(bytes, name, key, digest) {
  if (!isOpensslEncrypted(bytes)) return fail2("SPAC6004", name);
  let tried = (digest ? [digest] : ["md5", "sha256"]).map((d) => ({
    digest: d,
    result: decryptOpenssl(bytes, key, d)
  })), plausible = tried.flatMap(
    (t) => t.result.ok ? [{ digest: t.digest, plaintext: t.result.plaintext }] : []
  ).find((o) => looksLikeProfile(o.plaintext));
  return plausible ? { ok: !0, ...plausible } : tried.some((t) => !t.result.ok && t.result.reason === "truncated") ? fail2("SPAC6003", name) : wrongKey(name);
}
var strict = new TextDecoder("utf-8", { fatal: !0 }), lenient = new TextDecoder("utf-8"), ALLOWED_CONTROLS = /* @__PURE__ */ new Set([9, 10, 12, 13]), isControl = (byte) => byte < 32 && !ALLOWED_CONTROLS.has(byte) || byte === 127, MAX_HIGH_SHARE = 1 / 8;
function decodedUtf8(bytes) {
  try {
    return strict.decode(bytes);
  } catch {
    return;
  }
}
var isUtf8 = (bytes) => decodedUtf8(bytes) !== void 0;
function looksLikeProfile(bytes) {
  if (isGzip(bytes) || isSpacBinary(bytes)) return !0;
  let high = 0;
  for (let byte of bytes) {
    if (isControl(byte)) return !1;
    byte >= 128 && high++;
  }
  return high <= bytes.length * MAX_HIGH_SHARE || isUtf8(bytes);
}
function inflate(bytes, name, layers, decrypted) {
  if (!isGzip(bytes)) return asText(bytes, name, layers);
  let inflated = gunzip(bytes);
  return inflated.ok ? asText(inflated.bytes, name, [...layers, "gzip"]) : decrypted ? wrongKey(name) : fail2("SPAC6005", name, { reason: inflated.reason });
}
function asText(bytes, name, layers) {
  if (isSpacBinary(bytes)) return fail2("SPAC6007", name);
  if (bytes.includes(0)) {
    let utf16 = isUtf16(bytes), message = `cannot read '${name}': not a text profile (${utf16 ? "it is UTF-16: save it as UTF-8" : "it contains NUL bytes"})`;
    return { ok: !1, code: "not-text", file: name, message, ...utf16 ? { utf16: !0 } : {} };
  }
  let declared = declaredText(bytes);
  if (declared.kind === "decoded")
    return { ok: !0, text: declared.text, layers, encoding: declared.encoding };
  if (declared.kind === "unsupported") {
    let message = `cannot read '${name}': its XML declaration names encoding '${declared.encoding}'; save it as UTF-8`;
    return { ok: !1, code: "not-text", file: name, message, encoding: declared.encoding };
  }
  let strictText = decodedUtf8(bytes);
  if (strictText !== void 0) return { ok: !0, text: strictText, layers };
  let text = lenient.decode(bytes), bad = firstBadByte(bytes), badByte = { at: lenient.decode(bytes.subarray(0, bad)).length, byte: bytes[bad] ?? 0 };
  return { ok: !0, text, layers, badByte };
}
function isUtf16(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) return !0;
  let sample = bytes.subarray(0, 64), zeros = sample.filter((b, i) => b === 0 && i % 2 === sample.indexOf(0) % 2).length;
  return sample.length >= 4 && zeros * 2 >= sample.length - 1;
}
function firstBadByte(bytes) {
  let low = 0, high = bytes.length;
  for (; high - low > 1; ) {
    let mid = low + high >> 1;
    isUtf8Prefix(bytes.subarray(0, mid)) ? low = mid : high = mid;
  }
  let failing = isUtf8Prefix(bytes.subarray(0, low + 1)) ? bytes.length : low;
  return sequenceStart(bytes, failing);
}
function sequenceStart(bytes, at) {
  let lead = at - 1;
  for (; lead >= 0 && lead > at - 4 && ((bytes[lead] ?? 0) & 192) === 128; ) lead--;
  let byte = bytes[lead] ?? 0;
  if (lead < 0 || byte < 192) return at;
  let wanted = byte >= 240 ? 3 : byte >= 224 ? 2 : 1;
  return at - 1 - lead < wanted ? lead : at;
}
function isUtf8Prefix(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: !0 }).decode(bytes, { stream: !0 }), !0;
  } catch {
    return !1;
  }
}

export {
  SCHEMA_HASH_LENGTH,
  ACCESS_CODES,
  HEAD_KNOWN,
  HEAD_TEXT_NAME,
  HEAD_PATH,
  ValueCode,
  ByteWriter,
  ByteReader,
  seal,
  open,
  gzip,
  encryptOpenssl,
  reproducibleSalt,
  unwrapProfile,
  decryptProfile
};
