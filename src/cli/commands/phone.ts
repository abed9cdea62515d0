// CLI command `spac phone`: a simulated phone proving the provisioning path: resync after resync it runs
// its profile rules, fetches over HTTP or HTTPS (its client certificate shown, the server's checked),
// decrypts, applies, and reports. Input: its MAC, model, first rule, certificates, a state directory.
// Output: what it did (text or JSON; never a key or password); exit 1 when a step failed.
import { builtinSchemas } from '../../schema/builtin.js';
import { findModel, schemaIndex } from '../../schema/lookup.js';
import { parseMac } from '../../rules/device.js';
import { resync, type PhoneState, type Step } from '../../phone/phone.js';
import { nodeTransport } from '../../node/phone-transport.js';
import { diagnostic, range, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { readText, type Io } from '../io.js';
import { invalidMac, usageError } from '../options.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, report } from '../output.js';
import type { Argv, InferredOptionTypes } from 'yargs';
import type { Access } from '../../model/profile.js';

const options = {
  mac: { type: 'string', demandOption: true, describe: "the phone's MAC address" },
  model: { type: 'string', demandOption: true, describe: 'its model, such as SPA504G' },
  rule: { type: 'string', describe: 'its Profile_Rule to start with (default: the one in --state)' },
  cert: { type: 'string', describe: 'its client certificate (PEM), shown to HTTPS servers' },
  key: { type: 'string', describe: "its client certificate's key (PEM)" },
  ca: { type: 'string', describe: 'the CA it trusts for servers (PEM; default: the system CAs)' },
  state: { type: 'string', describe: 'keep its settings in DIR/<mac>.json between runs (mode 0600)' },
  resyncs: { type: 'number', default: 2, describe: 'resyncs to run' },
  resolve: { type: 'string', array: true, describe: "HOST:ADDRESS, as curl's --resolve (repeatable)" },
  format: { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'output format' },
} as const;

export type PhoneArgv = InferredOptionTypes<typeof options>;

export const builder = (y: Argv): Argv =>
  y
    .options(options)
    .example(
      "$0 phone --mac 00:0e:08:aa:bb:cc --model SPA504G --rule 'https://prov.example.com/init/$MA.xml' --cert dev.crt --key dev.key --ca lab-ca.crt",
      'first contact over HTTPS, then what the bootstrap profile points at',
    );

function resolveMap(pairs: readonly string[] | undefined): Map<string, string> | string {
  const out = new Map<string, string>();
  for (const pair of pairs ?? []) {
    const at = pair.indexOf(':');
    if (at <= 0 || at === pair.length - 1) return `--resolve '${pair}': give HOST:ADDRESS`;
    out.set(pair.slice(0, at).toLowerCase(), pair.slice(at + 1).replace(/^\[|\]$/g, ''));
  }
  return out;
}

export async function run(a: PhoneArgv, io: Io): Promise<number> {
  const mac = parseMac(a.mac);
  if (mac === undefined) return usageError(io, invalidMac(a.mac), 'phone');
  const schemas = await builtinSchemas();
  const found = findModel(schemas, a.model);
  if (!found) return usageError(io, `unknown model '${a.model}'`, 'phone');
  if (!(Number.isInteger(a.resyncs) && a.resyncs >= 1 && a.resyncs <= 100))
    return usageError(io, '--resyncs takes 1 to 100', 'phone');
  if ((a.cert === undefined) !== (a.key === undefined))
    return usageError(io, '--cert and --key go together', 'phone');
  const resolve = resolveMap(a.resolve);
  if (typeof resolve === 'string') return usageError(io, resolve, 'phone');
  const failed: Diagnostic[] = [];
  const tls = {
    cert: await readText(io, a.cert, failed),
    key: await readText(io, a.key, failed),
    ca: await readText(io, a.ca, failed),
  };
  const statePath = a.state === undefined ? undefined : `${a.state}/${mac}.json`;
  const saved = statePath === undefined ? undefined : await io.readFile(statePath);
  if (failed.length > 0) {
    report(failed, new Map(), io, io.stderr);
    return EXIT_USAGE;
  }
  const state = saved?.ok
    ? readState(new TextDecoder().decode(saved.bytes))
    : new Map<string, { value: string; access?: Access }>();
  if (a.rule !== undefined) state.set('Profile_Rule', { value: a.rule });
  const phone = { mac, model: found.model.name, index: schemaIndex(schemas, found.model.name), state };
  const transport = nodeTransport(
    {
      ...(tls.cert ? { cert: tls.cert } : {}),
      ...(tls.key ? { key: tls.key } : {}),
      ...(tls.ca ? { ca: tls.ca } : {}),
    },
    resolve,
  );
  const steps: Step[] = [];
  for (let n = 1; n <= a.resyncs; n++) steps.push(...(await resync(phone, n, transport)));
  if (statePath !== undefined) {
    const wrote = await io.writeFileAtomic(statePath, stateText(mac, state), { mode: 0o600 });
    if (!wrote.ok) {
      report(
        [diagnostic('SPAC9002', statePath, range(0), { file: statePath, reason: wrote.reason })],
        new Map(),
        io,
        io.stderr,
      );
      return EXIT_USAGE;
    }
  }
  io.stdout.write(
    a.format === 'json'
      ? `${JSON.stringify({ mac, model: phone.model, steps, settings: state.size }, null, 2)}\n`
      : stepsText(mac, phone.model, steps, state.size),
  );
  return steps.some((s) => s.error !== undefined) ? EXIT_ERRORS : EXIT_OK;
}

function stepsText(mac: string, model: string, steps: readonly Step[], settings: number): string {
  const lines = [`phone ${mac} (${model})`];
  if (steps.length === 0) lines.push('no rule fetched anything');
  for (const s of steps) {
    const what =
      s.rule === 'Report_Rule'
        ? `posted ${String(s.bytes)} bytes${s.encrypted ? ', encrypted' : ''}`
        : `${String(s.bytes)} bytes${s.encrypted ? ', decrypted' : ''}${s.applied === undefined ? '' : `, applied ${String(s.applied)} settings`}`;
    const status = s.status === undefined ? 'failed' : String(s.status);
    lines.push(
      `resync ${String(s.resync)}: ${s.rule} ${s.url}: ${status}, ${what}${s.error === undefined ? '' : `: ${s.error}`}`,
    );
  }
  lines.push(`state: ${String(settings)} settings`);
  return `${lines.join('\n')}\n`;
}

const stateText = (mac: string, state: PhoneState): string =>
  `${JSON.stringify({ mac, settings: Object.fromEntries(state) }, null, 2)}\n`;

/** A damaged state file starts the phone afresh, as a factory reset would. */
function readState(text: string): Map<string, { value: string; access?: Access }> {
  const out = new Map<string, { value: string; access?: Access }>();
  try {
    const parsed = JSON.parse(text) as { settings?: Record<string, { value?: unknown; access?: unknown }> };
    for (const [tag, held] of Object.entries(parsed.settings ?? {}))
      if (typeof held.value === 'string')
        out.set(tag, { value: held.value, ...(isAccess(held.access) ? { access: held.access } : {}) });
  } catch {
    return out;
  }
  return out;
}

const isAccess = (v: unknown): v is Access => v === 'na' || v === 'ro' || v === 'rw';
