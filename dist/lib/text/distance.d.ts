/** Levenshtein distance, case-insensitive, for "did you mean" suggestions; any distance above `limit`
 * is reported as `limit + 1` as soon as it is certain, which keeps a search over thousands of names fast. */
export declare const distance: (a: string, b: string, limit?: number) => number;
/** The closest candidate within a distance that grows with the length of the word, if any; of equally
 * close ones, the first. */
export declare const closest: (word: string, candidates: Iterable<string>) => string | undefined;
/** Candidates lower-cased once, for many `closest` questions (a family's names, asked about every unknown
 * name of a profile). */
export declare class Nearest {
    private readonly names;
    private readonly lower;
    constructor(candidates: Iterable<string>);
    closest(word: string): string | undefined;
}
