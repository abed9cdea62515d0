import { type Diagnostic } from '../diagnostics/diagnostic.js';
import { type ParseResult } from './parse.js';
import type { Host } from '../model/host.js';
import type { ProfileFile, SplicedItem } from '../model/profile.js';
export interface Input {
    readonly file: string;
    readonly text: string;
    /** The first byte of the file that was not UTF-8, where it sits in `text` (read as U+FFFD). */
    readonly badByte?: {
        readonly at: number;
        readonly byte: number;
    };
    /** Parses `text` in place of parseProfile, to the same result: an editor's document reuses what its
     * previous version parsed (line-reuse.ts). */
    readonly parse?: (text: string) => ParseResult;
}
export interface Loaded {
    /** Every input in order with its imports spliced in place: what the phone would apply, in order. */
    readonly items: SplicedItem[];
    readonly sources: Map<string, string>;
    readonly diagnostics: Diagnostic[];
    /** Every file read, once each, in the order first read: what a linter checks. */
    readonly files: ProfileFile[];
    /** No parameter is set twice in `items` (one file, no duplicate in it): layering changes nothing. */
    readonly layered?: true;
}
interface Loader {
    readonly host: Host;
    readonly parsed: Map<string, ParseResult>;
    /** Each file parsed, without a device export's status fields: what is checked of it. */
    readonly settings?: Map<string, ProfileFile>;
    readonly sources: Map<string, string>;
    readonly diagnostics: Diagnostic[];
    /** Files in which a parameter is set twice. */
    readonly repeating?: Set<string>;
}
export declare function loadProfiles(inputs: readonly Input[], host: Host): Promise<Loaded>;
/** Parses a file once, however often it is imported, so its diagnostics appear once. */
export declare function parseOnce(loader: Pick<Loader, 'parsed' | 'settings' | 'sources' | 'diagnostics' | 'repeating'>, input: Input): ParseResult;
export {};
