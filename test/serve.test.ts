// The serving policy and the phone's state: who gets which file (a table of cases), paths that could
// step outside the build never accepted (properties), and a profile applied as the phone applies it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manifestText } from '../src/fleet/manifest.js';
import { applyProfile, type PhoneState } from '../src/phone/phone.js';
import { entriesOf } from '../src/model/profile.js';
import { parseProfile } from '../src/parser/parse.js';
import { cleanPath, decide, serveIndex, type SeenRequest } from '../src/serve/policy.js';

const A = '000e08aabb01';
const B = '000e08aabb02';
const file = (path: string, kind: 'profile' | 'bootstrap', encrypted: boolean) => ({
  path,
  kind,
  size: 1,
  sha256: 'a'.repeat(64),
  encrypted,
});
const manifest = manifestText(
  [
    {
      mac: A,
      layers: [],
      files: [file(`${A}.xml`, 'profile', true), file(`init/${A}.xml`, 'bootstrap', false)],
    },
    { mac: B, layers: [], files: [file(`plain/${B}.xml`, 'profile', false)] },
  ],
  { spac: '1', format: 'xml', layers: [], encrypted: true, gzip: false },
);
const index = serveIndex(manifest);
const rules = { allowPlain: false, reportsPath: '/reports/', healthPath: '/healthz' };
const get = (target: string, secure: boolean, mac?: string): SeenRequest => ({
  method: 'GET',
  target,
  secure,
  mac,
});
const outcome = (request: SeenRequest, allowPlain = false) => {
  const d = decide(request, index, { ...rules, allowPlain });
  return d.do === 'status' ? d.status : d.do;
};

describe('who gets which file', () => {
  it.each([
    ['an encrypted profile over HTTP, to anyone', get(`/${A}.xml`, false), 'file'],
    ['an encrypted profile over HTTPS, to another device', get(`/${A}.xml`, true, B), 'file'],
    ['a bootstrap to its own device over HTTPS', get(`/init/${A}.xml`, true, A), 'file'],
    ['a bootstrap to another device', get(`/init/${A}.xml`, true, B), 403],
    ['a bootstrap without a device identity', get(`/init/${A}.xml`, true), 403],
    ['a bootstrap over plain HTTP', get(`/init/${A}.xml`, false), 403],
    ['a plain profile over HTTP', get(`/plain/${B}.xml`, false), 403],
    ['a plain profile to its device over HTTPS', get(`/plain/${B}.xml`, true, B), 'file'],
    ['a plain profile to another device over HTTPS', get(`/plain/${B}.xml`, true, A), 403],
    ['the manifest', get('/manifest.json', false), 404],
    ['a file not in the build', get('/etc/passwd', false), 404],
    ['a path stepping out', get('/../x', false), 400],
    ['an encoded slash', get('/init%2f000e08aabb01.xml', true, A), 400],
    ['a DELETE', { ...get(`/${A}.xml`, false), method: 'DELETE' }, 405],
    ['the health check', get('/healthz', false), 'health'],
    [
      'a report from its device (certificate)',
      { ...get('/reports/x.xml', true, A), method: 'POST' },
      'report',
    ],
    [
      'a report named by a device of the build',
      { ...get(`/reports/${B}.xml`, false), method: 'PUT' },
      'report',
    ],
    [
      'a report naming another device than its certificate',
      { ...get(`/reports/${B}.xml`, true, A), method: 'POST' },
      403,
    ],
    [
      'a report for a device not in the build',
      { ...get('/reports/000e08ffffff.xml', false), method: 'POST' },
      403,
    ],
    ['a GET of a report', get(`/reports/${A}.xml`, false), 405],
  ] as const)('%s', (_name, request, expected) => {
    expect(outcome(request)).toBe(expected);
  });

  it('--allow-plain serves a plain profile over HTTP, and nothing else changes', () => {
    expect(outcome(get(`/plain/${B}.xml`, false), true)).toBe('file');
    expect(outcome(get(`/init/${A}.xml`, false), true)).toBe(403);
  });
});

describe('request paths', () => {
  it('never yield a path that steps outside, and never throw', () => {
    const piece = fc.constantFrom(
      '..',
      '.',
      '',
      'a',
      '%2e%2e',
      '%2E.',
      '%00',
      '%2f',
      '\\',
      'b.xml',
      '%',
      '%zz',
      '?q',
      '#f',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const path = cleanPath(`/${pieces.join('/')}`);
        if (path === undefined || path === '') return;
        expect(path.split('/')).not.toContain('..');
        expect(path.split('/')).not.toContain('.');
        expect(path).not.toMatch(/[\\\0]|^\/|\/\/|\/$/);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (target) => {
        cleanPath(target);
      }),
    );
  });
});

describe("the phone's state", () => {
  it('takes the last value, keeps a setting under <X/>, and keeps an access marker until another comes', () => {
    const state: PhoneState = new Map([
      ['Proxy_1_', { value: 'old.example.com' }],
      ['Time_Zone', { value: 'GMT' }],
    ]);
    const xml =
      '<flat-profile>\n<Proxy_1_/>\n<Time_Zone ua="rw">GMT-05:00</Time_Zone>\n<Time_Zone>GMT+01:00</Time_Zone>\n</flat-profile>\n';
    const applied = applyProfile(state, entriesOf(parseProfile(xml, 'p.xml').profile.items));
    expect(applied).toBe(2);
    expect(state.get('Proxy_1_')).toEqual({ value: 'old.example.com' });
    expect(state.get('Time_Zone')).toEqual({ value: 'GMT+01:00', access: 'rw' });
  });
});
