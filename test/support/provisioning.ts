// Test support (secure provisioning): a lab CA, a server certificate for prov.spac.test, three phones'
// client certificates and a fleet built with bootstrap profiles, all made by the CLI in a temp folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { nodeIo } from '../../src/cli/node-io.js';

export const MACS = ['000e08aabb01', '000e08aabb02', '000e08aabb03'];
export const SECRET = 'end-to-end-secret';

/** One in-process CLI run, its output captured. */
export async function spac(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io = nodeIo();
  const exit = await main(args, {
    ...io,
    env: { ...io.env, ...env },
    stdout: { write: (t) => void (out += String(t)), isTTY: false },
    stderr: { write: (t) => void (err += String(t)), isTTY: false },
  });
  return { exit, out, err };
}

/** Certificates: ca (the lab CA), other (a CA nobody trusts), server (prov.spac.test), one per MAC. */
export async function makeCertificates(dir: string): Promise<void> {
  const at = (name: string) => join(dir, name);
  const made = [
    await spac(['cert', 'ca', '--cn', 'Lab Provisioning CA', '-o', at('ca')]),
    await spac(['cert', 'ca', '--cn', 'Some Other CA', '-o', at('other')]),
    await spac(['cert', 'request', '--cn', 'prov.spac.test', '-o', at('server')]),
    await spac(['cert', 'sign', '--ca', at('ca'), at('server.csr'), '-o', at('server')]),
    ...(await Promise.all(
      MACS.map((mac) =>
        spac(['cert', 'device', '--ca', at('ca'), '--mac', mac, '--model', 'SPA504G', '-o', at(mac)]),
      ),
    )),
  ];
  const failed = made.find((m) => m.exit !== 0);
  if (failed) throw new Error(failed.err);
  writeFileSync(
    at('devices.csv'),
    ['mac,model,User_ID[1]', ...MACS.map((m, i) => `${m},SPA504G,${String(2001 + i)}`)].join('\n'),
  );
  mkdirSync(at('reports'), { recursive: true });
  mkdirSync(at('state'), { recursive: true });
}

/** The fleet into dir/out: its profiles and reports on http://prov.spac.test:PORT, bootstraps in init/. */
export async function buildFleetFor(dir: string, http: number): Promise<void> {
  const at = (name: string) => join(dir, name);
  writeFileSync(
    at('layer.cfg'),
    [
      'Provision_Enable "Yes" ;',
      `Profile_Rule "[--key $A] http://prov.spac.test:${String(http)}/$MA.xml" ;`,
      `Report_Rule "http://prov.spac.test:${String(http)}/reports/$MA.xml" ;`,
      'Proxy[1] "sip.example.com" ;',
      'Time_Zone ! "GMT-05:00" ;',
      '',
    ].join('\n'),
  );
  const args = [
    'build',
    '--inventory',
    at('devices.csv'),
    '--layer',
    at('layer.cfg'),
    '--key-derive-env',
    'PROV_SECRET',
  ];
  args.push(
    '--bootstrap',
    'init/$MA.xml',
    '--bootstrap-rule',
    `http://prov.spac.test:${String(http)}/$MA.xml`,
    '-o',
    at('out'),
  );
  const built = await spac(args, { PROV_SECRET: SECRET });
  if (built.exit !== 0) throw new Error(built.err);
}

/** `spac phone` against prov.spac.test on loopback. */
export const phone = (mac: string, rule: string, extra: string[]) =>
  spac([
    'phone',
    '--mac',
    mac,
    '--model',
    'SPA504G',
    '--rule',
    rule,
    '--resolve',
    'prov.spac.test:127.0.0.1',
    ...extra,
  ]);

/** A phone's certificate flags, trusting `ca`. */
export const certFlags = (dir: string, mac: string, ca = 'ca') => [
  '--cert',
  join(dir, `${mac}.crt`),
  '--key',
  join(dir, `${mac}.key`),
  '--ca',
  join(dir, `${ca}.crt`),
];
