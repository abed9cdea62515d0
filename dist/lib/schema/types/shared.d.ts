import type { ValueProblem } from '../schema-types.js';
export declare const problem: (message: string, at?: number, length?: number) => ValueProblem;
/** "a, b or c"; long lists are cut: "a, b, c, d, e, f and 26 more". */
export declare function listOf(options: readonly string[], max?: number): string;
export declare const INTEGER: RegExp;
export declare const HEX: RegExp;
export declare const DECIMAL: RegExp;
/** Reads `Uns`/`Sig` values: decimal, or non-negative `0x` hex. */
export declare function parseInteger(value: string): number | undefined;
export declare function rangeProblem(n: number, min: number | undefined, max: number | undefined, unit?: string): ValueProblem | undefined;
