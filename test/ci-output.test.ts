// CI output: SARIF validates against the official SARIF 2.1.0 schema, GitHub workflow commands parse
// as a runner parses them, and every code has its explanation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import formatsModule from 'ajv-formats';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { catalog } from '../src/diagnostics/catalog.js';
import { explanations } from '../src/diagnostics/explanations/index.js';
import { memoryIo } from './support/memory-io.js';
import { multitoolAbsent, multitoolSchema, validateSarif } from './support/sarif-multitool.js';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'ci', 'invalid', 'sarif');
const inputs = {
  'site.cfg': readFileSync(join(fixture, 'site.cfg')),
  'site.xml': readFileSync(join(fixture, 'site.xml')),
};

interface SarifLog {
  runs: {
    originalUriBaseIds: { SRCROOT: { uri: string } };
    tool: { driver: { rules: { messageStrings: Record<string, { text: string }> }[] } };
    results: {
      ruleId: string;
      level: string;
      message: { text: string };
      fixes?: unknown[];
      relatedLocations?: unknown[];
      locations: { physicalLocation: { artifactLocation: object } }[];
    }[];
  }[];
}

/** Several kinds of errors, related locations and fixes. */
async function mixedLog(): Promise<string> {
  const io = memoryIo(inputs);
  const args = ['check', 'site.cfg', 'site.xml', '--format', 'sarif', '--target', 'SPA504G'];
  expect(await main(args, io)).toBe(1);
  return io.out();
}

/** A file below the root with characters a URI escapes, and one outside the root. */
async function pathsLog(): Promise<string> {
  const bad = 'Line_Enabel[1] "Yes" ;\n';
  const io = memoryIo({ 'sub/a #1.cfg': bad, '../elsewhere/b.cfg': bad });
  expect(await main(['check', 'sub/a #1.cfg', '/elsewhere/b.cfg', '--format', 'sarif'], io)).toBe(0);
  return io.out();
}

describe('SARIF', () => {
  it('holds several kinds of errors, related locations and fixes, each message a sentence', async () => {
    const log = JSON.parse(await mixedLog()) as SarifLog;
    const run = log.runs[0];
    const results = run?.results ?? [];
    expect(new Set(results.map((r) => r.ruleId)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(results.map((r) => r.level))).toEqual(new Set(['error', 'warning']));
    expect(results.some((r) => r.fixes)).toBe(true);
    expect(results.some((r) => r.relatedLocations)).toBe(true);
    const strings = run?.tool.driver.rules.flatMap((r) => Object.values(r.messageStrings)) ?? [];
    for (const { text } of [...strings, ...results.map((r) => r.message)]) expect(text).toMatch(/[.?]$/);
  });

  it('names files below the root relative to %SRCROOT%, others as file:// URIs, escaping # and spaces', async () => {
    const run = (JSON.parse(await pathsLog()) as SarifLog).runs[0];
    expect(run?.originalUriBaseIds.SRCROOT.uri).toBe('file:///work/');
    expect(run?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation)).toEqual([
      { uri: 'sub/a%20%231.cfg', uriBaseId: 'SRCROOT' },
      { uri: 'file:///elsewhere/b.cfg' },
    ]);
  });

  const skipped = multitoolAbsent ? ` (skipped: ${multitoolAbsent})` : '';

  it.skipIf(multitoolAbsent !== '')(`validates against the SARIF 2.1.0 schema${skipped}`, async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    // Formats (uri, uri-reference, date-time, uuid) are checked too, not skipped with a warning.
    formatsModule.default(ajv);
    const validate = ajv.compile(multitoolSchema());
    for (const log of [await mixedLog(), await pathsLog()]) {
      expect(validate(JSON.parse(log)) ? [] : validate.errors).toEqual([]);
    }
    // The check can fail: a run needs its tool.
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
  });

  it.skipIf(multitoolAbsent !== '')(
    `passes Microsoft's SARIF validator: no error, and no warning but the two explained${skipped}`,
    async () => {
      // SARIF2005 asks for the tool's informationUri, a public home spac does not have yet; SARIF2001
      // wants a full stop even after a question ("did you mean 'X'?"), which is a sentence as it stands.
      for (const log of [await mixedLog(), await pathsLog()]) {
        const lines = log.split('\n');
        const question = (line: number) => /\?"$/.test(lines[line - 1] ?? '');
        const left = validateSarif(log).filter(
          (f) => f.ruleId !== 'SARIF2005' && !(f.ruleId === 'SARIF2001' && question(f.line)),
        );
        expect(left).toEqual([]);
      }
      // What it would have caught: a message string that is no sentence, an absolute path that is no URI.
      const log = JSON.parse(await pathsLog()) as SarifLog;
      const rule = log.runs[0]?.tool.driver.rules[0];
      if (rule) rule.messageStrings = { default: { text: 'no full stop' } };
      const where = log.runs[0]?.results[0]?.locations[0]?.physicalLocation;
      if (where) where.artifactLocation = { uri: '/abs/x.cfg' };
      const found = validateSarif(JSON.stringify(log)).map((f) => f.ruleId);
      expect(found).toEqual(expect.arrayContaining(['SARIF2001', 'SARIF1004']));
    },
  );
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
