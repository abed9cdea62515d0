// `spac serve --print-nginx` against real nginx: the same fleet and phones as the spac serve test, the
// same outcomes (bootstrap to its own phone over HTTPS, encrypted profile over HTTP, another phone's
// bootstrap refused, nothing outside the build). Skipped, with the reason, when nginx is not installed.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, nginxBinary, startNginx, waitForHealth } from './support/loopback.js';
import { buildFleetFor, certFlags, MACS, makeCertificates, phone, spac } from './support/provisioning.js';

const binary = nginxBinary();
const dir = mkdtempSync(join(tmpdir(), 'spac-nginx-'));
const at = (...p: string[]) => join(dir, ...p);
let nginx: ChildProcess | undefined;
let ports = { http: 0, https: 0 };

beforeAll(async () => {
  if (!binary) return;
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
  nginx = startNginx(binary, dir, printed.out);
  await waitForHealth(ports.http);
}, 60_000);

afterAll(() => {
  nginx?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

const reason = binary ? '' : ' (nginx not installed: skipped)';
const mac = MACS[0] ?? '';
const bootstrap = (who = '$MA') => `https://prov.spac.test:${String(ports.https)}/init/${who}.xml`;

describe.skipIf(!binary)(`nginx with spac serve --print-nginx${reason}`, () => {
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
