export interface Explanation {
    /** Why this is a problem and what the phone does with it. */
    readonly why: string;
    /** A profile or command line that gets the diagnostic. */
    readonly bad: string;
    /** The same, fixed. */
    readonly good: string;
}
export declare const explain: (why: string, bad: string, good: string) => Explanation;
