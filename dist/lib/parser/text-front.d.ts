import { type Diagnostic } from '../diagnostics/diagnostic.js';
import { type ProfileFile } from '../model/profile.js';
export interface ParseResult {
    readonly profile: ProfileFile;
    readonly diagnostics: Diagnostic[];
}
export declare function parseText(source: string, file: string): ParseResult;
/** parseText with blocks of about `blockChars` characters (the tests vary it). */
export declare function parseTextInBlocks(source: string, file: string, blockChars: number): ParseResult;
/** The first line end at or after `at` (a line start is its own): just past a `\n`, `\r\n` or lone `\r`,
 * or the end of the text. */
export declare function lineEndFrom(source: string, at: number): number;
/** `# options: a/b` -> `options: a/b`. One leading space is part of the `# ` convention, not the text. */
export declare const commentBody: (image: string) => string;
