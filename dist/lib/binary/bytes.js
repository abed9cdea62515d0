// Binary stage (byte codec): a growing writer and a bounds-checked reader for varints and strings.
// Input: numbers and strings, or bytes. Output: bytes, or values; a reader past its end reports, never throws.
import { MAX_VARINT_BYTES } from './format.js';
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
export class ByteWriter {
    chunks = [];
    parts = [];
    byte(b) {
        this.chunks.push(b & 0xff);
    }
    bytes(data) {
        this.flush();
        this.parts.push(data);
    }
    /** LEB128: seven bits a byte, low first, high bit set on all but the last. */
    varint(n) {
        let rest = n;
        while (rest >= 0x80) {
            this.byte((rest % 0x80) | 0x80);
            rest = Math.floor(rest / 0x80);
        }
        this.byte(rest);
    }
    string(text) {
        const data = encoder.encode(text);
        this.varint(data.length);
        this.bytes(data);
    }
    finish() {
        this.flush();
        const length = this.parts.reduce((sum, p) => sum + p.length, 0);
        const out = new Uint8Array(length);
        let at = 0;
        for (const part of this.parts) {
            out.set(part, at);
            at += part.length;
        }
        return out;
    }
    flush() {
        if (this.chunks.length === 0)
            return;
        this.parts.push(Uint8Array.from(this.chunks));
        this.chunks.length = 0;
    }
}
/** Reads until the first problem; after it, `problem` says what and every read returns a neutral value. */
export class ByteReader {
    data;
    at = 0;
    firstProblem;
    constructor(data) {
        this.data = data;
    }
    /** A method, not a field: callers check it again after calls that may have failed. */
    problem() {
        return this.firstProblem;
    }
    get remaining() {
        return this.data.length - this.at;
    }
    byte() {
        if (this.firstProblem !== undefined)
            return 0;
        if (this.at >= this.data.length)
            return this.fail('the data ends too early');
        return this.data[this.at++] ?? 0;
    }
    bytes(length) {
        if (this.firstProblem === undefined && length > this.remaining)
            this.fail('the data ends too early');
        if (this.firstProblem !== undefined)
            return new Uint8Array(0);
        const out = this.data.subarray(this.at, this.at + length);
        this.at += length;
        return out;
    }
    varint() {
        let value = 0;
        for (let i = 0; i < MAX_VARINT_BYTES; i++) {
            const b = this.byte();
            value += (b & 0x7f) * 2 ** (7 * i);
            if ((b & 0x80) === 0)
                return value;
        }
        return this.fail('a number is longer than 7 bytes');
    }
    string() {
        const data = this.bytes(this.varint());
        try {
            return decoder.decode(data);
        }
        catch {
            this.fail('a string is not UTF-8');
            return '';
        }
    }
    fail(problem) {
        this.firstProblem ??= problem;
        return 0;
    }
}
/** True when `bytes` begins with `prefix`: file kinds are told apart by their first bytes. */
export function startsWith(bytes, prefix) {
    if (bytes.length < prefix.length)
        return false;
    return prefix.every((b, i) => bytes[i] === b);
}
