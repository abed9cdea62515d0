import type { IToken } from 'chevrotain';
import { type Range } from '../diagnostics/diagnostic.js';
/** The offset just past a token; 0 for a token that is not there (recovery left a gap). */
export declare const tokenEnd: (token: IToken | undefined) => number;
export declare const tokenRange: (token: IToken) => Range;
