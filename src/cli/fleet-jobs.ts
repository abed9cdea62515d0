// CLI shell (parallel fleet builds): `spac build --jobs N` shares the devices among N runs, this thread's
// and N-1 worker threads', each over the same inputs (so each reports alike) and each writing its own
// devices' files into the output being built, and merges what they find.
// Input: the build's options and output. Output: one FleetRun, as a single run would give it.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { diagnosticKey, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import {
  buildFleet,
  type BuiltDevice,
  type FleetOptions,
  type FleetOutput,
  type FleetRun,
  type SharedOutput,
} from '../fleet/build.js';
import { claimer, claimTable } from '../fleet/claims.js';
import { joinFleetOutput } from '../node/fleet-output.js';
import { nodeHost, reasonOf } from '../node/node-host.js';
import { workerEntry } from './worker-entry.js';

/** One part per CPU: each part builds and writes its own devices. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

type PartOptions = Omit<FleetOptions, 'host'>;

interface PartData {
  readonly spacFleetPart: true;
  readonly options: PartOptions;
  readonly cwd: string;
  readonly part: number;
  readonly of: number;
  /** Which part builds which device (claims.ts), shared by the parts. */
  readonly claims: SharedArrayBuffer;
  /** Where the part writes its devices' files itself; absent: it sends them (or, checking, nothing). */
  readonly output?: SharedOutput;
  readonly sends: boolean;
}

type PartMessage =
  | { readonly type: 'device'; readonly device: BuiltDevice; readonly place: number }
  | { readonly type: 'progress' }
  | { readonly type: 'done'; readonly run: FleetRun; readonly failure?: string };

export const isFleetPart = (data: unknown): data is PartData =>
  (data as { spacFleetPart?: unknown } | null)?.spacFleetPart === true;

/** In a worker thread: build this part, writing (or sending) each device, then post what was found. */
export async function runFleetPart(data: PartData, post: (message: PartMessage) => void): Promise<void> {
  const writer = data.output ? await joinFleetOutput(data.output) : undefined;
  const send = (device: BuiltDevice, place: number) => {
    post({ type: 'device', device, place });
    return Promise.resolve();
  };
  const sink = writer ? (device: BuiltDevice) => writer.write(device) : data.sends ? send : undefined;
  const run = await buildFleet(
    { ...data.options, host: nodeHost(data.cwd) },
    {
      mine: claimer(data.claims, data.part, data.of),
      ...(sink ? { sink } : {}),
      progress: () => {
        post({ type: 'progress' });
      },
    },
  );
  let failure: string | undefined;
  try {
    writer?.settled();
  } catch (error) {
    failure = reasonOf(error);
  }
  // Sources stay behind: the first run's, in this thread, render every report.
  const done = run.ok ? { ...run, sources: new Map<string, string>() } : run;
  post({ type: 'done', run: done, ...(failure === undefined ? {} : { failure }) });
}

export interface Hooks {
  readonly output?: FleetOutput;
  readonly progress?: (done: number, total: number) => void;
}

/** The merged run, and why a part could not write its files (the output is then to be thrown away). */
export interface PartsRun {
  readonly fleet: FleetRun;
  readonly failure?: string;
}

/** Runs the build in `jobs` parts (one when there is no worker entry) and merges them. */
export async function buildInParts(options: FleetOptions, jobs: number, hooks: Hooks): Promise<PartsRun> {
  const { output } = hooks;
  const sink = output ? (device: BuiltDevice) => output.write(device) : undefined;
  const entry = workerEntry();
  const parts = entry === undefined ? 1 : Math.max(1, jobs);
  const own = (mine?: (place: number) => boolean, progress = hooks.progress) =>
    buildFleet(options, {
      ...(sink ? { sink } : {}),
      ...(mine ? { mine } : {}),
      ...(progress ? { progress } : {}),
    });
  if (parts === 1) return { fleet: await own() };
  let done = 0;
  let total = 0;
  const tick = () => hooks.progress?.(++done, total);
  const { host, ...rest } = options;
  const claims = claimTable();
  const workers = Array.from({ length: parts - 1 }, (_, i) => {
    const data: PartData = {
      spacFleetPart: true,
      options: rest,
      cwd: host.cwd,
      part: i + 1,
      of: parts,
      claims,
      ...(output?.shared ? { output: output.shared } : {}),
      sends: output !== undefined && output.shared === undefined,
    };
    return part(entry as URL, data, sink, tick);
  });
  const first = own(claimer(claims, 0, parts), (_done, all) => {
    total = all;
    tick();
  });
  const [mine, ...theirs] = await Promise.all([first, ...workers]);
  const failure = theirs.find((r) => r.failure !== undefined)?.failure;
  const fleet = merge([mine, ...theirs.map((r) => r.run)]);
  return failure === undefined ? { fleet } : { fleet, failure };
}

function part(
  entry: URL,
  data: PartData,
  sink: ((device: BuiltDevice) => Promise<void>) | undefined,
  progress: () => void,
): Promise<{ run: FleetRun; failure?: string }> {
  const worker = new Worker(entry, { workerData: data });
  let writing = Promise.resolve();
  return new Promise((resolve, reject) => {
    worker.on('message', (message: PartMessage) => {
      if (message.type === 'progress') progress();
      else if (message.type === 'device') writing = writing.then(() => sink?.(message.device));
      else
        void writing.then(() => {
          resolve(message);
        }, reject);
    });
    worker.on('error', reject);
  });
}

/** One run's findings from every part's: each problem once; an unused suppression only when no part
 * used it; the devices in inventory order. */
function merge(runs: readonly FleetRun[]): FleetRun {
  const [first] = runs;
  if (!first || !first.ok) return first ?? { ok: false, diagnostics: [], sources: new Map() };
  const refused = runs.find((r) => !r.ok);
  if (refused) return refused;
  const ok = runs.filter((r): r is Extract<FleetRun, { ok: true }> => r.ok);
  const counts = new Map<string, { diagnostic: Diagnostic; count: number }>();
  for (const run of ok)
    for (const d of run.diagnostics) {
      const key = diagnosticKey(d);
      const seen = counts.get(key) ?? { diagnostic: d, count: 0 };
      seen.count++;
      counts.set(key, seen);
    }
  const diagnostics = [...counts.values()]
    .filter(({ diagnostic, count }) => diagnostic.code !== 'SPAC7011' || count === ok.length)
    .map(({ diagnostic }) => diagnostic);
  const placed = ok.flatMap((r) => r.devices.map((device, i) => ({ device, place: r.places[i] ?? 0 })));
  placed.sort((a, b) => a.place - b.place);
  return {
    ok: true,
    diagnostics: sortDiagnostics(diagnostics),
    sources: first.sources,
    devices: placed.map((p) => p.device),
    places: placed.map((p) => p.place),
  };
}
