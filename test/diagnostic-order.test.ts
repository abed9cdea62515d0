// Diagnostics in one deterministic order (by file as first met, position, then code), whatever order
// the stages found them in and however often a later stage sorts them again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnostic, sortDiagnostics, type Diagnostic } from '../src/diagnostics/diagnostic.js';

const codes = ['SPAC1001', 'SPAC2001', 'SPAC3001', 'SPAC3005'] as const;
const params = {
  SPAC1001: { what: 'character', text: 'x' },
  SPAC2001: { name: 'A' },
  SPAC3001: { name: 'A' },
  SPAC3005: { name: 'A' },
};

const arbitrary = fc.record({
  code: fc.constantFrom(...codes),
  file: fc.constantFrom('a.cfg', 'b.cfg', 'c.xml'),
  start: fc.nat(5),
  length: fc.nat(3),
});

const made = (specs: { code: (typeof codes)[number]; file: string; start: number; length: number }[]) =>
  specs.map((s) => diagnostic(s.code, s.file, { start: s.start, end: s.start + s.length }, params[s.code]));

/** The order written plainly: a stable sort by the same keys. */
function reference(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const files = [...new Set(diagnostics.map((d) => d.file))];
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort(
      (x, y) =>
        files.indexOf(x.d.file) - files.indexOf(y.d.file) ||
        x.d.range.start - y.d.range.start ||
        x.d.range.end - y.d.range.end ||
        x.d.code.localeCompare(y.d.code) ||
        x.i - y.i,
    )
    .map((x) => x.d);
}

describe('sortDiagnostics', () => {
  it('orders as the plain stable sort does, and again the same (property)', () => {
    fc.assert(
      fc.property(fc.array(arbitrary, { maxLength: 25 }), (specs) => {
        const diagnostics = made(specs);
        const once = sortDiagnostics(diagnostics);
        expect(once).toEqual(reference(diagnostics));
        for (const [i, d] of once.entries()) expect(d).toBe(reference(diagnostics)[i]);
        const twice = sortDiagnostics(once);
        expect(twice).not.toBe(once);
        for (const [i, d] of twice.entries()) expect(d).toBe(once[i]);
      }),
    );
  });
});
