import type { SourceFormat } from '../model/profile.js';
import { type ParseResult } from './text-front.js';
/** No text statement starts with `<`, so a file that starts with one is XML; so is one with a line that
 * opens `<flat-profile` or `<?xml` (leftover template text above it is then reported as XML errors). */
export declare const detectFormat: (source: string) => SourceFormat;
export declare function parseProfile(source: string, file: string): ParseResult;
export type { ParseResult };
