// CLI command `spac serve DIR`: a `spac build` output over HTTP and/or HTTPS, each phone getting only its
// own files (its MAC from its client certificate), reports stored per device, one JSON line per request
// on stdout; or, with --print-nginx, an nginx configuration doing the same checks.
// Input: the directory, ports, certificate files. Output: a running server until SIGTERM or SIGINT.
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { nginxConfig } from '../../serve/nginx.js';
import { reasonOf } from '../../node/node-host.js';
import { startServing, type ServeOptions } from '../../node/serve.js';
import { readText, type Io } from '../io.js';
import { usageError } from '../options.js';
import { EXIT_OK, EXIT_USAGE, report } from '../output.js';
import type { Argv, InferredOptionTypes } from 'yargs';

const options = {
  http: { type: 'number', describe: 'serve plain HTTP on this port (encrypted profiles; 0 picks one)' },
  https: { type: 'number', describe: 'serve HTTPS on this port (needs --cert and --key; 0 picks one)' },
  cert: { type: 'string', describe: "the server's certificate (PEM), such as server.crt" },
  key: { type: 'string', describe: "the server's private key (PEM)" },
  'client-ca': { type: 'string', describe: 'require client certificates chaining to this CA (PEM)' },
  'mac-field': {
    type: 'string',
    default: 'ST',
    describe: "the client certificate's subject field with the MAC",
  },
  host: { type: 'string', default: '0.0.0.0', describe: 'the address to listen on' },
  'allow-plain': {
    type: 'boolean',
    default: false,
    describe: 'serve unencrypted profiles over plain HTTP (unsafe)',
  },
  reports: { type: 'string', describe: 'store Report_Rule uploads in this directory, one file per MAC' },
  'reports-path': {
    type: 'string',
    default: '/reports/',
    describe: 'the URL path reports are uploaded under',
  },
  'report-limit': { type: 'number', default: 1024 * 1024, describe: 'largest report accepted, in bytes' },
  'max-connections': { type: 'number', default: 1024, describe: 'connections served at once, per port' },
  'print-nginx': {
    type: 'boolean',
    default: false,
    describe: 'print an nginx configuration doing the same checks, and exit',
  },
} as const;

export type ServeArgv = InferredOptionTypes<typeof options> & { dir: string | undefined };

export const builder = (y: Argv): Argv =>
  y
    .positional('dir', { type: 'string', describe: 'the output directory of spac build' })
    .options(options)
    .example('$0 serve out --http 8080', 'encrypted profiles over HTTP')
    .example(
      '$0 serve out --https 8443 --cert server.crt --key server.key --client-ca lab-ca.crt --http 8080',
      'bootstraps over HTTPS to their own phone only, encrypted profiles over HTTP',
    )
    .example(
      '$0 serve out --print-nginx --https 443 --cert server.crt --key server.key --client-ca ca.crt',
      'the same with nginx',
    );

function flagProblem(a: ServeArgv): string | undefined {
  if (a.http === undefined && a.https === undefined) return 'name a port: --http PORT and/or --https PORT';
  for (const [flag, port] of [
    ['--http', a.http],
    ['--https', a.https],
  ] as const)
    if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535))
      return `${flag} takes a port, 0 to 65535`;
  if (a.https !== undefined && (a.cert === undefined || a.key === undefined))
    return '--https needs --cert and --key';
  if (a['client-ca'] !== undefined && a.https === undefined) return '--client-ca needs --https';
  if (!(Number.isInteger(a['report-limit']) && a['report-limit'] > 0))
    return '--report-limit takes a positive whole number';
  if (!a['reports-path'].startsWith('/') || !a['reports-path'].endsWith('/'))
    return "--reports-path starts and ends with '/'";
  return undefined;
}

export async function run(a: ServeArgv, io: Io): Promise<number> {
  const dir = a.dir ?? '';
  const problem = flagProblem(a);
  if (problem !== undefined) return usageError(io, problem, 'serve');
  const failed: Diagnostic[] = [];
  const manifest = (await readText(io, `${dir}/manifest.json`, failed)) ?? '';
  const tls =
    a.https === undefined
      ? undefined
      : {
          port: a.https,
          cert: (await readText(io, a.cert, failed)) ?? '',
          key: (await readText(io, a.key, failed)) ?? '',
          ...(a['client-ca'] === undefined
            ? {}
            : { clientCa: (await readText(io, a['client-ca'], failed)) ?? '' }),
        };
  if (failed.length > 0) {
    report(failed, new Map(), io, io.stderr);
    if (!manifest) io.stderr.write(`spac: '${dir}' is not the output of spac build (no manifest.json)\n`);
    return EXIT_USAGE;
  }
  if (a['print-nginx']) {
    io.stdout.write(
      nginxConfig(
        {
          dir,
          ...nginxPorts(a),
          macField: a['mac-field'],
          reportsPath: a['reports-path'],
          allowPlain: a['allow-plain'],
        },
        manifest,
      ),
    );
    return EXIT_OK;
  }
  if (a['allow-plain'])
    io.stderr.write(
      'spac: WARNING: --allow-plain serves unencrypted profiles (passwords in clear) over plain HTTP\n',
    );
  return serveUntilStopped(io, {
    dir,
    host: a.host,
    ...(a.http === undefined ? {} : { http: a.http }),
    ...(tls ? { https: tls } : {}),
    macField: a['mac-field'],
    rules: {
      allowPlain: a['allow-plain'],
      reportsPath: a.reports === undefined ? undefined : a['reports-path'],
      healthPath: '/healthz',
    },
    ...(a.reports === undefined ? {} : { reportsDir: a.reports }),
    reportLimit: a['report-limit'],
    maxConnections: a['max-connections'],
    log: (line) => {
      io.stdout.write(`${line}\n`);
    },
  });
}

const nginxPorts = (a: ServeArgv) => ({
  ...(a.http === undefined ? {} : { http: a.http }),
  ...(a.https === undefined
    ? {}
    : {
        https: {
          port: a.https,
          cert: a.cert ?? '',
          key: a.key ?? '',
          ...(a['client-ca'] ? { clientCa: a['client-ca'] } : {}),
        },
      }),
});

async function serveUntilStopped(io: Io, options: ServeOptions): Promise<number> {
  let serving;
  try {
    serving = await startServing(options);
  } catch (error) {
    io.stderr.write(`spac: cannot serve: ${reasonOf(error)}\n`);
    return EXIT_USAGE;
  }
  const urls = [
    serving.http === undefined ? undefined : `http://${options.host}:${String(serving.http)}`,
    serving.https === undefined ? undefined : `https://${options.host}:${String(serving.https)}`,
  ].filter((u) => u !== undefined);
  io.stderr.write(`spac: serving '${options.dir}' on ${urls.join(' and ')}\n`);
  await io.untilStopped();
  await serving.close();
  io.stderr.write('spac: stopped\n');
  return EXIT_OK;
}
