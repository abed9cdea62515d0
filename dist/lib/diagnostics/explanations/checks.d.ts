import { type Explanation } from './types.js';
export declare const checkExplanations: Readonly<Record<string, Explanation>>;
