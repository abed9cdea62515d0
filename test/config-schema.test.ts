// Config: schemas/spac.config.schema.json (for editors: completion and checks as you type) says what the
// config stage accepts, no more and no less, on every config in the fixtures and a few made here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/diagnostics/catalog.js';
import { parseJsonc } from '../src/text/jsonc.js';
import { parseConfig } from '../src/workspace/config.js';
import { main } from '../src/cli/main.js';
import { memoryIo } from './support/memory-io.js';

const repo = join(import.meta.dirname, '..');
const schema = JSON.parse(readFileSync(join(repo, 'schemas', 'spac.config.schema.json'), 'utf8')) as {
  $defs: { rules: { propertyNames: { enum: string[] } } };
};
const validate = new Ajv2020({ allErrors: true }).compile(schema);

const fixtureConfigs = readdirSync(join(repo, 'fixtures'), { recursive: true, encoding: 'utf8' })
  .filter((p) => p.endsWith('spac.config.json') && !p.includes('/expected/'))
  .map((p) => readFileSync(join(repo, 'fixtures', p), 'utf8'));
const made = [
  '{ "ignore": ["a/"], "build": { "gzip": true, "layers": ["c.cfg"] } }',
  '{ "build": { "gzip": "yes" } }',
  '{ "overrides": [{ "files": [], "target": "SPA112" }] }',
  '{ "rules": { "SPAC9999": "off" } }',
  '{ "schema": ["a.json", 1] }',
  '{ "$schema": "https://spac.dev/schemas/spac.config.schema.json", "target": "SPA504G" }',
];

describe('the config JSON Schema', () => {
  it('names every diagnostic code, and only those', () => {
    expect(schema.$defs.rules.propertyNames.enum).toEqual(Object.keys(catalog).sort());
  });

  it('accepts exactly the configs spac accepts', () => {
    expect(fixtureConfigs.length).toBeGreaterThan(5);
    for (const text of [...fixtureConfigs, ...made]) {
      const parsed = parseJsonc(text, 'the config file');
      if (!parsed.ok) continue;
      expect(validate(parsed.data), text).toBe(parseConfig(text, 'spac.config.json').ok);
    }
  });
});

describe('the --format json JSON Schema', () => {
  const diagnostics = JSON.parse(
    readFileSync(join(repo, 'schemas', 'diagnostics.schema.json'), 'utf8'),
  ) as object;
  const check = new Ajv2020({ allErrors: true }).compile(diagnostics);

  it('fits every JSON report in the fixtures', async () => {
    const root = join(repo, 'fixtures');
    const outputs = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((p) => p.endsWith('command') && statSync(join(root, p)).isFile())
      .filter((p) => /--(format|diagnostics) json\b/.test(readFileSync(join(root, p), 'utf8')))
      .flatMap((p) => ['stdout', 'stderr'].map((s) => join(root, p, '..', 'expected', s)))
      .map((p) => (existsSync(p) ? readFileSync(p, 'utf8') : ''))
      .filter((text) => text.startsWith('['));
    // And one with related locations, fixes and several stages' codes, made here.
    const sarif = join(root, 'ci', 'invalid', 'sarif');
    const io = memoryIo({
      'site.cfg': readFileSync(join(sarif, 'site.cfg')),
      'site.xml': readFileSync(join(sarif, 'site.xml')),
    });
    await main(['check', 'site.cfg', 'site.xml', '--format', 'json', '--target', 'SPA504G'], io);
    outputs.push(io.out());
    expect(outputs.length).toBeGreaterThan(2);
    for (const text of outputs) {
      const data: unknown = JSON.parse(text);
      expect(check(data) ? [] : check.errors, text.slice(0, 200)).toEqual([]);
    }
    expect(check([{ file: 'a', line: 0 }])).toBe(false);
  });
});

describe('spac init', () => {
  it('writes a config spac and its JSON Schema accept, naming the schema when spac is installed here', async () => {
    const io = memoryIo({ 'node_modules/spac/schemas/spac.config.schema.json': '{}' });
    expect(await main(['init', '--target', 'SPA2102'], io)).toBe(0);
    const text = Buffer.from(io.written.get('spac.config.json') ?? new Uint8Array()).toString('utf8');
    const parsed = parseConfig(text, 'spac.config.json');
    expect(parsed.ok && parsed.config.target).toBe('SPA2102');
    const data = parseJsonc(text, 'the config file');
    expect(data.ok && validate(data.data)).toBe(true);
    expect(text).toContain('"$schema": "./node_modules/spac/schemas/spac.config.schema.json"');
  });
});
