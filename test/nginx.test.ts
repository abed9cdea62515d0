// `spac serve --print-nginx` against real nginx: the same fleet and phones as the spac serve test, the
// same outcomes (bootstrap to its own phone over HTTPS, encrypted profile over HTTP, another phone's
// bootstrap refused, nothing outside the build). Skipped, with the reason, when nginx is not installed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFleetFor, certFlags, MACS, makeCertificates, phone, spac } from './support/provisioning.js';

const nginxBinary = ['nginx', '/usr/sbin/nginx'].find((n) => spawnSync(n, ['-v']).status === 0);
const dir = mkdtempSync(join(tmpdir(), 'spac-nginx-'));
const at = (...p: string[]) => join(dir, ...p);
let nginx: ChildProcess | undefined;
let ports = { http: 0, https: 0 };

/** A port free on loopback now (nginx needs the number in its configuration). */
const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => {
        resolve(port);
      });
    });
  });

/** Waits until nginx answers its health check, 10 s at most. */
async function ready(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${String(port)}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not start: ${readFileSync(at('ng', 'error.log'), 'utf8')}`);
}

beforeAll(async () => {
  if (!nginxBinary) return;
  await makeCertificates(dir);
  ports = { http: await freePort(), https: await freePort() };
  await buildFleetFor(dir, ports.http);
  const printed = await spac(
    [
      'serve',
      at('out'),
      '--print-nginx',
      '--http',
      String(ports.http),
      '--https',
      String(ports.https),
    ].concat(['--cert', at('server.crt'), '--key', at('server.key'), '--client-ca', at('ca.crt')]),
  );
  expect(printed.exit, printed.err).toBe(0);
  writeFileSync(at('spac.conf'), printed.out);
  mkdirSync(at('ng', 'tmp'), { recursive: true });
  const tmp = at('ng', 'tmp');
  writeFileSync(
    at('ng', 'nginx.conf'),
    [
      `daemon off; master_process off; worker_processes 1; pid ${at('ng', 'nginx.pid')}; error_log ${at('ng', 'error.log')};`,
      'events { worker_connections 256; }',
      `http { access_log off; client_body_temp_path ${tmp}; proxy_temp_path ${tmp}; fastcgi_temp_path ${tmp}; uwsgi_temp_path ${tmp}; scgi_temp_path ${tmp}; include ${at('spac.conf')}; }`,
      '',
    ].join('\n'),
  );
  nginx = spawn(nginxBinary, ['-p', at('ng'), '-c', at('ng', 'nginx.conf'), '-e', at('ng', 'error.log')], {
    stdio: 'ignore',
  });
  await ready(ports.http);
}, 60_000);

afterAll(() => {
  nginx?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

const reason = nginxBinary ? '' : ' (nginx not installed: skipped)';
const mac = MACS[0] ?? '';
const bootstrap = (who = '$MA') => `https://prov.spac.test:${String(ports.https)}/init/${who}.xml`;

describe.skipIf(!nginxBinary)(`nginx with spac serve --print-nginx${reason}`, () => {
  it('gives a phone its bootstrap over HTTPS and its encrypted profile over HTTP', async () => {
    const run = await phone(mac, bootstrap(), certFlags(dir, mac));
    expect(run.out).toMatch(/resync 1: Profile_Rule https:.*: 200,.*applied 2 settings/);
    expect(run.out).toMatch(/resync 2: Profile_Rule http:.*: 200,.*decrypted/);
  });

  it("refuses another phone's bootstrap, and a phone without a certificate", async () => {
    const other = await phone(mac, bootstrap(MACS[1]), ['--resyncs', '1', ...certFlags(dir, mac)]);
    expect(other.out).toContain(': 403,');
    const bare = await phone(mac, bootstrap(), ['--resyncs', '1', '--ca', at('ca.crt')]);
    expect(bare.out).toContain(': 400,');
  });

  it('serves nothing outside the build, not even the manifest, and no bootstrap over HTTP', async () => {
    const status = (path: string) =>
      fetch(`http://127.0.0.1:${String(ports.http)}${path}`).then((r) => r.status);
    expect(await status('/manifest.json')).toBe(404);
    expect(await status(`/init/${mac}.xml`)).toBe(403);
    expect(await status('/%2e%2e/server.key')).toBeGreaterThanOrEqual(400);
    expect(await status(`/${mac}.xml`)).toBe(200);
  });
});
