// Text helpers (edit distance): how far apart two words are, and the closest of many, for "did you mean".
// Input: words. Output: a distance, or the closest candidate.
/** Levenshtein distance, case-insensitive, for "did you mean" suggestions; any distance above `limit`
 * is reported as `limit + 1` as soon as it is certain, which keeps a search over thousands of names fast. */
export const distance = (a, b, limit = Infinity) => lowered(a.toLowerCase(), b.toLowerCase(), limit);
// Two rows of the table, reused: a search over a family's names allocates nothing per name.
let previous = new Int32Array(64);
let current = new Int32Array(64);
function lowered(x, y, limit) {
    if (Math.abs(x.length - y.length) > limit)
        return limit + 1;
    if (previous.length <= y.length) {
        previous = new Int32Array(y.length * 2 + 1);
        current = new Int32Array(y.length * 2 + 1);
    }
    for (let j = 0; j <= y.length; j++)
        previous[j] = j;
    for (let i = 1; i <= x.length; i++) {
        current[0] = i;
        let least = i;
        const c = x.charCodeAt(i - 1);
        for (let j = 1; j <= y.length; j++) {
            const cost = c === y.charCodeAt(j - 1) ? 0 : 1;
            const d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
            current[j] = d;
            if (d < least)
                least = d;
        }
        if (least > limit)
            return limit + 1;
        [previous, current] = [current, previous];
    }
    return previous[y.length] ?? 0;
}
/** The most distance a suggestion for `word` may be from it: grows with the word's length. */
const reach = (word) => Math.max(2, Math.floor(word.length / 4));
/** The closest candidate within a distance that grows with the length of the word, if any; of equally
 * close ones, the first. */
export const closest = (word, candidates) => new Nearest(candidates).closest(word);
/** Candidates lower-cased once, for many `closest` questions (a family's names, asked about every unknown
 * name of a profile). */
export class Nearest {
    names;
    lower;
    constructor(candidates) {
        this.names = [...candidates];
        this.lower = this.names.map((n) => n.toLowerCase());
    }
    closest(word) {
        const x = word.toLowerCase();
        let best;
        let bestDistance = reach(word) + 1;
        for (let i = 0; i < this.lower.length; i++) {
            const candidate = this.lower[i] ?? '';
            if (Math.abs(candidate.length - x.length) >= bestDistance)
                continue;
            const d = lowered(x, candidate, bestDistance - 1);
            if (d < bestDistance) {
                best = this.names[i];
                bestDistance = d;
            }
        }
        return best;
    }
}
