// Test and benchmark support (loopback servers): a free port, waiting for a health check, and nginx run
// in the foreground from a folder of its own with a configuration that includes spac's.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A port free on loopback now (nginx needs the number in its configuration). */
export const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => {
        resolve(port);
      });
    });
  });

/** Waits until GET /healthz answers 200 on the port, 10 s at most. */
export async function waitForHealth(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${String(port)}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing answers on port ${String(port)}`);
}

/** The nginx binary, if one is installed. */
export const nginxBinary = (): string | undefined =>
  ['nginx', '/usr/sbin/nginx'].find((n) => spawnSync(n, ['-v']).status === 0);

/** nginx in the foreground, its files in `dir/ng`, serving what `spacConf` (printed by spac serve
 * --print-nginx) says. */
export function startNginx(binary: string, dir: string, spacConf: string): ChildProcess {
  const ng = join(dir, 'ng');
  const tmp = join(ng, 'tmp');
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(dir, 'spac.conf'), spacConf);
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${tmp};`)
    .join(' ');
  writeFileSync(
    join(ng, 'nginx.conf'),
    [
      `daemon off; master_process off; worker_processes 1; pid ${join(ng, 'nginx.pid')}; error_log ${join(ng, 'error.log')};`,
      'events { worker_connections 4096; }',
      `http { access_log off; ${temps} include ${join(dir, 'spac.conf')}; }`,
      '',
    ].join('\n'),
  );
  return spawn(binary, ['-p', ng, '-c', join(ng, 'nginx.conf'), '-e', join(ng, 'error.log')], {
    stdio: 'ignore',
  });
}
