// Encrypt stage (reading plain bytes): the encoding an XML profile's declaration names, and its text in
// it. Input: a file's bytes. Output: the text for ISO-8859-1 and Windows-1252, nothing for UTF-8 or no
// declaration (read as UTF-8), or the unsupported encoding's name (a clear error, never U+FFFD).
/** `<?xml ... encoding="..." ?>` at the very start (after a UTF-8 byte order mark), as XML 1.0 places it. */
const DECLARATION = /^(?:\xEF\xBB\xBF)?<\?xml\s[^?>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/;
const LATIN1 = new Set([
    'iso-8859-1',
    'iso8859-1',
    'iso_8859-1',
    'latin1',
    'latin-1',
    'l1',
    'cp819',
    'ibm819',
]);
const WINDOWS_1252 = new Set(['windows-1252', 'cp1252', 'x-cp1252']);
const UTF8 = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
export function declaredText(bytes) {
    // The declaration is ASCII: read the first bytes one to one.
    const head = latin1(bytes.subarray(0, 256));
    const encoding = DECLARATION.exec(head)?.[1];
    if (encoding === undefined)
        return { kind: 'utf-8' };
    const name = encoding.toLowerCase();
    if (UTF8.has(name))
        return { kind: 'utf-8' };
    if (LATIN1.has(name))
        return { kind: 'decoded', text: latin1(bytes), encoding: 'iso-8859-1' };
    // The WHATWG decoder's windows-1252 is Windows' own table (0x80 is the euro sign).
    if (WINDOWS_1252.has(name))
        return { kind: 'decoded', text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
    return { kind: 'unsupported', encoding };
}
/** ISO-8859-1: each byte is the code point of the same number (TextDecoder's 'latin1' is windows-1252). */
function latin1(bytes) {
    let text = '';
    for (let at = 0; at < bytes.length; at += 8192)
        text += String.fromCharCode(...bytes.subarray(at, Math.min(at + 8192, bytes.length)));
    return text;
}
