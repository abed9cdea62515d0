// Diagnostics stage (explanations): every catalogued code's long-form explanation, for `spac explain`,
// SARIF rule help and editor hovers. Input: a code. Output: its explanation; a test holds the table complete.
import { catalog } from '../catalog.js';
import { checkExplanations } from './checks.js';
import { edgeExplanations } from './edges.js';
import { fleetExplanations } from './fleet.js';
import { syntaxExplanations } from './syntax.js';
export const explanations = {
    ...syntaxExplanations,
    ...checkExplanations,
    ...edgeExplanations,
    ...fleetExplanations,
};
/** Plain text for a terminal or SARIF help. */
export function explainText(code) {
    const e = explanations[code];
    const entry = catalog[code];
    const head = `${code} (${entry.severity}): ${entry.title}`;
    if (!e)
        return `${head}\n`;
    const indent = (s) => s
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n');
    return `${head}\n\n${wrap(e.why, 100)}\n\nfor example, this gets ${code}:\n${indent(e.bad)}\n\nand this does not:\n${indent(e.good)}\n`;
}
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line !== '' && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    return [...lines, line].join('\n');
}
