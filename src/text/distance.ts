// Text helpers (edit distance): how far apart two words are, and the closest of many, for "did you mean".
// Input: words. Output: a distance, or the closest candidate.

/** Levenshtein distance, case-insensitive, for "did you mean" suggestions; any distance above `limit`
 * is reported as `limit + 1` as soon as it is certain, which keeps a search over thousands of names fast. */
export function distance(a: string, b: string, limit = Infinity): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    let least = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const d = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
      next.push(d);
      least = Math.min(least, d);
    }
    if (least > limit) return limit + 1;
    row = next;
  }
  return row[y.length] ?? 0;
}

/** The closest candidate within a distance that grows with the length of the word, if any. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const d = distance(word, candidate, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
