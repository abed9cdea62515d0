// Serving benchmark (npm run bench): 1,000 simulated phones resyncing at once against `spac serve` (the
// built CLI, a child process): each fetches its bootstrap over HTTPS with its own client certificate
// (a new TLS connection, as a phone makes) and its encrypted profile over plain HTTP. Requests per
// second and p99 latency; the same directory behind nginx in the same run when nginx is installed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpGet, Agent as HttpAgent } from 'node:http';
import { request as httpsGet } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { freePort, nginxBinary, startNginx, waitForHealth } from '../test/support/loopback.js';

const repo = join(import.meta.dirname, '..');
const cli = join(repo, 'dist', 'cli.js');
const HOST = 'prov.spac.test';

const macOf = (i: number): string => (0x000e08100000 + i).toString(16).padStart(12, '0');

function spacCli(args: string[], cwd: string, env: Record<string, string> = {}): void {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    env: { ...process.env, ...env, CI: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`spac ${args.join(' ')}: ${r.stderr}`);
}

/** One key pair for every phone (RSA key generation is not what is measured), one certificate each. */
function phoneCertificates(dir: string, count: number): { key: string; certs: string[] } {
  const caKey = forge.pki.privateKeyFromPem(readFileSync(join(dir, 'ca.key'), 'utf8'));
  const caCert = forge.pki.certificateFromPem(readFileSync(join(dir, 'ca.crt'), 'utf8'));
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const key = forge.pki.privateKeyFromPem(privateKey);
  const certs = Array.from({ length: count }, (_, i) => {
    const cert = forge.pki.createCertificate();
    cert.publicKey = forge.pki.rsa.setPublicKey(key.n, key.e);
    cert.serialNumber = (0x1000 + i).toString(16);
    cert.validity.notBefore = new Date(Date.now() - 3_600_000);
    cert.validity.notAfter = new Date(Date.now() + 86_400_000);
    cert.setSubject([
      { shortName: 'OU', value: 'SPA-504G' },
      { shortName: 'L', value: macOf(i) },
      { shortName: 'ST', value: macOf(i) },
    ]);
    cert.setIssuer(caCert.subject.attributes);
    cert.setExtensions([
      { name: 'basicConstraints', cA: false },
      { name: 'extKeyUsage', clientAuth: true },
    ]);
    cert.sign(caKey, forge.md.sha256.create());
    return forge.pki.certificateToPem(cert);
  });
  return { key: privateKey, certs };
}

interface Phones {
  readonly key: string;
  readonly certs: readonly string[];
  readonly ca: string;
}

/** Every name is loopback (the server certificate's name must still be the one asked for). */
const lookup = (
  _host: string,
  options: { all?: boolean | undefined },
  cb: (e: null, a: string | { address: string; family: number }[], f?: number) => void,
) => {
  if (options.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
  else cb(null, '127.0.0.1', 4);
};

/** One GET; resolves with its latency in ms and whether it got 200. */
function get(
  secure: boolean,
  port: number,
  path: string,
  tls: { key: string; cert: string; ca: string } | undefined,
): Promise<[number, boolean]> {
  const started = performance.now();
  return new Promise((resolve) => {
    const options = {
      host: HOST,
      port,
      path,
      lookup,
      ...(tls ? { ...tls, servername: HOST, agent: false as const } : { agent: httpAgent }),
    };
    const req = (secure ? httpsGet : httpGet)(options, (res) => {
      if (process.env['BENCH_DEBUG'] && res.statusCode !== 200) console.error(path, res.statusCode);
      res.resume();
      res.on('end', () => {
        resolve([performance.now() - started, res.statusCode === 200]);
      });
    });
    req.on('error', (e) => {
      if (process.env['BENCH_DEBUG']) console.error(e.message);
      resolve([performance.now() - started, false]);
    });
    req.end();
  });
}

const httpAgent = new HttpAgent({ keepAlive: false, maxSockets: Infinity });

/** Every phone resyncs `rounds` times, all at once: its bootstrap over HTTPS, its profile over HTTP. */
async function storm(phones: Phones, ports: { http: number; https: number }, rounds: number) {
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    phones.certs.map(async (cert, i) => {
      for (let r = 0; r < rounds; r++) {
        const mac = macOf(i);
        for (const [ms, ok] of [
          await get(true, ports.https, `/init/${mac}.xml`, { key: phones.key, cert, ca: phones.ca }),
          await get(false, ports.http, `/${mac}.xml`, undefined),
        ]) {
          latencies.push(ms);
          if (!ok) failed++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / seconds,
    p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
    failed,
    requests: latencies.length,
  };
}

/** nginx with the configuration spac prints for this build, if nginx is installed. */
function nginxUp(dir: string, ports: { http: number; https: number }): ChildProcess | undefined {
  const binary = nginxBinary();
  if (!binary) return undefined;
  const args = [
    'serve',
    join(dir, 'out'),
    '--print-nginx',
    '--http',
    String(ports.http),
    '--https',
    String(ports.https),
  ];
  args.push(
    '--cert',
    join(dir, 'server.crt'),
    '--key',
    join(dir, 'server.key'),
    '--client-ca',
    join(dir, 'ca.crt'),
  );
  const conf = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' }).stdout;
  return startNginx(binary, dir, conf);
}

export async function serveBench(count = 1000, rounds = 2): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'spac-serve-bench-'));
  const children: ChildProcess[] = [];
  try {
    spacCli(['cert', 'ca', '--cn', 'Bench CA', '-o', 'ca'], dir);
    spacCli(['cert', 'request', '--cn', HOST, '-o', 'server'], dir);
    spacCli(['cert', 'sign', '--ca', 'ca', 'server.csr', '-o', 'server'], dir);
    const ports = { http: await freePort(), https: await freePort() };
    writeFileSync(
      join(dir, 'layer.cfg'),
      `Profile_Rule "[--key $A] http://${HOST}:${String(ports.http)}/$MA.xml" ;\nProxy[1] "sip.example.com" ;\n`,
    );
    writeFileSync(
      join(dir, 'devices.csv'),
      ['mac,model', ...Array.from({ length: count }, (_, i) => `${macOf(i)},SPA504G`)].join('\n'),
    );
    spacCli(
      [
        'build',
        '--inventory',
        'devices.csv',
        '--layer',
        'layer.cfg',
        '--key-derive-env',
        'S',
        '--bootstrap',
        'init/$MA.xml',
        '--bootstrap-rule',
        `http://${HOST}:${String(ports.http)}/$MA.xml`,
        '-o',
        'out',
      ],
      dir,
      { S: 'bench' },
    );
    const phones = { ...phoneCertificates(dir, count), ca: readFileSync(join(dir, 'ca.crt'), 'utf8') };
    const server = spawn(
      process.execPath,
      [
        cli,
        'serve',
        'out',
        '--host',
        '127.0.0.1',
        '--http',
        String(ports.http),
        '--https',
        String(ports.https),
        '--cert',
        'server.crt',
        '--key',
        'server.key',
        '--client-ca',
        'ca.crt',
        '--max-connections',
        '4096',
      ],
      { cwd: dir, stdio: 'ignore' },
    );
    children.push(server);
    await waitForHealth(ports.http);
    const spac = await storm(phones, ports, rounds);
    server.kill('SIGTERM');
    const nginxPorts = { http: await freePort(), https: await freePort() };
    const nginx = nginxUp(dir, nginxPorts);
    let other: Awaited<ReturnType<typeof storm>> | undefined;
    if (nginx) {
      children.push(nginx);
      await waitForHealth(nginxPorts.http);
      other = await storm(phones, nginxPorts, rounds);
    }
    const line = (label: string, r: typeof spac) =>
      `${label.padEnd(12)} ${r.rps.toFixed(0).padStart(8)} req/s   p99 ${r.p99.toFixed(1).padStart(8)} ms   ${String(r.requests)} requests, ${String(r.failed)} failed`;
    console.log(
      `\nserving: ${String(count)} phones resyncing at once, ${String(rounds)} resyncs each (bootstrap over HTTPS with a client certificate, encrypted profile over HTTP)`,
    );
    console.log(line('spac serve', spac));
    if (other) {
      console.log(line('nginx', other));
      console.log(
        `spac serve / nginx: ${(spac.rps / other.rps).toFixed(2)}x the requests per second, ${(spac.p99 / other.p99).toFixed(2)}x the p99 latency`,
      );
    } else console.log('nginx: not installed, no comparison');
  } finally {
    for (const c of children) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}
