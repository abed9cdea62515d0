// Diagnostics stage (explanations): the shape of one code's long-form explanation.
// Input: none. Output: the Explanation type and a helper that keeps the tables short.

export interface Explanation {
  /** Why this is a problem and what the phone does with it. */
  readonly why: string;
  /** A profile or command line that gets the diagnostic. */
  readonly bad: string;
  /** The same, fixed. */
  readonly good: string;
}

export const explain = (why: string, bad: string, good: string): Explanation => ({ why, bad, good });
