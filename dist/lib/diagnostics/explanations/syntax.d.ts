import { type Explanation } from './types.js';
export declare const syntaxExplanations: Readonly<Record<string, Explanation>>;
