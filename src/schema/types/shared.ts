// Schema stage (type rules): small helpers the value rules share.
// Input: values and allowed sets. Output: problems with short, lower-case messages.
import type { ValueProblem } from '../schema-types.js';

export const problem = (message: string, at?: number, length?: number): ValueProblem => ({
  message,
  ...(at === undefined ? {} : { at }),
  ...(length === undefined ? {} : { length }),
});

/** "a, b or c"; long lists are cut: "a, b, c, d, e, f and 26 more". */
export function listOf(options: readonly string[], max = 6): string {
  const shown = options.map((o) => `'${o}'`);
  if (shown.length <= max)
    return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1) ?? ''}`;
  return `${shown.slice(0, max).join(', ')} and ${options.length - max} more`;
}

export const INTEGER = /^-?[0-9]+$/;
export const HEX = /^0[xX][0-9a-fA-F]+$/;
export const DECIMAL = /^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;

/** Reads `Uns`/`Sig` values: decimal, or non-negative `0x` hex. */
export function parseInteger(value: string): number | undefined {
  if (INTEGER.test(value)) return Number(value);
  if (HEX.test(value)) return parseInt(value.slice(2), 16);
  return undefined;
}

export function rangeProblem(
  n: number,
  min: number | undefined,
  max: number | undefined,
  unit = '',
): ValueProblem | undefined {
  const u = unit === '' ? '' : ` ${unit}`;
  if (min !== undefined && max !== undefined && (n < min || n > max))
    return problem(`must be from ${min} to ${max}${u}`);
  if (min !== undefined && n < min) return problem(`must be at least ${min}${u}`);
  if (max !== undefined && n > max) return problem(`must be at most ${max}${u}`);
  return undefined;
}

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
