import { type DeviceFacts } from '../rules/device.js';
export declare const NAME_MACROS: readonly ["MA", "MAU", "MAC", "PN", "PSN"];
/** The default name per output format: the usual `Profile_Rule` ends in `$MA.xml` (or `.cfg`). */
export declare const defaultName: (format: "xml" | "text" | "bin") => string;
export type NameResult = {
    readonly ok: true;
    readonly name: string;
} | {
    readonly ok: false;
    readonly reason: 'path';
} | {
    readonly ok: false;
    readonly reason: 'macro';
    readonly macro: string;
};
export declare function outputName(template: string, facts: DeviceFacts): NameResult;
/** Inside the output directory: relative, forward slashes, no `.` or `..` segment, no empty segment. */
export declare function safeRelative(name: string): boolean;
