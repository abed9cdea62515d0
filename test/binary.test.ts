// Binary profiles: model -> binary -> model round trips for every fixture and for generated profiles;
// every flipped bit and every cut of a sealed file is rejected; no input makes the decoder throw.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { familyFor, fromBinary, NO_SCHEMA, toBinary } from '../src/binary/binary.js';
import { decodeBody } from '../src/binary/decode.js';
import { MAGIC } from '../src/binary/format.js';
import type { Access, Entry } from '../src/model/profile.js';
import { entriesOf } from '../src/model/profile.js';
import { parseProfile } from '../src/parser/parse.js';
import { builtinSchemas } from '../src/schema/builtin.js';
import { schemaIndex } from '../src/schema/lookup.js';
import type { SchemaFile } from '../src/schema/schema-types.js';

const schemas = await builtinSchemas();
const index = schemaIndex(schemas);
const cheap = { log2N: 10, r: 8, p: 1 };
/** What a binary keeps of an entry: its name as written, XML groups, access and value. */
const kept = (entries: readonly Entry[]) =>
  entries.map((e) => ({
    name: e.name,
    nameFormat: e.nameFormat,
    path: e.path,
    access: e.access,
    value: e.value,
  }));

function roundTrip(entries: readonly Entry[], family: SchemaFile, options = {}): void {
  const bytes = toBinary(entries, family, options);
  const back = fromBinary(bytes, 'p.bin', [...schemas, family], options);
  expect(back.ok ? kept(back.entries) : back).toEqual(kept(entries));
}

const profiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'expected' ? [] : profiles(path);
    return /\.(cfg|xml)$/.test(name) ? [path] : [];
  });

describe('round trips', () => {
  const files = profiles(join(import.meta.dirname, '..', 'fixtures'));

  it('finds fixture profiles', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('gives back every fixture profile, against the family that knows it best', () => {
    for (const file of files) {
      const text = readFileSync(file, 'latin1');
      const entries = entriesOf(parseProfile(text, file).profile.items);
      roundTrip(entries, familyFor(entries, index));
    }
  });

  const family = schemas[0] ?? NO_SCHEMA;
  const slotNames = family.parameters.slice(0, 200).map((p) => p.xml.replace('{n}', '1'));
  const entry = fc.record({
    name: fc.oneof(fc.constantFrom(...slotNames), fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,20}$/)),
    access: fc.constantFrom<Access | undefined>(undefined, 'na', 'ro', 'rw'),
    value: fc.option(
      fc.oneof(
        fc.constantFrom('Yes', 'No', '', '0', '-1', '3600', '007', '-0'),
        fc.string({ maxLength: 30 }),
      ),
      { nil: undefined },
    ),
    path: fc.array(fc.constantFrom('Router', 'WAN', 'LAN'), { maxLength: 2 }),
    text: fc.boolean(),
  });
  interface Generated {
    name: string;
    access: Access | undefined;
    value: string | undefined;
    path: string[];
    text: boolean;
  }
  const toEntry = (e: Generated): Entry => ({
    kind: 'entry',
    name: e.name,
    nameFormat: e.text ? 'text' : 'xml',
    path: e.path,
    access: e.access,
    value: e.value,
    file: 'p.bin',
    range: { start: 0, end: 0 },
    nameRange: { start: 0, end: 0 },
  });

  it('gives back generated profiles, plain and sealed', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.boolean(), (list, sealed) => {
        const entries = list.map(toEntry);
        roundTrip(entries, family, sealed ? { key: 'k', mac: '000e08aabbcc', cost: cheap } : {});
      }),
      { numRuns: 150 },
    );
  });
});

describe('damaged and hostile files', () => {
  const family = schemas[0] ?? NO_SCHEMA;
  const entries = entriesOf(
    parseProfile('Resync_Periodic "3600" ;\nProfile_Rule ! "https://p.example.com/$MA.cfg" ;\n', 'p.cfg')
      .profile.items,
  );

  it('rejects every single flipped bit of a sealed file, naming what is wrong', () => {
    const options = { key: 'secret', mac: '000e08aabbcc', cost: cheap };
    const bytes = toBinary(entries, family, options);
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      const bad = Uint8Array.from(bytes);
      bad[bit >> 3] = (bad[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      const read = fromBinary(bad, 'p.bin', schemas, options);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.code).toMatch(/^SPAC601\d$/);
    }
  });

  it('rejects every flipped bit and every cut of a plain file', () => {
    const bytes = toBinary(entries, family);
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      const bad = Uint8Array.from(bytes);
      bad[bit >> 3] = (bad[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      expect(fromBinary(bad, 'p.bin', schemas).ok).toBe(false);
    }
    for (let length = 0; length < bytes.length; length++)
      expect(fromBinary(bytes.subarray(0, length), 'p.bin', schemas).ok).toBe(false);
  });

  it('opens a bound file only with its MAC and key', () => {
    const bytes = toBinary(entries, family, { key: 'secret', mac: '000e08aabbcc', cost: cheap });
    expect(fromBinary(bytes, 'p', schemas, { key: 'secret', mac: '000e08aabbcc' }).ok).toBe(true);
    expect(fromBinary(bytes, 'p', schemas, { key: 'secret', mac: '000e08aabbcd' })).toMatchObject({
      code: 'SPAC6013',
    });
    expect(fromBinary(bytes, 'p', schemas, { key: 'secreT', mac: '000e08aabbcc' })).toMatchObject({
      code: 'SPAC6013',
    });
    expect(fromBinary(bytes, 'p', schemas, { key: 'secret' })).toMatchObject({ code: 'SPAC6014' });
  });

  it('refuses a schema whose table differs from the one the file was built against', () => {
    const bytes = toBinary(entries, family);
    const changed = { ...family, parameters: family.parameters.slice(1) };
    const others = schemas.map((s) => (s === family ? changed : s));
    expect(fromBinary(bytes, 'p', others)).toMatchObject({ ok: false, code: 'SPAC6015' });
  });

  it('never throws, whatever the bytes, with or without the magic and the integrity check', () => {
    const bytes = fc.uint8Array({ maxLength: 200 });
    fc.assert(
      fc.property(bytes, fc.boolean(), (data, magic) => {
        const file = magic ? Uint8Array.from([...MAGIC, 1, data[0] ?? 0, ...data]) : data;
        expect(typeof fromBinary(file, 'p', schemas, { key: 'k', mac: '000e08aabbcc' }).ok).toBe('boolean');
        expect(typeof decodeBody(data, schemas, 'p').ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
