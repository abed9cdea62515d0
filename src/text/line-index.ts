// Diagnostics stage: maps offsets in a source text to 1-based line and column numbers.
// Input: the source text. Output: a lookup from offset to position and the text of any line.
import { countAtMost } from './sorted.js';

export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, counted in UTF-16 code units. */
  readonly column: number;
}

export interface LineIndex {
  readonly position: (offset: number) => Position;
  readonly lineText: (line: number) => string;
  /** Where a line starts, and where the next one starts (past this one's CR, LF or CRLF). */
  readonly bounds: (line: number) => { readonly start: number; readonly end: number };
  readonly lineCount: number;
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  const position = (offset: number): Position => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    const lo = countAtMost(starts.length, (i) => starts[i] ?? 0, clamped) - 1;
    return { line: lo + 1, column: clamped - (starts[lo] ?? 0) + 1 };
  };
  const bounds = (line: number) => ({
    start: starts[line - 1] ?? text.length,
    end: starts[line] ?? text.length,
  });
  const lineText = (line: number): string => {
    const { start, end } = bounds(line);
    return text.slice(start, end).replace(/\r?\n$|\r$/, '');
  };
  return { position, lineText, bounds, lineCount: starts.length };
}
