// The line index finds line breaks with indexOf, not a character loop; it must find exactly the lines
// the character loop found: a break after every LF and after every CR not followed by LF.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineIndex } from '../src/text/line-index.js';

/** The reference: line starts found character by character. */
function referenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

const startsOf = (text: string): number[] => {
  const index = lineIndex(text);
  return Array.from({ length: index.lineCount }, (_, i) => index.bounds(i + 1).start);
};

// Line breaks of every kind, often and next to one another, between short runs of text.
const breaky = fc
  .array(fc.constantFrom('\n', '\r', '\r\n', '\n\r', 'a', 'é', '😀', ' ', '\r\r', '\n\n'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('lineIndex', () => {
  it('starts lines where the character loop does', () => {
    fc.assert(
      fc.property(fc.oneof(breaky, fc.string({ unit: 'binary' })), (text) => {
        expect(startsOf(text)).toEqual(referenceStarts(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives positions and line texts on those lines', () => {
    fc.assert(
      fc.property(breaky, fc.nat(), (text, at) => {
        const index = lineIndex(text);
        const starts = referenceStarts(text);
        const offset = text.length === 0 ? 0 : at % (text.length + 1);
        const line = starts.filter((s) => s <= offset).length;
        expect(index.position(offset)).toEqual({ line, column: offset - (starts[line - 1] ?? 0) + 1 });
        expect(index.lineText(line)).not.toMatch(/[\r\n]$/);
      }),
    );
  });

  it('handles the edges: empty, only breaks, a break at the end', () => {
    for (const text of ['', '\n', '\r', '\r\n', 'a\r', 'a\r\n', '\r\n\r\n', '\n\r'])
      expect(startsOf(text)).toEqual(referenceStarts(text));
  });
});
