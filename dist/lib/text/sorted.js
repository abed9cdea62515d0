// Shared helper (every stage): a search by halving over something sorted, for the places that look up
// one item among many (line starts, suppression blocks, secret spans) on every diagnostic.
// Input: a length and the sorted key at each index. Output: how many keys are at most a value.
/** How many of the first `length` keys (non-decreasing) are at most `value`. */
export function countAtMost(length, keyAt, value) {
    let lo = 0;
    let hi = length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (keyAt(mid) <= value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
