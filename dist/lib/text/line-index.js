// Diagnostics stage: maps offsets in a source text to 1-based line and column numbers.
// Input: the source text. Output: a lookup from offset to position and the text of any line.
import { countAtMost } from './sorted.js';
export function lineIndex(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10))
            starts.push(i + 1);
    }
    const position = (offset) => {
        const clamped = Math.max(0, Math.min(offset, text.length));
        const lo = countAtMost(starts.length, (i) => starts[i] ?? 0, clamped) - 1;
        return { line: lo + 1, column: clamped - (starts[lo] ?? 0) + 1 };
    };
    const bounds = (line) => ({
        start: starts[line - 1] ?? text.length,
        end: starts[line] ?? text.length,
    });
    const lineText = (line) => {
        const { start, end } = bounds(line);
        return text.slice(start, end).replace(/\r?\n$|\r$/, '');
    };
    return { position, lineText, bounds, lineCount: starts.length };
}
