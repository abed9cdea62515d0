// Renderers and the CLI's edges: colour rules, compact and JSON shapes, and the internal-error exit.
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { useColor } from '../src/cli/io.js';
import { diagnostic, range } from '../src/diagnostics/diagnostic.js';
import { renderDiagnostics } from '../src/diagnostics/render.js';
import { memoryIo } from './support/memory-io.js';

const source = 'A "1" ;\nB "two\nC "3" ;\n';
const sources = new Map([['a.cfg', source]]);
const d = diagnostic(
  'SPAC1002',
  'a.cfg',
  range(10, 14),
  {},
  {
    related: [{ file: 'a.cfg', range: range(0, 1), message: 'see here' }],
  },
);

describe('renderers', () => {
  it('prints a code frame with the caret under the range', () => {
    const text = renderDiagnostics([d], 'pretty', { sources });
    expect(text).toBe(
      [
        `a.cfg:2:3: error SPAC1002: unterminated string: add the closing '"'`,
        '  2 | B "two',
        '    |   ^^^^',
        '  note: see here (a.cfg:1:1)',
        '',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked', () => {
    expect(renderDiagnostics([d], 'pretty', { sources, color: true })).toContain('\u001b[');
    expect(renderDiagnostics([d], 'pretty', { sources, color: false })).not.toContain('\u001b[');
  });

  it('decides colour from the terminal and NO_COLOR', () => {
    const tty = { write: () => undefined, isTTY: true };
    expect(useColor({ ...memoryIo(), env: {} }, tty)).toBe(true);
    expect(useColor({ ...memoryIo(), env: { NO_COLOR: '1' } }, tty)).toBe(false);
    expect(useColor({ ...memoryIo(), env: {} }, { ...tty, isTTY: false })).toBe(false);
  });

  it('gives compact lines and 1-based JSON positions with an exclusive end', () => {
    expect(renderDiagnostics([d], 'compact', { sources })).toBe(
      `a.cfg:2:3: error SPAC1002: unterminated string: add the closing '"'\n`,
    );
    const [json] = JSON.parse(renderDiagnostics([d], 'json', { sources })) as Record<string, unknown>[];
    expect(json).toMatchObject({
      file: 'a.cfg',
      line: 2,
      column: 3,
      endLine: 2,
      endColumn: 7,
      severity: 'error',
      code: 'SPAC1002',
    });
  });
});

describe('internal errors', () => {
  it('exit 70 with a request to report, not a usage error', async () => {
    const io = { ...memoryIo(), readFile: () => Promise.reject(new Error('disk on fire')) };
    const code = await main(['check', 'a.cfg'], io);
    expect(code).toBe(70);
    expect(io.err()).toMatch(/^spac: internal error, please report it/);
  });
});
