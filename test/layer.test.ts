// Layering: the last setting wins, a setting without a value changes only the access.
import { describe, expect, it } from 'vitest';
import { compile } from '../src/workspace/pipeline.js';
import { memoryHost } from '../src/model/host.js';

const run = async (files: Record<string, string>, inputs: string[]) => {
  const result = await compile(
    inputs.map((file) => ({ file, text: files[file] ?? '' })),
    { host: memoryHost(files), format: 'text' },
  );
  return result.output;
};

describe('layering', () => {
  it('keeps the first position and the last value', async () => {
    const out = await run({ 'a.cfg': 'A "1" ;\nB "2" ;\n', 'b.cfg': 'A ! "3" ;\nC "4" ;\n' }, [
      'a.cfg',
      'b.cfg',
    ]);
    expect(out?.split('\n').map((l) => l.replace(/ +/g, ' '))).toEqual([
      'A ! "3" ;',
      'B "2" ;',
      'C "4" ;',
      '',
    ]);
  });

  it('lets an access-only setting keep the earlier value', async () => {
    const out = await run({ 'a.cfg': 'A "1" ;\n', 'b.cfg': 'A ? ;\n' }, ['a.cfg', 'b.cfg']);
    expect(out?.replace(/ +/g, ' ')).toBe('A ? "1" ;\n');
  });

  it('splices imports in place, relative to the importing file', async () => {
    const files = {
      'x/site.cfg': 'import ../base.cfg\nA "site" ;\n',
      'base.cfg': 'A "base" ;\nB "base" ;\n',
    };
    const out = await run(files, ['x/site.cfg']);
    expect(out?.replace(/ +/g, ' ')).toBe('A "site" ;\nB "base" ;\n');
  });

  it('writes nothing when an input has an error', async () => {
    expect(await run({ 'a.cfg': 'A "1"\n' }, ['a.cfg'])).toBeUndefined();
  });
});
