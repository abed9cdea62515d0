// Layering: the last setting wins, a setting without a value changes only the access.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layer } from '../src/model/layer.js';
import { newEntry, type Entry, type SplicedItem } from '../src/model/profile.js';
import { compile } from '../src/workspace/pipeline.js';
import { memoryHost } from '../src/model/host.js';
import { loadProfiles } from '../src/parser/load.js';

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

/** Layering as the phone does it, written plainly: each parameter at its first place, its value (and the
 * rest) from the last setting with one (the first setting when none has), its access from the last
 * setting, its comment from the last setting with one. */
function reference(items: readonly SplicedItem[]): SplicedItem[] {
  const keyOf = (e: Entry) => [...e.path, e.tag].join('/');
  return items.flatMap((item): SplicedItem[] => {
    if (item.kind !== 'entry') return [item];
    const same = items.filter((o): o is Entry => o.kind === 'entry' && keyOf(o) === keyOf(item));
    if (same[0] !== item) return [];
    const last = same.at(-1) as Entry;
    const valued = same.filter((e) => e.value !== undefined).at(-1) ?? item;
    const comment = same
      .map((e) => e.comment)
      .filter((c) => c !== undefined)
      .at(-1);
    return [{ ...valued, access: last.access, ...(comment === undefined ? {} : { comment }) }];
  });
}

describe('layer', () => {
  const at = { start: 0, end: 0 };
  const item = fc.oneof(
    fc.record({
      name: fc.constantFrom('A', 'B', 'Line_Enable[1]', 'Line_Enable_1_', 'C'),
      path: fc.constantFrom([], ['router']),
      access: fc.constantFrom(undefined, 'na', 'ro', 'rw'),
      value: fc.option(fc.string({ maxLength: 3 }), { nil: undefined }),
      comment: fc.option(fc.string({ maxLength: 3 }), { nil: undefined }),
    }),
    fc.constant('comment' as const),
  );
  it('keeps each parameter at its first place, with its last value and access (property)', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (specs) => {
        const items: SplicedItem[] = specs.map((spec) => {
          if (spec === 'comment') return { kind: 'comment', text: 'c', path: [], file: 'f', range: at };
          const head = {
            ...spec,
            nameFormat: spec.name.includes('[') ? 'text' : 'xml',
            file: 'f',
            range: at,
            nameRange: at,
          } as const;
          const entry = newEntry(
            head,
            spec.value === undefined ? undefined : { text: spec.value, range: at },
          );
          return spec.comment === undefined ? entry : { ...entry, comment: spec.comment };
        });
        expect(layer(items)).toEqual(reference(items));
      }),
    );
  });
});

describe('loading', () => {
  const names = fc.constantFrom('A', 'B', 'Line_Enable[1]', 'Line_Enable[2]', 'import b.cfg');
  it('says a profile needs no layering only when layering changes nothing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(names, { maxLength: 8 }), fc.boolean(), async (lines, imported) => {
        const text = lines.map((n, i) => (n.startsWith('import') ? n : `${n} "${String(i)}" ;`)).join('\n');
        const files = { 'a.cfg': text, 'b.cfg': imported ? 'A "b" ;' : '' };
        const loaded = await loadProfiles([{ file: 'a.cfg', text }], memoryHost(files));
        if (loaded.layered) expect(layer(loaded.items)).toEqual(loaded.items);
        const twice = lines.some((n, i) => !n.startsWith('import') && lines.indexOf(n) !== i);
        const imports = lines.includes('import b.cfg');
        expect(loaded.layered === true).toBe(!twice && !imports);
      }),
    );
  });
});
