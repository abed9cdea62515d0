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
  constructor(candidates) {
    this.names = [...candidates], this.lower = this.names.map((n) => n.toLowerCase());
  }
  closest(word) {
    let x = word.toLowerCase(), best, bestDistance = reach(word) + 1;
    for (let i = 0; i < this.lower.length; i++) {
      let candidate = this.lower[i] ?? "";
      if (Math.abs(candidate.length - x.length) >= bestDistance) continue;
      let d = lowered(x, candidate, bestDistance - 1);
      d < bestDistance && (best = this.names[i], bestDistance = d);
    }
    return best;
  }
};

export {
  distance,
  closest,
  Nearest
};
