import type { Condition, ParsedRule } from './ast.js';
export declare const printCondition: (c: Condition) => string;
export declare function printRule(rule: ParsedRule): string;
/** The rule as written, with literal --key, --uid and --pwd arguments replaced: they are secrets. */
export declare function hideSecretArguments(value: string, mask: string): string;
/** Where a rule value writes a key, user or password itself (not as a register macro like `$SA`). */
export declare function secretArgumentSpans(value: string): {
    start: number;
    end: number;
}[];
