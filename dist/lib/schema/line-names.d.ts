/** The line placeholder of a family's text name (`Line_Enable[n]`) and of its XML tag (`Line_Enable_{n}_`). */
export declare const TEXT_LINE = "[n]";
export declare const XML_LINE = "{n}";
export interface LineName {
    readonly base: string;
    readonly line: number;
}
/** The family base and line of a name written for one line, in its own spelling, if it is one:
 * `Line_Enable[3]` or `Line_Enable_3_` -> base `Line_Enable`, line 3. */
export declare function splitLineName(name: string, format: 'text' | 'xml'): LineName | undefined;
/** splitLineName's base alone, worked out by hand (every entry of a check is looked up, and most names
 * are no line's): a text name's line is `[digits]` at its end; an XML tag's, `_digits_` after a base
 * that does not end in `_` (a text base may be empty, an XML one not). Neither holds a line break but as
 * an XML base's last character. */
export declare function lineBase(name: string, format: 'text' | 'xml'): string | undefined;
/** The family pattern of a base: `Line_Enable` -> `Line_Enable[n]` or `Line_Enable_{n}_`. */
export declare const familyPattern: (base: string, format: "text" | "xml") => string;
/** The base of a family pattern (`Line_Enable_{n}_` -> `Line_Enable`), or undefined for a name that is
 * none. */
export declare function familyBase(pattern: string, format: 'text' | 'xml'): string | undefined;
/** A base written for one line, the line any text (a number, a placeholder): `Line_Enable`, 3 ->
 * `Line_Enable[3]` or `Line_Enable_3_`. */
export declare const lineName: (base: string, format: "text" | "xml", line: number | string) => string;
/** A family pattern written for one line (either spelling): `Line_Enable[n]`, 3 -> `Line_Enable[3]`. */
export declare const lineSpelling: (pattern: string, line: number | string) => string;
export declare const isFamilyPattern: (name: string) => boolean;
