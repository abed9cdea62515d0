// The inventory reader: CSV read a batch of records at a time must give exactly what one csv-parse call
// over the whole file gives, with every cell's range pointing at its text, whatever the batch cuts.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesSince, manifestText } from '../src/fleet/manifest.js';
import { parseInventory, rowsOf, type Inventory, type Row, type RowItem } from '../src/fleet/inventory.js';
import { readColumns, rowEntries } from '../src/fleet/columns.js';
import { emptyNameTable, xmlNameOf } from '../src/model/names.js';

const cell = fc.oneof(
  fc.stringMatching(/^[a-z0-9 ]{0,6}$/),
  // Quoted cells with separators, doubled quotes and line breaks inside.
  fc.stringMatching(/^[a-z,"\n\r ]{0,6}$/).map((v) => `"${v.replace(/"/g, '""')}"`),
);
const eol = fc.constantFrom('\n', '\r\n', '\r');
const csv = fc
  .record({
    width: fc.integer({ min: 1, max: 4 }),
    rows: fc.integer({ min: 0, max: 700 }),
    eol,
    seed: fc.integer(),
  })
  .chain(({ width, rows, eol }) =>
    fc
      .array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: rows, maxLength: rows })
      .map((body) => {
        const header = Array.from({ length: width }, (_, i) => (i === 0 ? 'mac' : `c${String(i)}`)).join(',');
        return [header, ...body.map((r) => r.join(','))].join(eol) + eol;
      }),
  );

const read = (text: string, file = 'devices.csv'): Inventory => {
  const result = parseInventory(text, file);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.inventory;
};

const problems = (inventory: Inventory) =>
  [...inventory.rows()].flatMap((item: RowItem) => ('problem' in item ? [item.problem] : []));

const lineOf = (text: string, offset: number) => text.slice(0, offset).split(/\r\n|\r|\n/).length;

describe('CSV inventory, read in batches', () => {
  it('gives the values of one whole csv-parse call, each cell located at its text', () => {
    fc.assert(
      fc.property(csv, (text) => {
        const whole = parse(text, {
          skip_empty_lines: true,
          record_delimiter: ['\r\n', '\n', '\r'],
        });
        const [header = [], ...body] = whole;
        const inventory = read(text);
        const rows = [...rowsOf(inventory)];
        expect(problems(inventory)).toEqual([]);
        expect(inventory.count).toBe(body.length);
        expect(rows.length).toBe(body.length);
        rows.forEach((row, r) => {
          header.forEach((column, c) => {
            const got = row.cells.get(column);
            expect(got?.value).toBe(body[r]?.[c]);
            const written = text.slice(got?.range.start, got?.range.end);
            expect(got?.quoted ? written.replace(/""/g, '"') : written).toBe(got?.value);
          });
        });
      }),
      { numRuns: 60 },
    );
  });

  it('reports a quote left open far past the first batch at its own line, after the rows before it', () => {
    const rows = Array.from({ length: 600 }, (_, i) => `000e08aa${i.toString(16).padStart(4, '0')},x`);
    rows[549] = '000e08aabbcc,"open';
    const text = ['mac,User_ID[1]', ...rows].join('\n');
    const items = [...read(text).rows()];
    const problem = items.flatMap((i) => ('problem' in i ? [i.problem] : []));
    expect(problem).toHaveLength(1);
    expect(lineOf(text, problem[0]?.range.start ?? 0)).toBe(551);
    expect(problem[0]?.message).toContain('never closed');
    expect(items.filter((i) => !('problem' in i))).toHaveLength(549);
  });

  it('reports a row with more or fewer cells than the header at that row, and reads on', () => {
    const text = 'mac,a\n000e08aabb01,1\n000e08aabb02\n000e08aabb03,3,3\n000e08aabb04,4\n';
    const inventory = read(text);
    expect(problems(inventory).map((d) => [lineOf(text, d.range.start), d.message])).toEqual([
      [3, 'not valid CSV: 1 cells where the header has 2'],
      [4, 'not valid CSV: 3 cells where the header has 2'],
    ]);
    expect([...rowsOf(inventory)].map((r) => r.cells.get('mac')?.value)).toEqual([
      '000e08aabb01',
      '000e08aabb04',
    ]);
  });

  it('skips blank lines and a BOM, and counts only rows', () => {
    const text = '\uFEFF\n\nmac,a\r\n\r\n000e08aabb01,1\r\n\r\n000e08aabb02,2';
    const inventory = read(text);
    expect(inventory.count).toBe(2);
    const first = [...rowsOf(inventory)][0]?.cells.get('a');
    expect(text.slice(first?.range.start, first?.range.end)).toBe('1');
    expect(inventory.columns.get('mac')).toEqual({ start: 3, end: 6 });
  });
});

describe('JSON Lines inventory', () => {
  it('learns every column before the rows are read, in the order first met', () => {
    const text = '{"mac":"000e08aabb01","a":1}\n\n{"b":true,"mac":"000e08aabb02"}\n';
    const inventory = read(text, 'devices.jsonl');
    expect([...inventory.columns.keys()]).toEqual(['mac', 'a', 'b']);
    expect(inventory.count).toBe(2);
    const rows = [...rowsOf(inventory)];
    expect(rows.map((r) => [r.cells.get('a')?.value, r.cells.get('b')?.value])).toEqual([
      ['1', undefined],
      [undefined, 'true'],
    ]);
  });

  it('refuses the inventory when any line is not an object of plain values, naming every such line', () => {
    const result = parseInventory('{"mac":"a"}\n[1]\n{"mac":{"x":1}}\n', 'devices.jsonl');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.map((d) => d.message)).toHaveLength(2);
  });
});

describe('manifest text', () => {
  it('is written in pieces exactly as JSON.stringify writes the whole manifest', () => {
    const file = fc.record({
      path: fc.string(),
      kind: fc.constantFrom('profile' as const, 'bootstrap' as const),
      size: fc.nat(),
      sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
      encrypted: fc.boolean(),
    });
    const device = fc.record(
      { mac: fc.string(), model: fc.string(), layers: fc.array(fc.string()), files: fc.array(file) },
      { requiredKeys: ['mac', 'layers', 'files'] },
    );
    fc.assert(
      fc.property(fc.array(device, { maxLength: 5 }), (devices) => {
        const choices = {
          spac: '1.0.0',
          format: 'xml',
          layers: ['a.cfg'],
          encrypted: true,
          gzip: false,
        } as const;
        const files = devices.flatMap((d) => d.files);
        const counts = {
          devices: devices.length,
          files: files.length,
          bytes: files.reduce((n, f) => n + f.size, 0),
        };
        const whole = `${JSON.stringify({ manifestVersion: 1, ...choices, counts, devices }, null, 2)}\n`;
        expect(manifestText(devices, choices)).toBe(whole);
      }),
    );
  });

  it('tells the devices added, changed and removed against the previous manifest', () => {
    const sha = fc.constantFrom('a', 'b').map((c) => c.repeat(64));
    const device = fc.record({
      mac: fc.constantFrom('000e08aabb01', '000e08aabb02', '000e08aabb03', 'with "quote"'),
      layers: fc.constant([]),
      files: fc.array(
        fc.record({
          path: fc.constantFrom('p', 'q\\"x'),
          kind: fc.constant('profile' as const),
          size: fc.nat(),
          sha256: sha,
          encrypted: fc.boolean(),
        }),
        { maxLength: 2 },
      ),
    });
    const fleet = fc.uniqueArray(device, { selector: (d) => d.mac, maxLength: 4 });
    const choices = { spac: '1', format: 'xml', layers: [], encrypted: false, gzip: false } as const;
    fc.assert(
      fc.property(fleet, fleet, (before, after) => {
        const key = (d: (typeof before)[number]) => JSON.stringify(d.files.map((f) => [f.path, f.sha256]));
        const old = new Map(before.map((d) => [d.mac, key(d)]));
        const changes = changesSince(manifestText(before, choices), after);
        expect(changes.added).toEqual(after.filter((d) => !old.has(d.mac)).map((d) => d.mac));
        expect(changes.changed).toEqual(
          after.filter((d) => old.has(d.mac) && old.get(d.mac) !== key(d)).map((d) => d.mac),
        );
        expect(changes.removed).toEqual(
          before.filter((d) => !after.some((a) => a.mac === d.mac)).map((d) => d.mac),
        );
      }),
    );
  });
});

// Every stage asks an entry for its XML tag; a device's entries carry their column's, worked out once
// per inventory, which is what the name alone gives.
describe('a row as entries', () => {
  it("carries each column's XML tag", () => {
    const inventory = read('mac,User_ID[1]!,Display_Name_1_,Station_Name,Proxy[2]?\naabbccddeeff,u,d,s,p\n');
    const { columns } = readColumns(inventory, emptyNameTable, undefined);
    const row = [...inventory.rows()].find((r): r is Row => !('problem' in r));
    if (!row) throw new Error('no row');
    const entries = rowEntries(inventory, row, columns, () => undefined);
    expect(entries.map((e) => e.tag)).toEqual(['User_ID_1_', 'Display_Name_1_', 'Station_Name', 'Proxy_2_']);
    for (const e of entries) expect(e.tag).toBe(xmlNameOf({ name: e.name, nameFormat: e.nameFormat }));
  });
});
