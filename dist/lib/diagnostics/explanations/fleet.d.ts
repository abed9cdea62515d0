import { type Explanation } from './types.js';
export declare const fleetExplanations: Readonly<Record<string, Explanation>>;
