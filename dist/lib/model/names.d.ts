import type { Entry } from './profile.js';
/** Text -> XML: every space and each of `[ ] ( ) /` becomes `_` (Line_Enable[1] -> Line_Enable_1_). */
export declare function textNameToXml(name: string): string;
/** The XML tag of an entry, whatever format it was written in. */
export declare const xmlNameOf: (entry: Pick<Entry, "name" | "nameFormat" | "tag">) => string;
/** The identity of a parameter for last-wins layering: its XML group path and XML tag. */
export declare const entryKey: (entry: Pick<Entry, "name" | "nameFormat" | "path" | "tag">) => string;
/** XML -> text needs a table, because `_` may stand for a space, a bracket or a slash. */
export interface NameTable {
    readonly textNameOf: (xmlName: string) => string | undefined;
}
export declare const emptyNameTable: NameTable;
/** Characters the text front end accepts in a name (plus an optional `[n]` index). The guides show
 * letters, digits and `_ - / ( )`; `.` is accepted too, for tags such as `CWMP_V1.2_Support`. */
export declare const TEXT_NAME_BODY: RegExp;
/** Characters the XML front end accepts in a tag name. */
export declare const XML_NAME: RegExp;
