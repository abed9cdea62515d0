// Fuzz campaigns: each feeds one untrusted-input entry point arbitrary and near-valid inputs and holds
// that it never throws (and, where it reports, reports inside the input). test/fuzz.test.ts runs a
// bounded share in every test run; `npm run fuzz` runs them long (FUZZ_RUNS, FUZZ_SEED reproduce a run).
import fc from 'fast-check';
import { fromBinary, toBinary, NO_SCHEMA } from '../../src/binary/binary.js';
import { encryptOpenssl } from '../../src/encrypt/openssl.js';
import { unwrapProfile } from '../../src/encrypt/unwrap.js';
import { parseInventory } from '../../src/fleet/inventory.js';
import { rowsOf } from '../../src/fleet/inventory.js';
import { parseProfile } from '../../src/parser/parse.js';
import { parseText } from '../../src/parser/text-front.js';
import { parseXml } from '../../src/parser/xml-front.js';
import type { RuleLanguage } from '../../src/rules/ast.js';
import { checkRuleValue } from '../../src/rules/check-rule.js';
import { expandMacros } from '../../src/rules/macro-scan.js';
import { decide, serveIndex } from '../../src/serve/policy.js';
import { parseConfig } from '../../src/workspace/config.js';

export interface Campaign {
  readonly name: string;
  /** Checks the property over generated inputs; throws (fails) when the target does. */
  readonly run: (runs: { readonly numRuns: number; readonly seed: number }) => void;
}

const campaign = <T>(name: string, property: fc.IProperty<T>): Campaign => ({
  name,
  run: (runs) => {
    fc.assert(property, runs);
  },
});

const within = (ranges: readonly { start: number; end: number }[], length: number): boolean =>
  ranges.every((r) => r.start <= r.end && r.end <= length);

/** Strings from the characters and words each format is made of: near-valid inputs reach deeper. */
const madeOf = (pieces: readonly string[], maxLength = 60) =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((p) => p.join(''));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  madeOf(['<', '>', '/', '"', '=', '&', ';', '#', '!', '?', '[', ']', '\n', '\r', ' ', 'a', '<!--', '-->']),
  madeOf([
    '<flat-profile>',
    '</flat-profile>',
    '<Proxy_1_ ua="rw">',
    '</Proxy_1_>',
    '<g>',
    '</g>',
    'x',
    '&lt;',
    '&#x1F4DE;',
  ]),
  madeOf([
    'Proxy[1]',
    ' ! ',
    ' ? ',
    '"sip"',
    ' ;',
    '\n',
    'import ',
    'a.cfg',
    '# spac-disable-next-line SPAC3001',
    '\r',
  ]),
);

const ruleText = madeOf([
  '(',
  ')',
  '[',
  ']',
  '$',
  '$(',
  '$A',
  '$MA',
  '$PN',
  'GPP_A',
  '--key',
  ' ',
  '"',
  "'",
  '=',
  '==',
  '!=',
  ';',
  'http://',
  'https://',
  'tftp://',
  'prov.example.com',
  '/',
  '$MA.cfg',
  '?',
  '|',
  '&&',
  '||',
  'x',
  '{',
  '}',
]);

const LANGUAGES: readonly RuleLanguage[] = ['profile', 'upgrade', 'report', 'trigger', 'log'];

const bytes = fc.uint8Array({ maxLength: 400 });

const csvText = madeOf(
  ['mac', ',', 'User_ID[1]', '"', '""', '\n', '\r\n', '000e08aabbcc', 'x', ' ', '=cmd()'],
  80,
);
const jsonlText = madeOf(
  ['{', '}', '"mac"', ':', '"000e08aabbcc"', ',', '"User_ID[1]"', '1', 'null', '[', ']', '\n', '\\u', '"'],
  80,
);

const manifest = JSON.stringify({
  devices: [
    {
      mac: '000e08aabbcc',
      files: [
        { path: '000e08aabbcc.xml', kind: 'profile', size: 1, sha256: '0'.repeat(64), encrypted: true },
      ],
    },
  ],
});

/** A front end reports every problem inside what it was given. */
const frontEnd = (
  name: string,
  parse: (s: string, file: string) => { diagnostics: readonly { range: { start: number; end: number } }[] },
) =>
  campaign(
    name,
    fc.property(anyText, (s) =>
      within(
        parse(s, 'f').diagnostics.map((d) => d.range),
        s.length,
      ),
    ),
  );

export const campaigns: readonly Campaign[] = [
  frontEnd('text front end', parseText),
  frontEnd('XML front end', parseXml),
  frontEnd('format detection', parseProfile),
  campaign(
    'binary decoder',
    fc.property(bytes, fc.boolean(), (b, keyed) => {
      const withMagic = toBinary([], NO_SCHEMA).slice(0, 8);
      const input = keyed ? Uint8Array.from([...withMagic, ...b]) : b;
      return typeof fromBinary(input, 'f', []).ok === 'boolean';
    }),
  ),
  campaign(
    'decryption',
    fc.property(bytes, fc.string({ maxLength: 20 }), fc.boolean(), (b, key, sealed) => {
      const input = sealed
        ? encryptOpenssl(b, 'k').slice(0, 16 + (b.length % 48))
        : Uint8Array.from([...new TextEncoder().encode('Salted__'), ...b]);
      return typeof unwrapProfile(input, 'f', { key }).ok === 'boolean';
    }),
  ),
  campaign(
    'rule languages',
    fc.property(ruleText, fc.constantFrom(...LANGUAGES), (value, language) =>
      checkRuleValue(value, language).problems.every(
        (p) => p.span.start <= p.span.end && p.span.end <= value.length,
      ),
    ),
  ),
  campaign(
    'macro expansion',
    fc.property(
      ruleText,
      (value) => typeof expandMacros(value, (m) => (m === 'MA' ? '000e08aabbcc' : undefined)) === 'string',
    ),
  ),
  campaign(
    'config files',
    fc.property(
      fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.json(),
        madeOf([
          '{',
          '}',
          '"target"',
          ':',
          '"SPA504G"',
          ',',
          '"overrides"',
          '[',
          ']',
          '"severity"',
          '//',
          '/*',
          '*/',
        ]),
      ),
      (text) => typeof parseConfig(text, 'spac.config.json').ok === 'boolean',
    ),
  ),
  campaign(
    'fleet inventory (CSV and JSON Lines)',
    fc.property(fc.oneof(csvText, jsonlText, fc.string({ maxLength: 200 })), fc.boolean(), (text, jsonl) => {
      const read = parseInventory(text, jsonl ? 'devices.jsonl' : 'devices.csv');
      if (read.ok) for (const row of rowsOf(read.inventory)) if (row.range.end > text.length) return false;
      return true;
    }),
  ),
  campaign(
    'server requests',
    fc.property(
      fc.oneof(
        fc.string({ maxLength: 80 }),
        madeOf(['/', '..', '.', '%2F', '%2e', '%00', '000e08aabbcc.xml', 'reports', '?', '#', '//', '\\\\']),
      ),
      fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'get', ''),
      fc.boolean(),
      fc.option(fc.constantFrom('000e08aabbcc', '000e08000000'), { nil: undefined }),
      (target, method, secure, mac) => {
        const decision = decide({ method, target, secure, mac }, serveIndex(manifest), {
          allowPlain: false,
          reportsPath: '/reports/',
          healthPath: '/healthz',
        });
        return decision.do !== 'file' || !decision.path.split('/').includes('..');
      },
    ),
  ),
];
