/** The line placeholder of a family's text name (`Line_Enable[n]`) and of its XML tag (`Line_Enable_{n}_`). */
export declare const TEXT_LINE = "[n]";
export declare const XML_LINE = "{n}";
/** `Line_Enable_3_` -> base `Line_Enable`, line 3. */
export declare const XML_INDEXED: RegExp;
/** `Line_Enable[3]` -> base `Line_Enable`, line 3. */
export declare const TEXT_INDEXED: RegExp;
export interface LineName {
    readonly base: string;
    readonly line: number;
}
/** The family base and line of a name written for one line, in its own spelling, if it is one. */
export declare function splitLineName(name: string, format: 'text' | 'xml'): LineName | undefined;
/** The family pattern of a base: `Line_Enable` -> `Line_Enable[n]` or `Line_Enable_{n}_`. */
export declare const familyPattern: (base: string, format: "text" | "xml") => string;
/** A family pattern written for one line (either spelling): `Line_Enable[n]`, 3 -> `Line_Enable[3]`. */
export declare const lineSpelling: (pattern: string, line: number | string) => string;
export declare const isFamilyPattern: (name: string) => boolean;
