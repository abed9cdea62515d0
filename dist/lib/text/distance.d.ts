/** Levenshtein distance, case-insensitive, for "did you mean" suggestions; any distance above `limit`
 * is reported as `limit + 1` as soon as it is certain, which keeps a search over thousands of names fast. */
export declare const distance: (a: string, b: string, limit?: number) => number;
/** The closest candidate within a distance that grows with the length of the word, if any; of equally
 * close ones, the first. */
export declare const closest: (word: string, candidates: Iterable<string>) => string | undefined;
/** Candidates lower-cased and indexed once, for many `closest` questions (a family's names, asked about
 * every unknown name of a profile). The index counts the letter pairs a word shares with each candidate:
 * one edit changes at most two pairs, so a candidate within distance k of a word shares at least
 * max(lengths) - 1 - 2k of them (the q-gram lemma), and only those are compared letter by letter. The
 * answer is the scan's, found without computing a distance to every name. */
export declare class Nearest {
    private readonly names;
    private readonly lower;
    /** Letter pair -> candidates holding it, and how many times each holds it. */
    private readonly pairs;
    private readonly shared;
    constructor(candidates: Iterable<string>);
    closest(word: string): string | undefined;
    /** `shared[i]`: the letter pairs `x` and candidate `i` have in common, counted with repeats. */
    private countShared;
}
