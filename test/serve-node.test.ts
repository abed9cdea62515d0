// spac serve's Node server against hostile and odd requests, on loopback with ephemeral ports: a symlink
// out of the build, an oversized report, a huge request target, HEAD, the health check, and a new build
// swapped in while it runs.
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestText } from '../src/fleet/manifest.js';
import { startServing, type Serving } from '../src/node/serve.js';

const dir = mkdtempSync(join(tmpdir(), 'spac-serve-node-'));
const A = '000e08aabb01';
const file = (path: string) => ({
  path,
  kind: 'profile' as const,
  size: 1,
  sha256: 'a'.repeat(64),
  encrypted: true,
});
const choices = { spac: '1', format: 'xml', layers: [], encrypted: true, gzip: false } as const;

function writeBuild(out: string, paths: string[], body: string): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'manifest.json'),
    manifestText([{ mac: A, layers: [], files: paths.map(file) }], choices),
  );
  for (const p of paths.filter((p) => !p.startsWith('escape'))) {
    mkdirSync(join(out, p, '..'), { recursive: true });
    writeFileSync(join(out, p), body);
  }
}

let serving: Serving;
const log: string[] = [];
beforeAll(async () => {
  writeFileSync(join(dir, 'secret.txt'), 'outside the build');
  writeBuild(join(dir, 'out'), [`${A}.xml`, 'escape.xml'], 'first build');
  symlinkSync(join(dir, 'secret.txt'), join(dir, 'out', 'escape.xml'));
  mkdirSync(join(dir, 'reports'));
  serving = await startServing({
    dir: join(dir, 'out'),
    host: '127.0.0.1',
    http: 0,
    macField: 'ST',
    rules: { allowPlain: false, reportsPath: '/reports/', healthPath: '/healthz' },
    reportsDir: join(dir, 'reports'),
    reportLimit: 1000,
    maxConnections: 64,
    log: (line) => log.push(line),
  });
});
afterAll(async () => {
  await serving.close();
  rmSync(dir, { recursive: true, force: true });
});

function send(method: string, path: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: serving.http, method, path }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, text });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('spac serve, the Node server', () => {
  it('serves a listed file, and HEAD without a body', async () => {
    expect(await send('GET', `/${A}.xml`)).toEqual({ status: 200, text: 'first build' });
    expect(await send('HEAD', `/${A}.xml`)).toEqual({ status: 200, text: '' });
  });

  it('never follows a symlink out of the build, even one the manifest lists', async () => {
    expect((await send('GET', '/escape.xml')).status).toBe(404);
  });

  it('refuses an oversized report and a huge request target', async () => {
    expect((await send('POST', `/reports/${A}.xml`, 'x'.repeat(5000))).status).toBe(413);
    expect((await send('GET', `/${'a'.repeat(3000)}`)).status).toBe(414);
    expect((await send('POST', `/reports/${A}.xml`, '<flat-profile/>')).status).toBe(201);
  });

  it('answers the health check with the build it serves, and serves a new build swapped in', async () => {
    expect(JSON.parse((await send('GET', '/healthz')).text)).toEqual({ status: 'ok', devices: 1, files: 2 });
    writeBuild(join(dir, 'next'), [`${A}.xml`, `more/${A}.xml`], 'second build');
    renameSync(join(dir, 'out'), join(dir, 'old'));
    renameSync(join(dir, 'next'), join(dir, 'out'));
    expect(await send('GET', `/more/${A}.xml`)).toEqual({ status: 200, text: 'second build' });
    expect((await send('GET', '/escape.xml')).status).toBe(404);
  });

  it('logs one JSON line per request', () => {
    const lines = log.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThanOrEqual(8);
    for (const l of lines)
      expect(Object.keys(l)).toEqual(['time', 'client', 'mac', 'method', 'path', 'status', 'bytes', 'ms']);
  });
});
