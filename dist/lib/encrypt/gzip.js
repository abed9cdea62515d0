// Encrypt stage (compression): gzip as the phones detect it, by its header, before encryption.
// Input: bytes. Output: gzip bytes that depend only on the input, or the inflated bytes (bounded).
import { nodeZlib } from '../text/lazy-builtins.js';
export const GZIP_MAGIC = Uint8Array.of(0x1f, 0x8b);
/** Far above any profile; a file that inflates beyond it is refused rather than filling memory. */
export const MAX_INFLATED = 64 * 1024 * 1024;
const OS_BYTE = 9;
const OS_UNIX = 3;
export const isGzip = (bytes) => bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
/** zlib writes no time stamp (MTIME 0) but the building platform's OS code; fixing it to Unix makes the
 * output the same on every machine. */
export function gzip(bytes) {
    const out = nodeZlib().gzipSync(bytes, { level: 9 });
    out[OS_BYTE] = OS_UNIX;
    return out;
}
export function gunzip(bytes) {
    try {
        return { ok: true, bytes: nodeZlib().gunzipSync(bytes, { maxOutputLength: MAX_INFLATED }) };
    }
    catch (error) {
        const code = error.code;
        return {
            ok: false,
            reason: code === 'ERR_BUFFER_TOO_LARGE'
                ? 'it inflates to more than 64 MiB'
                : 'the gzip data is damaged or cut short',
        };
    }
}
