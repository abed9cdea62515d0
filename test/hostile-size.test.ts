// Hostile sizes and shapes, in process: each input below once crashed spac (stack overflow, a string too
// long) or took minutes. Each now gives its diagnostics and exit code; the test's own time limit is the
// guard (the bench measures speed, not this).
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { memoryIo } from './support/memory-io.js';

async function check(file: string, text: string, ...args: string[]) {
  const io = memoryIo({ [file]: text });
  const exit = await main(['check', file, '--target', 'SPA504G', ...args], io);
  return { exit, out: io.out(), err: io.err() };
}

const count = (text: string, code: string) => text.split(code).length - 1;

describe('hostile sizes', () => {
  it('checks 200,000 parameters (made-up names: a did-you-mean each, up to its budget)', async () => {
    const text = Array.from({ length: 200_000 }, (_, i) => `Made_Up_${String(i)} "x" ;\n`).join('');
    const run = await check('many.cfg', text, '--format', 'compact');
    expect(run.exit).toBe(0);
    expect(count(run.out, 'SPAC3001')).toBe(200_000);
  }, 120_000);

  it('frames a profile written on one long line around each problem, not the whole line', async () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `Station_Name "x${String(i)}" ;`).join('');
    const run = await check('one-line.cfg', text);
    expect(run.exit).toBe(0);
    expect(count(run.out, 'SPAC2001')).toBe(49_999);
    const longest = run.out.split('\n').reduce((most, line) => Math.max(most, line.length), 0);
    expect(longest).toBeLessThan(300);
  }, 120_000);

  it('reads CR-only line ends line by line (100,000 lines, every duplicate with its fix)', async () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `Station_Name "x${String(i)}" ;\r`).join('');
    const run = await check('cr.cfg', text, '--format', 'json');
    type Found = { line: number; fix?: { edits: { line: number; endLine: number }[] } };
    const found = JSON.parse(run.out) as Found[];
    expect(found).toHaveLength(99_999);
    expect(found[99_998]?.line).toBe(99_999);
    // The fix removes the whole line, up to the next one's start.
    expect(found[99_998]?.fix?.edits[0]).toMatchObject({ line: 99_999, endLine: 100_000 });
  }, 120_000);

  it('skips XML nested 100,000 deep past its limit, with one diagnostic', async () => {
    const text = `<flat-profile>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</flat-profile>`;
    const run = await check('deep.xml', text, '--format', 'compact');
    expect(run.exit).toBe(1);
    expect(count(run.out, 'SPAC1114')).toBe(1);
    expect(count(run.out, 'error')).toBe(1);
  }, 120_000);

  it('hides 50,000 secrets in a report of as many problems', async () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `GPP_SA "planted-${String(i)}" ;\n`).join('');
    const run = await check('keys.cfg', text, '--format', 'compact');
    expect(count(run.out, 'SPAC2001')).toBe(49_999);
    expect(run.out + run.err).not.toContain('planted-');
  }, 120_000);

  it('applies 20,000 suppression comments', async () => {
    const text = Array.from(
      { length: 20_000 },
      (_, i) => `# spac-disable-next-line SPAC3001\nMade_Up_${String(i)} "x" ;\n`,
    ).join('');
    const run = await check('quiet.cfg', text, '--format', 'compact');
    expect(run.exit).toBe(0);
    expect(run.out).toBe('');
  }, 120_000);

  it("checks a rule of 64 KB of '$(' and one of 64 KB of '&lt;'", async () => {
    const dollars = await check(
      'rule.cfg',
      `Profile_Rule "${'$('.repeat(32_768)}" ;\n`,
      '--format',
      'compact',
    );
    expect(dollars.exit).toBeLessThanOrEqual(1);
    const lt = `<flat-profile><Profile_Rule>${'&lt;'.repeat(16_384)}</Profile_Rule></flat-profile>\n`;
    const entities = await check('rule.xml', lt, '--format', 'compact');
    expect(entities.exit).toBeLessThanOrEqual(1);
    expect(entities.err).not.toContain('internal error');
  }, 120_000);
});
