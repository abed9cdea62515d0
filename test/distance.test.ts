// Text (edit distance): the indexed nearest-name search answers exactly what a scan of every candidate
// answers: the closest within reach, the first of equally close ones, or none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distance, Nearest } from '../src/text/distance.js';

/** The plain scan the index stands in for. */
function scan(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const c of candidates) {
    const d = distance(word, c, bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

const letters = fc.constantFrom(...'aAbBe_[]n1x'.split(''));
const word = fc.array(letters, { maxLength: 14 }).map((l) => l.join(''));
// Parameter-like names, long enough that only candidates sharing a letter pair are compared: a few
// stems, each written with typos (letters dropped, doubled or changed).
const stem = fc.constantFrom('Line_Enable', 'Proxy_Server', 'Dial_Plan_Rule', 'Resync_Periodic', 'Station');
const edit = fc.tuple(fc.nat(), fc.constantFrom('', 'x', 'ee', '_'));
const longWord = fc
  .tuple(stem, fc.array(edit, { maxLength: 4 }), fc.array(letters, { maxLength: 6 }))
  .map(
    ([s, edits, tail]) =>
      edits.reduce<string>(
        (w, [at, put]) => w.slice(0, at % (w.length + 1)) + put + w.slice((at % (w.length + 1)) + 1),
        s,
      ) + tail.join(''),
  );

describe('nearest name', () => {
  it('finds what the scan finds, for any words', () => {
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 40 }),
        fc.array(word, { minLength: 1, maxLength: 20 }),
        (names, asked) => {
          const nearest = new Nearest(names);
          for (const w of asked) expect(nearest.closest(w)).toBe(scan(w, names));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds what the scan finds for long, name-like words (compared only where a pair is shared)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(longWord, word), { maxLength: 60 }),
        fc.array(fc.oneof(longWord, word), { minLength: 1, maxLength: 20 }),
        (names, asked) => {
          const nearest = new Nearest(names);
          for (const w of asked) expect(nearest.closest(w)).toBe(scan(w, names));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('answers the first of equally close names, whichever shares the first letter pair', () => {
    // One edit from each; the word's first pair ('xp') is only in the second name.
    const names = ['Proxy_Server', 'xProxy_Servera'];
    expect(new Nearest(names).closest('xProxy_Server')).toBe(scan('xProxy_Server', names));
    expect(new Nearest(names).closest('xProxy_Server')).toBe('Proxy_Server');
  });

  it('finds a parameter name one typo away among thousands', () => {
    const names = Array.from({ length: 3000 }, (_, i) => `Parameter_${String(i)}_Enable`);
    expect(new Nearest(names).closest('Parametr_1234_Enable')).toBe('Parameter_1234_Enable');
    expect(new Nearest(names).closest('Something_Else_Entirely')).toBeUndefined();
  });
});
