import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);

// src/text/distance.ts
var distance = (a, b, limit = 1 / 0) => lowered(a.toLowerCase(), b.toLowerCase(), limit), previous = new Int32Array(64), current = new Int32Array(64);
function lowered(x, y, limit) {
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  previous.length <= y.length && (previous = new Int32Array(y.length * 2 + 1), current = new Int32Array(y.length * 2 + 1));
  for (let j = 0; j <= y.length; j++) previous[j] = j;
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    let least = i, c = x.charCodeAt(i - 1);
    for (let j = 1; j <= y.length; j++) {
      let cost = c === y.charCodeAt(j - 1) ? 0 : 1, d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current[j] = d, d < least && (least = d);
    }
    if (least > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[y.length] ?? 0;
}
var reach = (word) => Math.max(2, Math.floor(word.length / 4)), closest = (word, candidates) => new Nearest(candidates).closest(word), Nearest = class {
  names;
  lower;
  /** Letter pair -> candidates holding it, and how many times each holds it. */
  pairs = /* @__PURE__ */ new Map();
  shared;
  constructor(candidates) {
    this.names = [...candidates], this.lower = this.names.map((n) => n.toLowerCase()), this.shared = new Int32Array(this.lower.length), this.lower.forEach((word, id) => {
      for (let [pair, count] of pairCounts(word)) {
        let posting = this.pairs.get(pair);
        posting || this.pairs.set(pair, posting = { ids: [], counts: [] }), posting.ids.push(id), posting.counts.push(count);
      }
    });
  }
  closest(word) {
    let x = word.toLowerCase(), limit = reach(word);
    this.countShared(x);
    let best, bestDistance = limit + 1;
    for (let i = 0; i < this.lower.length; i++) {
      let candidate = this.lower[i] ?? "";
      if (Math.abs(candidate.length - x.length) >= bestDistance || (this.shared[i] ?? 0) < Math.max(candidate.length, x.length) - 1 - 2 * limit) continue;
      let d = lowered(x, candidate, bestDistance - 1);
      d < bestDistance && (best = this.names[i], bestDistance = d);
    }
    return best;
  }
  /** `shared[i]`: the letter pairs `x` and candidate `i` have in common, counted with repeats. */
  countShared(x) {
    this.shared.fill(0);
    for (let [pair, count] of pairCounts(x)) {
      let posting = this.pairs.get(pair);
      if (posting)
        for (let k = 0; k < posting.ids.length; k++) {
          let id = posting.ids[k] ?? 0;
          this.shared[id] = (this.shared[id] ?? 0) + Math.min(count, posting.counts[k] ?? 0);
        }
    }
  }
};
function pairCounts(word) {
  let counts = /* @__PURE__ */ new Map();
  for (let i = 0; i + 1 < word.length; i++) {
    let pair = word.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

export {
  distance,
  closest,
  Nearest
};
