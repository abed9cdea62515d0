// Workspace: the safe fixes `spac check --fix` applies, and how fixes that touch one another are kept apart.
import { describe, expect, it } from 'vitest';
import { range, type Fix } from '../src/diagnostics/diagnostic.js';
import { applyFixes, fixFiles } from '../src/workspace/fix.js';
import { memoryIo } from './support/memory-io.js';

const edit = (start: number, end: number, newText: string): Fix => ({
  description: 'x',
  edits: [{ file: 'a', range: range(start, end), newText }],
  safe: true,
});

describe('applyFixes', () => {
  it('applies fixes from the end so that offsets hold, whatever order they come in', () => {
    expect(applyFixes('abcdef', [edit(4, 5, 'E'), edit(0, 1, 'A'), edit(2, 2, '+')])).toBe('Ab+cdEf');
  });

  it('keeps the first of overlapping fixes, and of two insertions at one place', () => {
    expect(applyFixes('abcdef', [edit(1, 4, 'X'), edit(2, 3, 'Y')])).toBe('aXef');
    expect(applyFixes('ab', [edit(1, 1, '1'), edit(1, 1, '2')])).toBe('a1b');
  });

  it('puts an insertion before a replacement that starts where it is', () => {
    expect(applyFixes('abcdef', [edit(2, 2, '>'), edit(2, 4, 'CD')])).toBe('ab>CDef');
  });
});

describe('fixFiles', () => {
  it('fixes over passes until nothing is left, and leaves suggestions alone', async () => {
    const io = memoryIo({ 'a.cfg': 'Line_Enable[1] ! "yes"\nResync_Periodc "1" ;\n' });
    const run = await fixFiles(io, ['a.cfg'], { target: 'SPA504G' });
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    // The ';' in the first pass, then the canonical 'Yes' the repaired line lets spac see.
    expect(run.fixed.map((f) => f.after)).toEqual(['Line_Enable[1] ! "Yes" ;\nResync_Periodc "1" ;\n']);
    expect(run.check.diagnostics.map((d) => d.code)).toEqual(['SPAC3001']);
    expect(io.written.size).toBe(0);
  });

  it('does not touch an encrypted, gzip’d or non-UTF-8 file, nor standard input', async () => {
    const latin1 = Uint8Array.from([...Buffer.from('Station_Name "caf'), 0xe9, ...Buffer.from('"\n')]);
    const io = memoryIo({ 'l.cfg': latin1 }, 'Resync_Periodic "1"\n');
    const run = await fixFiles(io, ['l.cfg', '-'], {});
    expect(run.ok && run.fixed).toEqual([]);
  });

  it('keeps a byte-order mark', async () => {
    const io = memoryIo({ 'b.cfg': '\uFEFFResync_Periodic "1"\n' });
    const run = await fixFiles(io, ['b.cfg'], {});
    expect(run.ok && run.fixed[0]?.after).toBe('\uFEFFResync_Periodic "1" ;\n');
  });
});
