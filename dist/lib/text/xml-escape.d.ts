/** `&`, `<` and `>` as entities: enough for any XML text (`>` too, so `]]>` never appears). */
export declare const escapeXmlText: (value: string) => string;
/** As escapeXmlText, and every character beyond ASCII as a character reference: what spac writes, since
 * the firmware's XML reader is documented as ASCII-only. */
export declare const escapeXmlAscii: (value: string) => string;
/** Half of a UTF-16 surrogate pair without its other half: a character no encoding can write (it can
 * arrive from a JSON inventory cell such as "\ud83d"). */
export declare const hasLoneSurrogate: (value: string) => boolean;
