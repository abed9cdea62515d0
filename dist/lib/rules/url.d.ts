import type { Operand } from './ast.js';
import { type RuleProblem } from './problem.js';
export type Scheme = 'tftp' | 'http' | 'https';
export interface UrlParts {
    readonly scheme: Scheme;
    /** Empty when the URL names no server: the phone asks the TFTP server from DHCP option 66. */
    readonly host: string;
    readonly port: number;
    readonly path: string;
    readonly schemeWritten: boolean;
}
/** Parts of an expanded URL, or undefined when the phone could not use it. */
export declare function urlParts(url: string): UrlParts | undefined;
export declare const effectiveScheme: (url: string) => string;
/** Checks a URL as written; parts made of macros are judged only where they cannot change the verdict. */
export declare function checkUrl(url: Operand): RuleProblem[];
