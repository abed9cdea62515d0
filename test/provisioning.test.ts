// Secure provisioning end to end, on loopback with ephemeral ports and a lab CA made by `spac cert`:
// `spac build --bootstrap` a 3-device fleet, `spac serve` (the built CLI, a child process) over HTTPS and
// HTTP, `spac phone` per device: the bootstrap over HTTPS, the encrypted profile over HTTP, reports back;
// and the refusals: another device's bootstrap, no client certificate, a server from another CA.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptProfile } from '../src/encrypt/unwrap.js';
import { deriveDeviceKey } from '../src/fleet/device-key.js';
import { entriesOf } from '../src/model/profile.js';
import { xmlNameOf } from '../src/model/names.js';
import { parseProfile } from '../src/parser/parse.js';
import {
  buildFleetFor,
  certFlags,
  MACS,
  makeCertificates,
  phone,
  SECRET,
  spac,
} from './support/provisioning.js';

const dir = mkdtempSync(join(tmpdir(), 'spac-provisioning-'));
const at = (...p: string[]) => join(dir, ...p);

let server: ChildProcess | undefined;
let ports = { http: 0, https: 0 };
let accessLog = '';

/** The built CLI serving `out`; resolves with its ports once it says it listens (10 s at most). */
function startServer(): Promise<{ http: number; https: number }> {
  const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
  const args = [cli, 'serve', at('out'), '--host', '127.0.0.1', '--http', '0', '--https', '0'];
  args.push(
    '--cert',
    at('server.crt'),
    '--key',
    at('server.key'),
    '--client-ca',
    at('ca.crt'),
    '--reports',
    at('reports'),
  );
  server = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (chunk: Buffer) => (accessLog += chunk.toString()));
  return new Promise((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => {
      reject(new Error(`spac serve did not start: ${said}`));
    }, 10_000);
    server?.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const http = /http:\/\/127\.0\.0\.1:(\d+)/.exec(said)?.[1];
      const https = /https:\/\/127\.0\.0\.1:(\d+)/.exec(said)?.[1];
      if (http && https) {
        clearTimeout(timer);
        resolve({ http: Number(http), https: Number(https) });
      }
    });
  });
}

const certOf = (mac: string, ca = 'ca') => certFlags(dir, mac, ca);
const bootstrapRule = () => `https://prov.spac.test:${String(ports.https)}/init/$MA.xml`;

beforeAll(async () => {
  await makeCertificates(dir);
  // The ports are known once the server listens: build, serve, then build again (served without restart).
  await buildFleetFor(dir, 1);
  ports = await startServer();
  await buildFleetFor(dir, ports.http);
}, 60_000);

afterAll(() => {
  server?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('a phone provisioned through spac serve', () => {
  it.each(MACS)(
    '%s: bootstrap over HTTPS, its encrypted profile over HTTP, its settings as compiled',
    async (mac) => {
      const run = await phone(mac, bootstrapRule(), [
        '--state',
        at('state'),
        '--format',
        'json',
        ...certOf(mac),
      ]);
      expect(run.exit, run.out + run.err).toBe(0);
      const steps = (
        JSON.parse(run.out) as {
          steps: { resync: number; url: string; status: number; encrypted: boolean }[];
        }
      ).steps;
      expect(steps.map((s) => [s.resync, s.url.split(':')[0], s.status, s.encrypted])).toEqual([
        [1, 'https', 200, false],
        [2, 'http', 200, true],
        [2, 'http', 201, false],
      ]);
      const state = JSON.parse(readFileSync(at('state', `${mac}.json`), 'utf8')) as {
        settings: Record<string, { value: string }>;
      };
      const opened = decryptProfile(readFileSync(at('out', `${mac}.xml`)), mac, deriveDeviceKey(SECRET, mac));
      if (!opened.ok) throw new Error(opened.message);
      const compiled = entriesOf(parseProfile(new TextDecoder().decode(opened.plaintext), 'x').profile.items);
      for (const entry of compiled)
        if (entry.value !== undefined) expect(state.settings[xmlNameOf(entry)]?.value).toBe(entry.value);
      expect(state.settings['GPP_A']?.value).toBe(deriveDeviceKey(SECRET, mac));
      expect(run.out).not.toContain(deriveDeviceKey(SECRET, mac));
    },
  );

  it("is refused another device's bootstrap (403)", async () => {
    const rule = bootstrapRule().replace('$MA', MACS[1] ?? '');
    const run = await phone(MACS[0] ?? '', rule, certOf(MACS[0] ?? ''));
    expect(run.exit).toBe(1);
    expect(run.out).toContain(': 403,');
  });

  it('is refused without a client certificate', async () => {
    const run = await phone(MACS[0] ?? '', bootstrapRule(), ['--ca', at('ca.crt')]);
    expect(run.exit).toBe(1);
    expect(run.out).toMatch(/failed, 0 bytes: the TLS handshake failed/);
  });

  it('refuses a server whose certificate comes from another CA', async () => {
    const run = await phone(MACS[0] ?? '', bootstrapRule(), certOf(MACS[0] ?? '', 'other'));
    expect(run.exit).toBe(1);
    expect(run.out).toContain('failed, 0 bytes');
    expect(existsSync(at('reports', `${MACS[0] ?? ''}.xml`))).toBe(true);
  });

  it('lands its report, and spac diff finds a value changed on the phone', async () => {
    const mac = MACS[2] ?? '';
    const report = readFileSync(at('reports', `${mac}.xml`), 'utf8');
    writeFileSync(at('changed.xml'), report.replace('sip.example.com', 'sip.elsewhere.net'));
    const expected = ['diff', at('changed.xml'), at('out', `${mac}.xml`), '--target', 'SPA504G'];
    const same = await spac([
      'diff',
      at('reports', `${mac}.xml`),
      at('out', `${mac}.xml`),
      '--key',
      deriveDeviceKey(SECRET, mac),
    ]);
    expect(same.exit, same.err).toBe(0);
    const changed = await spac([...expected, '--key', deriveDeviceKey(SECRET, mac)]);
    expect(changed.exit).toBe(1);
    expect(changed.err).toContain(
      "SPAC8201: 'Proxy_1_' is 'sip.elsewhere.net' on the phone, 'sip.example.com' in the profile",
    );
    expect(changed.err).not.toContain(deriveDeviceKey(SECRET, mac));
  });

  it('logs one JSON line per request with the MAC of the certificate, and stops on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => server?.on('exit', resolve));
    server?.kill('SIGTERM');
    expect(await exited).toBe(0);
    const lines = accessLog
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { mac: string | null; path: string; status: number; method: string });
    expect(lines).toContainEqual(
      expect.objectContaining({ mac: MACS[0], path: `/init/${MACS[0] ?? ''}.xml`, status: 200 }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ mac: MACS[0], path: `/init/${MACS[1] ?? ''}.xml`, status: 403 }),
    );
    expect(lines).toContainEqual(expect.objectContaining({ method: 'POST', status: 201 }));
  });
});
