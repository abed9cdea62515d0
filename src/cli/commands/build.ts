// CLI command `spac build`: layers plus an inventory become one checked, optionally encrypted profile per
// device in an output directory swapped in whole, with a manifest. Input: the flags (and the `build`
// section of spac.config.json). Output: the directory, diagnostics, a summary; exit 0, 1 or 2.
import { posix } from 'node:path';
import type { Argv, InferredOptionTypes } from 'yargs';
import { configChain } from '../../workspace/config-chain.js';
import { diagnostic, hasErrors, range, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { FleetOptions, FleetOutput } from '../../fleet/build.js';
import { buildInParts, defaultJobs } from '../fleet-jobs.js';
import type { KeySource } from '../../fleet/devices.js';
import { changesSince, manifestChunks, type Changes } from '../../fleet/manifest.js';
import pkg from '../../../package.json' with { type: 'json' };
import type { Io } from '../io.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, printReport, refuse, report } from '../output.js';
import { schemaOption, targetOption, usageError } from '../options.js';
import { progressBar } from '../progress.js';

const options = {
  inventory: {
    type: 'string',
    requiresArg: true,
    describe: 'devices: CSV with a header row, or JSON Lines',
  },
  // Not `array`: yargs would swallow what follows; repeat the flag instead.
  layer: {
    type: 'string',
    requiresArg: true,
    describe: 'a profile every device gets, in order (later wins); repeatable',
  },
  output: {
    alias: 'o',
    type: 'string',
    requiresArg: true,
    describe: 'the output directory (not with --check)',
  },
  name: {
    type: 'string',
    requiresArg: true,
    describe:
      "file name per device, with $MA, $MAU, $MAC, $PN, $PSN (default '$MA.xml'; '$MA.cfg' for text, '$MA.bin' for bin)",
  },
  format: { alias: 'f', choices: ['xml', 'text', 'bin'], describe: 'output format (default xml)' },
  target: targetOption,
  schema: schemaOption,
  config: {
    type: 'string',
    requiresArg: true,
    describe:
      'config file instead of the nearest spac.config.json (above the working directory for the build section, above the inventory for target and rules)',
  },
  'key-column': {
    type: 'string',
    requiresArg: true,
    describe: "the inventory column holding each device's key",
  },
  'key-derive-env': {
    type: 'string',
    requiresArg: true,
    describe: 'environment variable holding a master secret each device key is derived from',
  },
  digest: {
    choices: ['md5', 'sha256'],
    describe: 'key derivation digest of AES-256-CBC (md5 for SPA firmware, the default)',
  },
  gzip: { type: 'boolean', describe: 'compress before encrypting (xml, text)' },
  bootstrap: {
    type: 'string',
    requiresArg: true,
    describe: "also write a plain bootstrap profile per device at this name, such as 'init/$MA.xml'",
  },
  'bootstrap-rule': {
    type: 'string',
    requiresArg: true,
    describe: "the URL the bootstrap's Profile_Rule fetches the encrypted profile from",
  },
  jobs: {
    type: 'number',
    requiresArg: true,
    describe: 'parts of the fleet built at once, in worker threads (default: the number of CPUs)',
  },
  check: { type: 'boolean', describe: 'check the whole fleet and write nothing' },
  changed: {
    type: 'boolean',
    describe: 'list the devices added, changed and removed since the previous build',
  },
  diagnostics: {
    choices: ['pretty', 'compact', 'json', 'sarif', 'github', 'gitlab', 'junit'],
    default: 'pretty',
    describe: 'how diagnostics are printed',
  },
} as const;

export type BuildArgv = InferredOptionTypes<typeof options>;

/** The flags after the `build` section of spac.config.json filled what they left out. */
type Settled = Omit<BuildArgv, 'inventory' | 'format'> & {
  readonly inventory: string | undefined;
  readonly format: 'xml' | 'text' | 'bin';
};

export const builder = (y: Argv): Argv =>
  y
    .options(options)
    .example('$0 build --inventory devices.csv --layer common.cfg -o out/', 'one XML profile per device')
    .example(
      '$0 build --inventory devices.csv --layer common.cfg --key-derive-env PROV_SECRET -o out/',
      'encrypted, a key per device derived from one secret',
    )
    .example(
      "$0 build --inventory devices.csv --layer common.cfg --key-derive-env PROV_SECRET --bootstrap 'init/$MA.xml' --bootstrap-rule 'http://prov.example.com/$MA.xml' -o out/",
      'with HTTPS bootstrap profiles that hand each phone its key',
    )
    .example(
      '$0 build --inventory devices.csv --layer common.cfg --check',
      'the CI step: check, write nothing',
    );

const layersOf = (a: Settled): string[] => (a.layer === undefined ? [] : ([] as string[]).concat(a.layer));

/** Flags that make no sense together are a usage error, not a silent no-op. */
function flagProblem(a: Settled): string | undefined {
  if (a.check !== true && a.output === undefined)
    return 'name the output directory with -o (or check only with --check)';
  if (a.check === true && a.output !== undefined) return '--check writes nothing: leave out -o';
  if (a['key-column'] !== undefined && a['key-derive-env'] !== undefined)
    return 'give the device keys once: --key-column or --key-derive-env';
  if ((a.bootstrap === undefined) !== (a['bootstrap-rule'] === undefined))
    return '--bootstrap and --bootstrap-rule go together';
  if (a.bootstrap !== undefined && a['key-column'] === undefined && a['key-derive-env'] === undefined)
    return '--bootstrap hands each device its key: give --key-column or --key-derive-env';
  if (a.jobs !== undefined && !(Number.isInteger(a.jobs) && a.jobs >= 1))
    return '--jobs takes a whole number, 1 or more';
  if (a['bootstrap-rule'] !== undefined && /(^|\s|\[)--key\b/.test(a['bootstrap-rule']))
    return "--bootstrap-rule is given without '--key': spac adds the key option itself";
  if (a.format === 'bin' && (a.gzip === true || a.digest !== undefined))
    return '--gzip and --digest are for xml and text; a binary profile is compact and uses its own encryption';
  return undefined;
}

function keysOf(a: Settled, io: Io): KeySource | undefined | string {
  if (a['key-column'] !== undefined) return { column: a['key-column'] };
  const variable = a['key-derive-env'];
  if (variable === undefined) return undefined;
  const master = io.env[variable];
  return master === undefined || master === ''
    ? `the environment variable '${variable}' is not set or empty`
    : { master };
}

export async function run(argv: BuildArgv, io: Io): Promise<number> {
  const checked = await settle(argv, io);
  if ('exit' in checked) return checked.exit;
  const { a, keys } = checked;
  const opened = a.output === undefined ? undefined : await io.openFleetOutput(a.output);
  if (opened && !opened.ok) return cannotWrite(io, a.output ?? '', opened.reason);
  const output = opened?.ok ? opened.output : undefined;
  const bar = progressBar(io);
  const jobs = a.jobs ?? defaultJobs();
  const built = await buildInParts(fleetOptions(a, io, keys), jobs, {
    ...(output ? { output } : {}),
    progress: bar.update,
  });
  bar.done();
  const { fleet } = built;
  if (built.failure !== undefined) {
    await output?.abort();
    return cannotWrite(io, a.output ?? '', built.failure);
  }
  if (!fleet.ok) {
    await output?.abort();
    return refuse(fleet, io);
  }
  const how = { format: a.diagnostics, files: 1, stream: 'stderr', summary: false } as const;
  await printReport(fleet.diagnostics, fleet.sources, how, io);
  if (hasErrors(fleet.diagnostics)) {
    await output?.abort();
    const kept = a.output === undefined ? '' : `; '${a.output}' is as it was`;
    io.stderr.write(`spac: build failed: nothing written${kept}\n`);
    return EXIT_ERRORS;
  }
  return finish(a, io, fleet.devices, fleet.diagnostics, output);
}

/** The arguments after the config, checked, and the device keys; or the exit code of a usage error. */
async function settle(
  argv: BuildArgv,
  io: Io,
): Promise<{ a: Settled & { inventory: string }; keys: KeySource | undefined } | { exit: number }> {
  const configured = await withConfig(argv, io);
  if ('exit' in configured) return configured;
  const { inventory } = configured;
  if (inventory === undefined) {
    const message = 'name the inventory with --inventory (or build.inventory in spac.config.json)';
    return { exit: usageError(io, message, 'build') };
  }
  const problem = flagProblem(configured);
  if (problem !== undefined) return { exit: usageError(io, problem, 'build') };
  const keys = keysOf(configured, io);
  if (typeof keys === 'string') return { exit: usageError(io, keys, 'build') };
  return { a: { ...configured, inventory }, keys };
}

/** An output directory that cannot be made or swapped in: SPAC9002, exit 2. */
function cannotWrite(io: Io, dir: string, reason: string): number {
  report([diagnostic('SPAC9002', dir, range(0), { file: dir, reason })], new Map(), io, io.stderr);
  return EXIT_USAGE;
}

function fleetOptions(a: Settled & { inventory: string }, io: Io, keys: KeySource | undefined): FleetOptions {
  return {
    host: io,
    inventory: a.inventory,
    layers: layersOf(a),
    packing: {
      format: a.format,
      ...(a.digest === undefined ? {} : { digest: a.digest }),
      gzip: a.gzip === true,
    },
    ...(a.name === undefined ? {} : { name: a.name }),
    ...(a.target === undefined ? {} : { target: a.target }),
    ...(a.schema === undefined ? {} : { schema: ([] as string[]).concat(a.schema) }),
    ...(a.config === undefined ? {} : { config: a.config }),
    ...(keys === undefined ? {} : { keys }),
    ...(a.bootstrap === undefined || a['bootstrap-rule'] === undefined
      ? {}
      : { bootstrap: { name: a.bootstrap, rule: a['bootstrap-rule'] } }),
  };
}

async function finish(
  a: Settled,
  io: Io,
  devices: Parameters<typeof manifestChunks>[0],
  diagnostics: readonly Diagnostic[],
  output: FleetOutput | undefined,
): Promise<number> {
  const keySource =
    a['key-column'] !== undefined ? 'column' : a['key-derive-env'] !== undefined ? 'derived' : undefined;
  const manifest = manifestChunks(devices, {
    spac: pkg.version,
    format: a.format,
    layers: layersOf(a),
    encrypted: keySource !== undefined,
    ...(a.digest === undefined ? {} : { digest: a.digest }),
    gzip: a.gzip === true,
    ...(keySource === undefined ? {} : { keySource }),
  });
  const changes = a.changed === true ? changesSince(await output?.previous(), devices) : undefined;
  if (output) {
    const committed = await output.commit(manifest);
    if (!committed.ok) return cannotWrite(io, a.output ?? '', committed.reason);
  }
  if (changes) printChanges(changes, io, a.diagnostics);
  const files = devices.reduce((n, d) => n + d.files.length, 0);
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const where = output ? `written to '${a.output ?? ''}'` : 'checked';
  io.stderr.write(
    `${devices.length} device${devices.length === 1 ? '' : 's'}, ${files} file${files === 1 ? '' : 's'} ${where}; ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
  );
  return EXIT_OK;
}

/** On stdout, one line each, unless stdout carries a machine-readable report. */
function printChanges(changes: Changes, io: Io, format: string): void {
  const stream = format === 'pretty' || format === 'compact' ? io.stdout : io.stderr;
  for (const [word, macs] of [
    ['added', changes.added],
    ['changed', changes.changed],
    ['removed', changes.removed],
  ] as const)
    for (const mac of macs) stream.write(`${word} ${mac}\n`);
}

/** The nearest spac.config.json above the working directory (or --config) may hold a `build` section;
 * what a flag says wins, and paths in the config are relative to the config's folder. */
async function withConfig(a: BuildArgv, io: Io): Promise<Settled | { exit: number }> {
  const chain = await configChain(io, 'spac-build', a.config);
  if (!chain.ok) return { exit: refuse(chain, io) };
  const found = chain.chain.find((c) => c.config.build !== undefined);
  const build = found?.config.build ?? {};
  const here = (p: string) => posix.relative(io.cwd, posix.join(found?.dir ?? io.cwd, p)) || '.';
  const fromConfig = {
    inventory: build.inventory === undefined ? undefined : here(build.inventory),
    layer: build.layers?.map(here),
    // --check writes nothing, whatever the config names as output.
    output: build.output === undefined || a.check === true ? undefined : here(build.output),
    name: build.name,
    format: build.format,
    'key-column': build.keyColumn,
    'key-derive-env': build.keyDeriveEnv,
    digest: build.digest,
    gzip: build.gzip,
    bootstrap: build.bootstrap,
    'bootstrap-rule': build.bootstrapRule,
  };
  const given = Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined));
  const merged = {
    ...Object.fromEntries(Object.entries(fromConfig).filter(([, v]) => v !== undefined)),
    ...given,
  };
  return { ...(merged as BuildArgv), format: (merged['format'] as Settled['format'] | undefined) ?? 'xml' };
}
