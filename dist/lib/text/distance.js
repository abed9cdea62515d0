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
/** Candidates lower-cased and indexed once, for many `closest` questions (a family's names, asked about
 * every unknown name of a profile). The index counts the letter pairs a word shares with each candidate:
 * one edit changes at most two pairs, so a candidate within distance k of a word shares at least
 * max(lengths) - 1 - 2k of them (the q-gram lemma), and only those are compared letter by letter. The
 * answer is the scan's, found without computing a distance to every name. */
export class Nearest {
    names;
    lower;
    /** Letter pair -> candidates holding it, and how many times each holds it. */
    pairs = new Map();
    shared;
    constructor(candidates) {
        this.names = [...candidates];
        this.lower = this.names.map((n) => n.toLowerCase());
        this.shared = new Int32Array(this.lower.length);
        this.lower.forEach((word, id) => {
            for (const [pair, count] of pairCounts(word)) {
                let posting = this.pairs.get(pair);
                if (!posting)
                    this.pairs.set(pair, (posting = { ids: [], counts: [] }));
                posting.ids.push(id);
                posting.counts.push(count);
            }
        });
    }
    closest(word) {
        const x = word.toLowerCase();
        const limit = reach(word);
        this.countShared(x);
        let best;
        let bestDistance = limit + 1;
        for (let i = 0; i < this.lower.length; i++) {
            const candidate = this.lower[i] ?? '';
            if (Math.abs(candidate.length - x.length) >= bestDistance)
                continue;
            if ((this.shared[i] ?? 0) < Math.max(candidate.length, x.length) - 1 - 2 * limit)
                continue;
            const d = lowered(x, candidate, bestDistance - 1);
            if (d < bestDistance) {
                best = this.names[i];
                bestDistance = d;
            }
        }
        return best;
    }
    /** `shared[i]`: the letter pairs `x` and candidate `i` have in common, counted with repeats. */
    countShared(x) {
        this.shared.fill(0);
        for (const [pair, count] of pairCounts(x)) {
            const posting = this.pairs.get(pair);
            if (!posting)
                continue;
            for (let k = 0; k < posting.ids.length; k++) {
                const id = posting.ids[k] ?? 0;
                this.shared[id] = (this.shared[id] ?? 0) + Math.min(count, posting.counts[k] ?? 0);
            }
        }
    }
}
function pairCounts(word) {
    const counts = new Map();
    for (let i = 0; i + 1 < word.length; i++) {
        const pair = word.slice(i, i + 2);
        counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
    return counts;
}
