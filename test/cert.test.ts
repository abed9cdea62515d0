// Certificates: what `spac cert` makes is what openssl and node:crypto accept (a chain from the lab CA,
// the phones' subject layout, SANs for other clients), keys are written 0600 and never replaced
// silently, and names and subjects are held to the phones' rules.
import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectPem } from '../src/cert/inspect.js';
import { makeAuthority, makeDevice, makeRequest, signRequest } from '../src/cert/make.js';
import { modelOfProduct, parseSubject, productName, serverCnProblem } from '../src/cert/names.js';
import { main } from '../src/cli/main.js';
import { nodeIo } from '../src/cli/node-io.js';

const root = mkdtempSync(join(tmpdir(), 'spac-cert-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const ca = makeAuthority('Lab Provisioning CA', 2048, 30, []);
const authority = { cert: ca.pem, key: ca.key };

describe('server names', () => {
  it.each([
    ['prov.example.com', undefined],
    ['pv.telco.net/mailto:admin@telco.net', undefined],
    ['prov.example.com.', undefined],
    ['*.example.com', 'wildcard'],
    ['prov', 'not-fqdn'],
    ['10.0.0.1', 'not-fqdn'],
    ['-prov.example.com', 'not-fqdn'],
    ['prov..example.com', 'not-fqdn'],
  ])('%s', (cn, expected) => {
    expect(serverCnProblem(cn)?.id).toBe(expected);
  });

  it('product names go to and from the OU the phones carry', () => {
    expect(productName('SPA504G')).toBe('SPA-504G');
    expect(productName('CP-8841-3PCC')).toBe('CP-8841-3PCC');
    fc.assert(
      fc.property(fc.stringMatching(/^SPA[0-9]{3}[A-Z]?$/), (model) => {
        expect(modelOfProduct(productName(model))).toBe(model);
      }),
    );
  });
});

describe('subjects', () => {
  it('reads comma and openssl slash forms alike', () => {
    const want = [
      { name: 'O', value: 'Example, Ltd' },
      { name: 'C', value: 'GB' },
      { name: 'ST', value: 'x' },
    ];
    expect(parseSubject('O=Example\\, Ltd,C=gb,S=x')).toEqual({ ok: true, value: want });
    expect(parseSubject('/O=Example, Ltd/C=GB/ST=x')).toEqual({ ok: true, value: want });
  });

  it('refuses unknown names, empty values and a country that is not two letters', () => {
    for (const bad of ['Org=x', 'O=', 'C=GBR', 'novalue']) expect(parseSubject(bad).ok, bad).toBe(false);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseSubject(text);
        serverCnProblem(text);
      }),
    );
  });
});

describe('making', () => {
  it('a CSR carries the CN, the subject and a SAN request, and verifies', () => {
    const made = makeRequest('prov.example.com', 2048, [{ name: 'O', value: 'Example Ltd' }]);
    const facts = inspectPem(made.pem, 'server.csr', new Date());
    expect(facts.ok && facts.facts).toMatchObject({
      kind: 'request',
      subject: [
        { name: 'CN', value: 'prov.example.com' },
        { name: 'O', value: 'Example Ltd' },
      ],
      keyBits: 2048,
      altNames: ['prov.example.com'],
    });
    expect(made.key).toContain('BEGIN PRIVATE KEY');
  });

  it('a signed server certificate chains to the CA, names its host, and is for servers only', () => {
    const csr = makeRequest('prov.example.com/mailto:ops@example.com', 2048, []);
    const signed = signRequest(authority, csr.pem, 10);
    if (!signed.ok) throw new Error(signed.problem);
    const cert = new X509Certificate(signed.value);
    expect(cert.verify(new X509Certificate(ca.pem).publicKey)).toBe(true);
    expect(cert.checkHost('prov.example.com')).toBe('prov.example.com');
    expect(cert.ca).toBe(false);
    expect(cert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
  });

  it('a device certificate has the phones\u2019 subject layout and is for clients; the generic one has none', () => {
    const made = makeDevice(
      authority,
      { mac: '000e08aabbcc', model: 'SPA504G', serial: '88012BA01234' },
      2048,
      10,
    );
    if (!made.ok) throw new Error(made.problem);
    const seen = inspectPem(made.value.pem, 'dev.crt', new Date());
    expect(seen.ok && seen.facts.device).toEqual({
      mac: '000e08aabbcc',
      model: 'SPA504G',
      serial: '88012BA01234',
    });
    expect(new X509Certificate(made.value.pem).keyUsage).toEqual(['1.3.6.1.5.5.7.3.2']);
    const generic = makeDevice(authority, { mac: '000e08aabbcc', model: 'SPA504G', generic: true }, 2048, 10);
    const plain = generic.ok ? inspectPem(generic.value.pem, 'gen.crt', new Date()) : undefined;
    expect(plain?.ok && plain.facts.device).toBe('generic');
  });

  it('refuses a CA that is not one, a key of another CA, and a request that is not one', () => {
    const other = makeAuthority('Other CA', 2048, 30, []);
    const server = signRequest(authority, makeRequest('prov.example.com', 2048, []).pem, 10);
    if (!server.ok) throw new Error(server.problem);
    expect(signRequest({ cert: server.value, key: ca.key }, ca.pem, 10)).toMatchObject({
      ok: false,
      culprit: 'ca-key',
    });
    expect(signRequest({ cert: ca.pem, key: other.key }, ca.pem, 10)).toMatchObject({
      ok: false,
      culprit: 'ca-key',
    });
    expect(signRequest(authority, ca.pem, 10)).toMatchObject({ ok: false, culprit: 'request' });
    expect(signRequest({ cert: 'junk', key: ca.key }, ca.pem, 10)).toMatchObject({
      ok: false,
      culprit: 'ca-cert',
    });
    const pem = makeRequest('prov.example.com', 2048, []).pem.split('\n');
    // One character of the signed subject changed: the signature no longer matches.
    pem[2] = `${pem[2]?.slice(0, 10) ?? ''}${pem[2]?.[10] === 'A' ? 'B' : 'A'}${pem[2]?.slice(11) ?? ''}`;
    const tampered = pem.join('\n');
    expect(signRequest(authority, tampered, 10).ok).toBe(false);
  });

  it('warns 30 days before expiry, and after', () => {
    const soon = inspectPem(ca.pem, 'ca.crt', new Date(Date.now() + 20 * 86_400_000));
    expect(soon.ok && soon.diagnostics.map((d) => d.messageId)).toEqual(['soon']);
    const late = inspectPem(ca.pem, 'ca.crt', new Date(Date.now() + 40 * 86_400_000));
    expect(late.ok && late.diagnostics.map((d) => d.messageId)).toEqual(['expired']);
  });
});

const cli = async (dir: string, args: string[]) => {
  const previous = process.cwd();
  process.chdir(dir);
  try {
    return await main(args, nodeIo());
  } finally {
    process.chdir(previous);
  }
};

describe('spac cert on disk', () => {
  const dir = mkdtempSync(join(root, 'cli-'));
  const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
  const openssl = (...args: string[]) => spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });

  it('writes keys with mode 0600 and never replaces one without --force', async () => {
    expect(await cli(dir, ['cert', 'ca', '--cn', 'Lab CA', '-o', 'lab-ca'])).toBe(0);
    expect(statSync(join(dir, 'lab-ca.key')).mode & 0o777).toBe(0o600);
    const key = readFileSync(join(dir, 'lab-ca.key'), 'utf8');
    expect(await cli(dir, ['cert', 'ca', '--cn', 'Lab CA', '-o', 'lab-ca'])).toBe(2);
    expect(readFileSync(join(dir, 'lab-ca.key'), 'utf8')).toBe(key);
    expect(await cli(dir, ['cert', 'ca', '--cn', 'Lab CA', '-o', 'lab-ca', '--force'])).toBe(0);
    expect(readFileSync(join(dir, 'lab-ca.key'), 'utf8')).not.toBe(key);
  });

  it('writes nothing when the CN is refused', async () => {
    expect(await cli(dir, ['cert', 'request', '--cn', '*.example.com', '-o', 'wild'])).toBe(1);
    expect(() => statSync(join(dir, 'wild.key'))).toThrow();
    expect(() => statSync(join(dir, 'wild.csr'))).toThrow();
  });

  it.skipIf(!hasOpenssl)(
    `openssl reads and verifies every file it makes${hasOpenssl ? '' : ' (openssl not installed: skipped)'}`,
    async () => {
      expect(
        await cli(dir, [
          'cert',
          'request',
          '--cn',
          'prov.example.com',
          '--subject',
          'O=Example,C=GB',
          '-o',
          'server',
        ]),
      ).toBe(0);
      expect(await cli(dir, ['cert', 'sign', '--ca', 'lab-ca', 'server.csr', '-o', 'server'])).toBe(0);
      expect(
        await cli(dir, [
          'cert',
          'device',
          '--ca',
          'lab-ca',
          '--mac',
          '00:0E:08:AA:BB:CC',
          '--model',
          'SPA504G',
          '-o',
          'dev',
        ]),
      ).toBe(0);
      const req = openssl('req', '-in', 'server.csr', '-noout', '-text', '-verify');
      expect(req.status).toBe(0);
      expect(req.stdout).toContain('Subject: CN = prov.example.com, O = Example, C = GB');
      expect(req.stdout).toContain('DNS:prov.example.com');
      const x509 = openssl('x509', '-in', 'server.crt', '-noout', '-text');
      expect(x509.stdout).toContain('Issuer: CN = Lab CA');
      expect(x509.stdout).toContain('TLS Web Server Authentication');
      expect(openssl('x509', '-in', 'dev.crt', '-noout', '-subject').stdout).toContain(
        'OU = SPA-504G, L = 000E08AABBCC, ST = 000e08aabbcc',
      );
      const verify = openssl('verify', '-CAfile', 'lab-ca.crt', 'server.crt', 'dev.crt');
      expect(verify.stdout).toBe('server.crt: OK\ndev.crt: OK\n');
      expect(openssl('rsa', '-in', 'server.key', '-check', '-noout').status).toBe(0);
    },
  );

  it('reports a CA that is not one at its certificate, and writes nothing', async () => {
    writeFileSync(join(dir, 'fake.crt'), readFileSync(join(dir, 'lab-ca.crt')));
    writeFileSync(join(dir, 'fake.key'), makeAuthority('x', 2048, 1, []).key);
    expect(
      await cli(dir, [
        'cert',
        'device',
        '--ca',
        'fake',
        '--mac',
        '000e08aabbcd',
        '--model',
        'SPA504G',
        '-o',
        'd2',
      ]),
    ).toBe(1);
    expect(() => statSync(join(dir, 'd2.key'))).toThrow();
  });
});
