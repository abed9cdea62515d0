// "Did you mean" for unknown names: per-line names keep their line, in both spellings, and far-off names
// get no suggestion.
import { describe, expect, it } from 'vitest';
import { check } from '../src/workspace/pipeline.js';
import { memoryHost } from '../src/model/host.js';

async function suggestionFor(file: string, text: string): Promise<string | undefined> {
  const result = await check([{ file, text }], { host: memoryHost({}), target: 'SPA504G' });
  const unknown = result.diagnostics.find((d) => d.code === 'SPAC3001');
  expect(unknown).toBeDefined();
  return unknown?.fix?.edits[0]?.newText;
}

describe('unknown parameter suggestions', () => {
  it.each([
    ['Prxy[3] "x" ;', 'Proxy[3]'],
    ['Line_Enabel[2] "Yes" ;', 'Line_Enable[2]'],
    ['Line_Enable "Yes" ;', 'Line_Enable[1]'],
    ['Station_Nme "x" ;', 'Station_Name'],
    ['Completely_Unrelated_Thing "x" ;', undefined],
  ])('text %s -> %s', async (text, expected) => {
    expect(await suggestionFor('s.cfg', text)).toBe(expected);
  });

  it('renames both tags of an XML element, keeping the line', async () => {
    const text = '<flat-profile><Prxy_3_>x</Prxy_3_></flat-profile>';
    const result = await check([{ file: 's.xml', text }], { host: memoryHost({}), target: 'SPA504G' });
    const edits = result.diagnostics.find((d) => d.code === 'SPAC3001')?.fix?.edits ?? [];
    expect(edits.map((e) => e.newText)).toEqual(['Proxy_3_', 'Proxy_3_']);
    expect(edits.map((e) => text.slice(e.range.start, e.range.end))).toEqual(['Prxy_3_', 'Prxy_3_']);
  });
});
