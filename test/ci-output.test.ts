// CI output: SARIF validates against the official SARIF 2.1.0 schema, GitHub workflow commands parse
// as a runner parses them, and every code has its explanation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AjvModule from 'ajv-draft-04';
import formatsModule from 'ajv-formats';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { catalog } from '../src/diagnostics/catalog.js';
import { explanations } from '../src/diagnostics/explanations/index.js';
import { memoryIo } from './support/memory-io.js';

const require = createRequire(import.meta.url);
// ajv-draft-04 and ajv-formats are CommonJS: what they export is the default export's 'default'.
// The OASIS schema (2.1.0-rtm.5, the final 2.1.0), as Microsoft's SARIF test matchers ship it. One of its
// patterns is not valid with the u flag, so Ajv compiles patterns without it.
const sarifSchema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
) as object;
const ajv = new AjvModule.default({ allErrors: true, strict: false, unicodeRegExp: false });
// Formats (uri, uri-reference, date-time) are checked too, not skipped with a warning.
formatsModule.default(ajv);
const validate = ajv.compile(sarifSchema);
const fixture = join(import.meta.dirname, '..', 'fixtures', 'ci', 'invalid', 'sarif');
const inputs = {
  'site.cfg': readFileSync(join(fixture, 'site.cfg')),
  'site.xml': readFileSync(join(fixture, 'site.xml')),
};

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema, with several kinds of errors, related locations and fixes', async () => {
    const io = memoryIo(inputs);
    expect(
      await main(['check', 'site.cfg', 'site.xml', '--format', 'sarif', '--target', 'SPA504G'], io),
    ).toBe(1);
    const log = JSON.parse(io.out()) as {
      runs: {
        results: { ruleId: string; level: string; fixes?: unknown[]; relatedLocations?: unknown[] }[];
      }[];
    };
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const results = log.runs[0]?.results ?? [];
    expect(new Set(results.map((r) => r.ruleId)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(results.map((r) => r.level))).toEqual(new Set(['error', 'warning']));
    expect(results.some((r) => r.fixes)).toBe(true);
    expect(results.some((r) => r.relatedLocations)).toBe(true);
  });

  it('names files below the root relative to %SRCROOT%, others as file:// URIs, escaping # and spaces', async () => {
    const bad = 'Line_Enabel[1] "Yes" ;\n';
    const io = memoryIo({ 'sub/a #1.cfg': bad, '../elsewhere/b.cfg': bad });
    expect(await main(['check', 'sub/a #1.cfg', '/elsewhere/b.cfg', '--format', 'sarif'], io)).toBe(0);
    const log = JSON.parse(io.out()) as {
      runs: {
        originalUriBaseIds: { SRCROOT: { uri: string } };
        results: { locations: { physicalLocation: { artifactLocation: object } }[] }[];
      }[];
    };
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const run = log.runs[0];
    expect(run?.originalUriBaseIds.SRCROOT.uri).toBe('file:///work/');
    expect(run?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation)).toEqual([
      { uri: 'sub/a%20%231.cfg', uriBaseId: 'SRCROOT' },
      { uri: 'file:///elsewhere/b.cfg' },
    ]);
  });

  it('is rejected by the schema when broken, so the check above can fail', () => {
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
  });
});

describe('GitHub workflow commands', () => {
  // The runner's parser: ::kind key=value,...::message, with %-escapes in both parts.
  const command = /^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:]*,?)+)::(.*)$/;

  it('prints one parseable annotation per problem, then a summary it also writes to the step summary', async () => {
    const odd = { 'odd,name:1.cfg': 'Line_Enabel[1] "Yes" ;\n' };
    const io = memoryIo({ ...inputs, ...odd }, '', { GITHUB_STEP_SUMMARY: 'summary.md' });
    const args = [
      'check',
      'site.cfg',
      'site.xml',
      'odd,name:1.cfg',
      '--format',
      'github',
      '--target',
      'SPA504G',
    ];
    expect(await main(args, io)).toBe(1);
    const [annotations = '', summary = ''] = io.out().split('\n\n### spac check');
    const lines = annotations.trim().split('\n');
    for (const line of lines) {
      const m = command.exec(line);
      expect(m, line).not.toBeNull();
      const keys = (m?.[2] ?? '').split(',').map((p) => p.slice(0, p.indexOf('=')));
      expect(keys).toEqual(['file', 'line', 'col', 'endLine', 'endColumn', 'title']);
    }
    expect(lines).toHaveLength(summary.split('\n').filter((l) => /^\| (error|warning|info) /.test(l)).length);
    expect(annotations).toContain('title=SPAC3002 value does not fit the parameter type::');
    expect(annotations).toContain('::warning file=odd%2Cname%3A1.cfg,line=1,col=1,');
    expect(new TextDecoder().decode(io.written.get('summary.md'))).toContain('### spac check');
  });
});

describe('explanations', () => {
  it('explain every catalogued code, with a bad and a good example, and nothing else', () => {
    for (const code of Object.keys(catalog)) {
      const e = explanations[code];
      expect(e, code).toBeDefined();
      expect(e?.why.length, code).toBeGreaterThan(30);
      expect(e?.bad, code).not.toBe(e?.good);
    }
    expect(Object.keys(explanations).sort()).toEqual(Object.keys(catalog).sort());
  });
});

describe('GitLab Code Quality and JUnit', () => {
  const bad = { 'a&<"b>.cfg': 'Line_Enable[1] "Maybe" ;\nLine_Enable[1] "Maybe" ;\n' };

  it('gives GitLab one issue per problem with the fields it requires, fingerprints unique', async () => {
    const io = memoryIo(bad);
    expect(await main(['check', 'a&<"b>.cfg', '--format', 'gitlab'], io)).toBe(1);
    const issues = JSON.parse(io.out()) as {
      check_name: string;
      description: string;
      severity: string;
      fingerprint: string;
      location: { path: string; positions: { begin: { line: number } } };
    }[];
    expect(issues.length).toBeGreaterThan(1);
    for (const i of issues) {
      expect(i.check_name).toMatch(/^SPAC\d{4}$/);
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(i.severity);
      expect(i.location.path).toBe('a&<"b>.cfg');
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it('writes JUnit XML a conforming parser accepts, whatever the file names hold', async () => {
    const io = memoryIo(bad);
    expect(await main(['check', 'a&<"b>.cfg', '--format', 'junit'], io)).toBe(1);
    // Deprecated for the separate fast-xml-validator, which would bring seven packages for this one check.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    expect(XMLValidator.validate(io.out())).toBe(true);
    expect(io.out()).toContain('failures="');
  });
});
