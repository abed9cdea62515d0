import { range } from '../diagnostics/diagnostic.js';
/** The offset just past a token; 0 for a token that is not there (recovery left a gap). */
export const tokenEnd = (token) => token ? token.startOffset + token.image.length : 0;
export const tokenRange = (token) => range(token.startOffset, tokenEnd(token));
