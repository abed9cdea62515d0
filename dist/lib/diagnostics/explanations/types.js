// Diagnostics stage (explanations): the shape of one code's long-form explanation.
// Input: none. Output: the Explanation type and a helper that keeps the tables short.
export const explain = (why, bad, good) => ({ why, bad, good });
