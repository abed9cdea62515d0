// Parser stage (token ranges): where a chevrotain token lies in its source, for both front ends.
// Input: a token. Output: its end offset or its half-open range.
import type { IToken } from 'chevrotain';
import { range, type Range } from '../diagnostics/diagnostic.js';

/** The offset just past a token; 0 for a token that is not there (recovery left a gap). */
export const tokenEnd = (token: IToken | undefined): number =>
  token ? token.startOffset + token.image.length : 0;

export const tokenRange = (token: IToken): Range => range(token.startOffset, tokenEnd(token));
