// CLI commands `spac cert request|ca|sign|device|show`: the keys, signing requests and certificates of
// HTTPS provisioning (a server's, a lab CA's, lab phones'), and what a certificate says.
// Input: names, a CA prefix, files. Output: PREFIX.key (mode 0600) with PREFIX.csr or PREFIX.crt, or a
// description; nothing is written when anything is refused.
import { diagnostic, hasErrors, range, type Diagnostic } from '../../diagnostics/diagnostic.js';
import {
  makeAuthority,
  makeDevice,
  makeRequest,
  signRequest,
  type Authority,
  type Culprit,
} from '../../cert/make.js';
import { inspectPem, type CertificateFacts, type Field } from '../../cert/inspect.js';
import { parseSubject, serverCnProblem, type SubjectField } from '../../cert/names.js';
import { parseMac } from '../../rules/device.js';
import type { Io } from '../io.js';
import type { Select } from '../lazy-command.js';
import { invalidMac, usageError } from '../options.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, report } from '../output.js';
import type { Argv, InferredOptionTypes, Options } from 'yargs';

type Parsed<O extends Record<string, Options>> = InferredOptionTypes<O>;

/** What a maker needs besides its own inputs: how to say what is wrong, and where to write. */
interface Files {
  readonly io: Io;
  readonly prefix: string;
  readonly force: boolean;
}

/** Writes PREFIX.key (0600) and PREFIX.<ext>; an existing key is never replaced without --force, and
 * when the second write fails the first is taken back. */
async function writePair(
  files: Files,
  key: string | undefined,
  ext: 'csr' | 'crt',
  pem: string,
): Promise<number> {
  const { io, prefix } = files;
  const keyPath = `${prefix}.key`;
  if (key !== undefined && !files.force && (await io.readFile(keyPath)).ok) {
    return usageError(io, `'${keyPath}' exists: a private key is not replaced without --force`, 'cert');
  }
  const other = `${prefix}.${ext}`;
  const wrote = await io.writeFileAtomic(other, pem);
  if (!wrote.ok) return cannotWrite(io, other, wrote.reason);
  if (key === undefined) return EXIT_OK;
  const keyed = await io.writeFileAtomic(keyPath, key, { mode: 0o600 });
  if (keyed.ok) return EXIT_OK;
  await io.removeFile(other);
  return cannotWrite(io, keyPath, keyed.reason);
}

function cannotWrite(io: Io, file: string, reason: string): number {
  report([diagnostic('SPAC9002', file, range(0), { file, reason })], new Map(), io, io.stderr);
  return EXIT_USAGE;
}

/** The extra subject fields of --subject, or the exit code after saying what is wrong. */
function subjectOf(text: string | undefined, io: Io): SubjectField[] | number {
  if (text === undefined) return [];
  const parsed = parseSubject(text);
  if (parsed.ok) return parsed.value;
  report([diagnostic('SPAC8105', '', range(0), { problem: parsed.problem })], new Map(), io, io.stderr);
  return EXIT_ERRORS;
}

function keyBitsWarning(bits: number, io: Io): number | undefined {
  if (bits !== 1024 && (bits < 2048 || bits > 8192 || bits % 8 !== 0))
    return usageError(io, `--bits ${String(bits)}: give 1024, or 2048 to 8192 in steps of 8`, 'cert');
  if (bits < 2048)
    report([diagnostic('SPAC8102', '', range(0), { bits: String(bits) })], new Map(), io, io.stderr);
  return undefined;
}

export interface RequestArgs extends Files {
  readonly cn: string;
  readonly bits: number;
  readonly subject?: string;
}

export async function runRequest(args: RequestArgs, io: Io): Promise<number> {
  const problem = serverCnProblem(args.cn);
  if (problem) {
    const found = diagnostic('SPAC8101', '', range(0), { host: problem.host }, { message: problem.id });
    report([found], new Map(), io, io.stderr);
    return EXIT_ERRORS;
  }
  const extra = subjectOf(args.subject, io);
  if (typeof extra === 'number') return extra;
  const bad = keyBitsWarning(args.bits, io);
  if (bad !== undefined) return bad;
  const made = makeRequest(args.cn, args.bits, extra);
  return writePair(args, made.key, 'csr', made.pem);
}

export interface CaArgs extends RequestArgs {
  readonly days: number;
}

export async function runCa(args: CaArgs, io: Io): Promise<number> {
  const extra = subjectOf(args.subject, io);
  if (typeof extra === 'number') return extra;
  const bad = keyBitsWarning(args.bits, io);
  if (bad !== undefined) return bad;
  const made = makeAuthority(args.cn, args.bits, args.days, extra);
  return writePair(args, made.key, 'crt', made.pem);
}

/** PREFIX.crt and PREFIX.key of a CA, or the exit code after saying which cannot be read. */
async function readCa(prefix: string, io: Io): Promise<Authority | number> {
  const [cert, key] = await Promise.all([io.readFile(`${prefix}.crt`), io.readFile(`${prefix}.key`)]);
  const failed: Diagnostic[] = [];
  for (const [file, read] of [
    [`${prefix}.crt`, cert],
    [`${prefix}.key`, key],
  ] as const)
    if (!read.ok) failed.push(diagnostic('SPAC9001', file, range(0), { file, reason: read.reason }));
  if (failed.length > 0 || !cert.ok || !key.ok) {
    report(failed, new Map(), io, io.stderr);
    return EXIT_USAGE;
  }
  return { cert: new TextDecoder().decode(cert.bytes), key: new TextDecoder().decode(key.bytes) };
}

/** A CA or request that cannot be used: SPAC8103 at the file it is about. */
function refusedCa(
  io: Io,
  files: { ca: string; request?: string },
  refusal: { problem: string; culprit: Culprit },
): number {
  const file =
    refusal.culprit === 'request'
      ? (files.request ?? '')
      : `${files.ca}.${refusal.culprit === 'ca-key' ? 'key' : 'crt'}`;
  report(
    [diagnostic('SPAC8103', file, range(0), { file, problem: refusal.problem })],
    new Map(),
    io,
    io.stderr,
  );
  return EXIT_ERRORS;
}

export interface SignArgs extends Files {
  readonly ca: string;
  readonly request: string;
  readonly days: number;
}

export async function runSign(args: SignArgs, io: Io): Promise<number> {
  const ca = await readCa(args.ca, io);
  if (typeof ca === 'number') return ca;
  const csr = await io.readFile(args.request);
  if (!csr.ok) {
    report(
      [diagnostic('SPAC9001', args.request, range(0), { file: args.request, reason: csr.reason })],
      new Map(),
      io,
      io.stderr,
    );
    return EXIT_USAGE;
  }
  const signed = signRequest(ca, new TextDecoder().decode(csr.bytes), args.days);
  if (!signed.ok) return refusedCa(io, args, signed);
  return writePair(args, undefined, 'crt', signed.value);
}

export interface DeviceArgs extends Files {
  readonly ca: string;
  readonly mac: string;
  readonly model: string;
  readonly serial?: string;
  readonly generic: boolean;
  readonly bits: number;
  readonly days: number;
}

export async function runDevice(args: DeviceArgs, io: Io): Promise<number> {
  const mac = parseMac(args.mac);
  if (mac === undefined) return usageError(io, invalidMac(args.mac), 'cert');
  const bad = keyBitsWarning(args.bits, io);
  if (bad !== undefined) return bad;
  const ca = await readCa(args.ca, io);
  if (typeof ca === 'number') return ca;
  const identity = {
    mac,
    model: args.model,
    generic: args.generic,
    ...(args.serial ? { serial: args.serial } : {}),
  };
  const made = makeDevice(ca, identity, args.bits, args.days);
  if (!made.ok) return refusedCa(io, args, made);
  return writePair(args, made.value.key, 'crt', made.value.pem);
}

export interface ShowArgs {
  readonly file: string;
  readonly format: 'text' | 'json';
}

export async function runShow(args: ShowArgs, io: Io): Promise<number> {
  const read = await io.readFile(args.file);
  if (!read.ok) {
    report(
      [diagnostic('SPAC9001', args.file, range(0), { file: args.file, reason: read.reason })],
      new Map(),
      io,
      io.stderr,
    );
    return EXIT_USAGE;
  }
  const inspected = inspectPem(new TextDecoder().decode(read.bytes), args.file, new Date());
  if (inspected.ok)
    io.stdout.write(
      args.format === 'json'
        ? `${JSON.stringify(inspected.facts, null, 2)}\n`
        : showText(inspected.facts, args.file),
    );
  report(inspected.diagnostics, new Map(), io, io.stderr);
  return !inspected.ok || hasErrors(inspected.diagnostics) ? EXIT_ERRORS : EXIT_OK;
}

const names = (list: readonly Field[]) => list.map((f) => `${f.name}=${f.value}`).join(', ');

function showText(f: CertificateFacts, file: string): string {
  const device =
    f.device === 'generic'
      ? 'generic certificate (no identity)'
      : f.device && `${f.device.model}, MAC ${f.device.mac}, serial ${f.device.serial}`;
  const rows: [string, string | undefined][] = [
    ['subject', names(f.subject)],
    ['issuer', f.issuer && names(f.issuer)],
    ['valid', f.notBefore && f.notAfter && `${f.notBefore} to ${f.notAfter}`],
    ['key', f.keyBits === undefined ? undefined : `RSA ${String(f.keyBits)} bits`],
    ['ca', f.kind === 'certificate' ? (f.ca ? 'yes' : 'no') : undefined],
    ['names', f.altNames.length > 0 ? f.altNames.join(', ') : undefined],
    ['device', device],
    ['serial', f.serial],
    ['sha256', f.sha256],
  ];
  const body = rows
    .filter((r): r is [string, string] => r[1] !== undefined)
    .map(([k, v]) => `  ${k.padEnd(8)} ${v}\n`)
    .join('');
  return `${f.kind === 'request' ? 'certificate signing request' : 'certificate'} ${file}\n${body}`;
}

const prefixOption = {
  alias: 'o',
  type: 'string',
  demandOption: true,
  describe: 'write PREFIX.key and PREFIX.csr or PREFIX.crt',
} as const;
const forceOption = { type: 'boolean', default: false, describe: 'replace an existing PREFIX.key' } as const;
const bitsOption = {
  type: 'number',
  default: 2048,
  describe: 'RSA key size (1024 is accepted with a warning)',
} as const;
const subjectOption = {
  type: 'string',
  describe: "more subject fields, such as 'O=Example Ltd,C=GB'",
} as const;
const caOption = {
  type: 'string',
  demandOption: true,
  describe: 'the CA: reads PREFIX.crt and PREFIX.key',
} as const;
const daysOption = (days: number) =>
  ({ type: 'number', default: days, describe: 'days the certificate is valid' }) as const;

const requestOptions = {
  cn: { type: 'string', demandOption: true, describe: "the server's host name (FQDN, optionally /text)" },
  bits: bitsOption,
  subject: subjectOption,
  output: prefixOption,
  force: forceOption,
} as const;
const caOptions = {
  ...requestOptions,
  cn: { type: 'string', demandOption: true, describe: "the CA's name" },
  days: daysOption(3650),
} as const;
const signOptions = { ca: caOption, days: daysOption(825), output: prefixOption } as const;
const deviceOptions = {
  ca: caOption,
  mac: { type: 'string', demandOption: true, describe: "the phone's MAC address" },
  model: { type: 'string', demandOption: true, describe: 'the model, such as SPA504G' },
  serial: { type: 'string', describe: 'the serial number (default: the MAC in upper case)' },
  generic: {
    type: 'boolean',
    default: false,
    describe: 'the generic certificate of units made before firmware 2.0',
  },
  bits: bitsOption,
  days: daysOption(3650),
  output: prefixOption,
  force: forceOption,
} as const;
const showOptions = {
  format: { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'output format' },
} as const;

const files = (a: { output: string; force?: boolean | undefined }) => ({
  prefix: a.output,
  force: a.force ?? false,
});

/** `spac cert request|ca|sign|device|show`: each subcommand selects its run function. */
export const builder = (y: Argv, select: Select): Argv =>
  y
    .command(
      'request',
      "a server's key and certificate signing request (PREFIX.key, PREFIX.csr)",
      (s: Argv) =>
        s
          .options(requestOptions)
          .example('$0 cert request --cn prov.example.com -o server', 'server.key and server.csr'),
      (a: Parsed<typeof requestOptions>) => {
        const args = {
          cn: a.cn,
          bits: a.bits,
          ...(a.subject === undefined ? {} : { subject: a.subject }),
          ...files(a),
        };
        select((io) => runRequest({ ...args, io }, io));
      },
    )
    .command(
      'ca',
      "a lab CA standing in for the server CA and the phones' client root CA (PREFIX.key, PREFIX.crt)",
      (s: Argv) =>
        s
          .options(caOptions)
          .example('$0 cert ca --cn "Lab Provisioning CA" -o lab-ca', 'lab-ca.key and lab-ca.crt'),
      (a: Parsed<typeof caOptions>) => {
        const args = {
          cn: a.cn,
          bits: a.bits,
          days: a.days,
          ...(a.subject === undefined ? {} : { subject: a.subject }),
          ...files(a),
        };
        select((io) => runCa({ ...args, io }, io));
      },
    )
    .command(
      'sign <request>',
      'sign a server certificate signing request with a lab CA (PREFIX.crt)',
      (s: Argv) =>
        s
          .positional('request', { type: 'string', describe: 'the .csr file' })
          .options(signOptions)
          .example('$0 cert sign --ca lab-ca server.csr -o server', 'server.crt'),
      (a: Parsed<typeof signOptions & { request: { type: 'string' } }>) => {
        const args = { ca: a.ca, request: a.request ?? '', days: a.days, ...files(a) };
        select((io) => runSign({ ...args, io }, io));
      },
    )
    .command(
      'device',
      "a lab phone's client certificate with the phones' subject layout (PREFIX.key, PREFIX.crt)",
      (s: Argv) =>
        s
          .options(deviceOptions)
          .example(
            '$0 cert device --ca lab-ca --mac 00:0e:08:aa:bb:cc --model SPA504G -o dev',
            'dev.key and dev.crt',
          ),
      (a: Parsed<typeof deviceOptions>) => {
        const args = {
          ca: a.ca,
          mac: a.mac,
          model: a.model,
          generic: a.generic,
          bits: a.bits,
          days: a.days,
          ...(a.serial === undefined ? {} : { serial: a.serial }),
          ...files(a),
        };
        select((io) => runDevice({ ...args, io }, io));
      },
    )
    .command(
      'show <file>',
      'what a certificate or signing request says, with warnings a phone or provider should heed',
      (s: Argv) =>
        s.positional('file', { type: 'string', describe: 'a PEM .crt or .csr' }).options(showOptions),
      (a: Parsed<typeof showOptions & { file: { type: 'string' } }>) => {
        select((io) => runShow({ file: a.file ?? '', format: a.format }, io));
      },
    )
    .demandCommand(1, 'name a subcommand: request, ca, sign, device or show');
