import { type Explanation } from './types.js';
export declare const edgeExplanations: Readonly<Record<string, Explanation>>;
