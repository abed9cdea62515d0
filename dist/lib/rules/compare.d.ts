import type { Condition } from './ast.js';
import { type MacroLookup } from './macro-scan.js';
export type Truth = boolean | 'unknown';
export interface Verdict {
    readonly value: Truth;
    /** Macros the condition needs and the device facts do not give (for `--set NAME=value`). */
    readonly missing: readonly string[];
    /** Each comparison as the phone sees it after expansion, `7.5.5 lt 7.5.5 = false`. */
    readonly steps: readonly string[];
}
export declare function evaluateCondition(condition: Condition, lookup: MacroLookup): Verdict;
/** `1.0.31(b)` -> [1, 0, 31, 'b']: digit runs compare as numbers, letter runs as text; a version that
 * runs out first is the older (7.5.2 < 7.5.2b). How the phone orders build suffixes is not documented. */
export declare function compareVersions(a: string, b: string): number;
