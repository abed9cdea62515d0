// CLI shell (parallel fleet builds): `spac build --jobs N` shares the devices among N runs, this thread's
// and N-1 worker threads', each over the same inputs (so each reports alike), and merges what they find.
// Input: the build's options and a sink. Output: one FleetRun, as a single run would give it.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { diagnosticKey, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { buildFleet, type BuiltDevice, type FleetOptions, type FleetRun } from '../fleet/build.js';
import { nodeHost } from '../node/node-host.js';

/** The file a worker thread starts from: the CLI's own entry registers itself (tests run without one). */
let entry: URL | undefined;
export const registerWorkerEntry = (url: URL): void => {
  entry = url;
};

/** One part per CPU but one: each part is a whole V8 heap with its own garbage collector, and on two
 * CPUs a second part cost as much as it saved (measured: 10,000 and 100,000 devices, the same time,
 * twice the memory), so the default keeps a CPU for the first part's writes and collection. */
export const defaultJobs = (): number => Math.max(1, availableParallelism() - 1);

type PartOptions = Omit<FleetOptions, 'host'>;

interface PartData {
  readonly spacFleetPart: true;
  readonly options: PartOptions;
  readonly cwd: string;
  readonly part: number;
  readonly of: number;
}

type PartMessage =
  | { readonly type: 'device'; readonly device: BuiltDevice; readonly place: number }
  | { readonly type: 'progress' }
  | { readonly type: 'done'; readonly run: FleetRun };

export const isFleetPart = (data: unknown): data is PartData =>
  (data as { spacFleetPart?: unknown } | null)?.spacFleetPart === true;

/** In a worker thread: build this part, sending each device and then what was found. */
export async function runFleetPart(data: PartData, post: (message: PartMessage) => void): Promise<void> {
  const run = await buildFleet(
    { ...data.options, host: nodeHost(data.cwd) },
    {
      share: { part: data.part, of: data.of },
      sink: (device, place) => {
        post({ type: 'device', device, place });
        return Promise.resolve();
      },
      progress: () => {
        post({ type: 'progress' });
      },
    },
  );
  // Sources stay behind: the first run's, in this thread, render every report.
  post({ type: 'done', run: run.ok ? { ...run, sources: new Map() } : run });
}

export interface Hooks {
  readonly sink?: (device: BuiltDevice, place: number) => Promise<void>;
  readonly progress?: (done: number, total: number) => void;
}

/** Runs the build in `jobs` parts (one when there is no worker entry) and merges them. */
export async function buildInParts(options: FleetOptions, jobs: number, hooks: Hooks): Promise<FleetRun> {
  const parts = entry === undefined ? 1 : Math.max(1, jobs);
  if (parts === 1) return buildFleet(options, hooks);
  const { host, ...rest } = options;
  let done = 0;
  let total = 0;
  const tick = () => hooks.progress?.(++done, total);
  const workers = Array.from({ length: parts - 1 }, (_, i) =>
    part(rest, host.cwd, i + 1, parts, hooks, tick),
  );
  const ownProgress = (_done: number, all: number) => {
    total = all;
    tick();
  };
  const own = buildFleet(options, { ...hooks, share: { part: 0, of: parts }, progress: ownProgress });
  const runs = await Promise.all([own, ...workers]);
  return merge(runs);
}

function part(
  options: PartOptions,
  cwd: string,
  index: number,
  of: number,
  hooks: Hooks,
  progress: () => void,
): Promise<FleetRun> {
  const data: PartData = { spacFleetPart: true, options, cwd, part: index, of };
  const worker = new Worker(entry as URL, { workerData: data });
  let writing = Promise.resolve();
  return new Promise((resolve, reject) => {
    worker.on('message', (message: PartMessage) => {
      if (message.type === 'progress') progress();
      else if (message.type === 'device')
        writing = writing.then(() => hooks.sink?.(message.device, message.place));
      else
        void writing.then(() => {
          resolve(message.run);
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
