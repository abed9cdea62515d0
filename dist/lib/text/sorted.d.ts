/** How many of the first `length` keys (non-decreasing) are at most `value`. */
export declare function countAtMost(length: number, keyAt: (i: number) => number, value: number): number;
