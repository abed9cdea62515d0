// Fleet stage (build): layers plus an inventory become one checked, optionally encrypted profile per
// device (and a bootstrap profile with --bootstrap), handed one device at a time to a sink, so the
// outputs are never all in memory. Input: paths, choices and a WorkspaceHost. Output: diagnostics and
// the manifest's devices; nothing here writes: the caller's sink does, and throws the output away when
// the build has errors.
import { posix } from 'node:path';
import { diagnostic, hasErrors, range, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadProfiles, type Loaded } from '../parser/load.js';
import { schemaIndex, type SchemaIndex } from '../schema/lookup.js';
import type { SchemaFile } from '../schema/schema-types.js';
import type { WorkspaceHost } from '../workspace/host.js';
import { importHost, readInputs } from '../workspace/inputs.js';
import { hideSecrets } from '../workspace/secrets.js';
import { confined, importRoots } from '../workspace/import-roots.js';
import { outputSettings, type Refusal } from '../workspace/schema-choice.js';
import type { Severities } from '../workspace/suppressions.js';
import { readColumns } from './columns.js';
import { maskedInventory, maskUnparsed, secretColumn } from './mask.js';
import type { Packing } from './device-profile.js';
import { Run, type OwnLayers } from './run.js';
import { DeviceReader, layersOf, macColumnProblem, type KeySource } from './devices.js';
import { parseInventory, rowsOf, type Inventory } from './inventory.js';
import { defaultName } from './output-name.js';

export interface FleetOptions {
  readonly host: WorkspaceHost;
  readonly inventory: string;
  readonly layers: readonly string[];
  readonly packing: Packing;
  readonly name?: string;
  readonly target?: string;
  readonly schema?: readonly string[];
  readonly config?: string;
  readonly keys?: KeySource;
  readonly bootstrap?: { readonly name: string; readonly rule: string };
}

export interface BuiltFile {
  readonly path: string;
  readonly kind: 'profile' | 'bootstrap';
  readonly bytes: Uint8Array;
  readonly encrypted: boolean;
  /** Lower-case hex SHA-256 of `bytes` (the manifest has it; an output keeps an unchanged file by it). */
  readonly sha256: string;
}

/** A device as built (with its files' bytes) or as the manifest lists it (with their sizes and hashes). */
interface DeviceRecord<F> {
  readonly mac: string;
  readonly model?: string;
  readonly layers: readonly string[];
  readonly files: readonly F[];
}

export type BuiltDevice = DeviceRecord<BuiltFile>;

/** Where a build's files go (the Node host's is a directory built aside and swapped in whole). */
export interface FleetOutput {
  readonly write: (device: BuiltDevice) => Promise<void>;
  /** Writes the manifest (its text in pieces) and puts the new output in place of the old, at once. */
  readonly commit: (manifest: Iterable<string>) => Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Removes everything this build wrote; the previous output stays as it was. */
  readonly abort: () => Promise<void>;
  /** Set when other threads of this process may write the build's files themselves, each opening the
   * output anew from this (the Node output: its directory and the one being built beside it). */
  readonly shared?: SharedOutput;
  /** The manifest of the output being replaced, if there is one (read when asked: a large fleet's
   * manifest is not held for the whole build). */
  readonly previous: () => Promise<string | undefined>;
}

export interface SharedOutput {
  readonly dir: string;
  readonly temp: string;
}

export type OpenedOutput = { ok: true; output: FleetOutput } | { ok: false; reason: string };

export interface ManifestFile {
  readonly path: string;
  readonly kind: 'profile' | 'bootstrap';
  readonly size: number;
  readonly sha256: string;
  readonly encrypted: boolean;
}

export type ManifestDevice = DeviceRecord<ManifestFile>;

export type FleetRun =
  | {
      readonly ok: true;
      readonly diagnostics: Diagnostic[];
      readonly sources: Map<string, string>;
      /** Every device built, in inventory order; complete only when `diagnostics` hold no error. */
      readonly devices: ManifestDevice[];
      /** Each device's place among the inventory's devices (see FleetHooks.sink). */
      readonly places: number[];
    }
  | Refusal;

export interface FleetHooks {
  /** Called once per device that built cleanly, in inventory order; `place`: its place among the
   * inventory's devices (from 0), the same in every run over the same inputs. */
  readonly sink?: (device: BuiltDevice, place: number) => Promise<void>;
  readonly progress?: (done: number, total: number) => void;
  /** Whether this run builds the device at `place` (asked in increasing order; all when absent): runs in
   * parallel share a fleet (see claims.ts), each reporting everything else exactly as a whole run would. */
  readonly mine?: (place: number) => boolean;
}

/** The run: the inventory, its config and schemas, the shared layers; then row after row, each device
 * built as it is read (a fleet's rows are never all in memory). */
export async function buildFleet(options: FleetOptions, hooks: FleetHooks = {}): Promise<FleetRun> {
  const start = await prepare(options);
  if (!start.ok || 'failed' in start) return start.ok ? start.failed : start;
  const { inventory, sources } = start;
  const index = schemaIndex(start.schemas, start.target);
  const columns = readColumns(inventory, index.nameTable, keyColumnOf(options));
  const noMac = macColumnProblem(inventory);
  const early = [...columns.diagnostics, ...(noMac ? [noMac] : [])];
  const finish = (diagnostics: Diagnostic[], layers: readonly Loaded[], run?: Run): FleetRun => ({
    ok: true,
    ...shown({ inventory, sources, index, keyColumn: columns.columns.keyColumn }, diagnostics, layers),
    devices: run?.manifest ?? [],
    places: run?.places ?? [],
  });
  if (hasErrors(early)) return finish(early, [start.shared]);
  const reader = new DeviceReader(inventory, {
    schemas: start.schemas,
    target: start.target,
    // Without its column, every device would repeat the one problem SPAC8007 already names.
    keys: columns.diagnostics.some((d) => d.code === 'SPAC8007') ? undefined : options.keys,
    name: options.name ?? defaultName(options.packing.format),
    bootstrap: options.bootstrap?.name,
    resolveLayer: (p) => posix.join(posix.dirname(inventory.file), p),
  });
  const own = await deviceLayers(options.host, inventory);
  for (const loaded of own.loaded.values()) for (const [f, t] of loaded.sources) sources.set(f, t);
  const run = new Run(start, columns.columns, own, options, hooks);
  run.noted(early);
  let place = 0;
  for (const item of inventory.rows()) {
    const problems: Diagnostic[] = 'problem' in item ? [item.problem] : [];
    const device = 'problem' in item ? undefined : reader.read(item, problems);
    run.noted(problems);
    if (device === undefined) continue;
    if (hooks.mine?.(place) ?? true) await run.device(device, place);
    place++;
  }
  return finish(run.finish(), [start.shared, ...own.loaded.values()], run);
}

/** What a report may show: the layers' secrets blanked (hideSecrets), and the inventory only when a
 * problem points into it, with its key and password cells blanked. */
function shown(
  at: {
    inventory: Inventory;
    sources: ReadonlyMap<string, string>;
    index: SchemaIndex;
    keyColumn: string | undefined;
  },
  diagnostics: readonly Diagnostic[],
  layers: readonly Loaded[],
): { diagnostics: Diagnostic[]; sources: Map<string, string> } {
  const files = layers.flatMap((l) => l.files);
  const hidden = hideSecrets({ files, sources: at.sources }, at.index, sortDiagnostics(diagnostics));
  const file = at.inventory.file;
  if (hidden.diagnostics.some((d) => d.file === file))
    hidden.sources.set(file, maskedInventory(at.inventory, secretColumn(at.index, at.keyColumn)));
  else hidden.sources.delete(file);
  return hidden;
}

const keyColumnOf = (options: FleetOptions): string | undefined =>
  options.keys !== undefined && 'column' in options.keys ? options.keys.column : undefined;

interface Prepared {
  readonly ok: true;
  readonly inventory: Inventory;
  readonly sources: Map<string, string>;
  readonly schemas: readonly SchemaFile[];
  readonly target: string | undefined;
  readonly severities: Severities;
  readonly shared: Loaded;
}

type Preparation = Prepared | Refusal | { readonly ok: true; readonly failed: FleetRun };

async function prepare(options: FleetOptions): Promise<Preparation> {
  const { host } = options;
  const file = posix.normalize(options.inventory);
  const bytes = await host.readFile(file);
  if (!bytes.ok)
    return {
      ok: false,
      diagnostics: [diagnostic('SPAC9001', file, range(0), { file, reason: bytes.reason })],
      sources: new Map(),
    };
  const text = decode(bytes.bytes);
  const sources = new Map<string, string>([[file, text ?? '']]);
  const failed = (diagnostics: Diagnostic[]) => ({
    ok: true as const,
    failed: { ok: true as const, diagnostics, sources, devices: [], places: [] },
  });
  if (text === undefined)
    return failed([diagnostic('SPAC8001', file, range(0), {}, { message: 'encoding' })]);
  const picked = await outputSettings(host, file, {
    target: options.target,
    schema: options.schema,
    config: options.config,
  });
  if (!picked.ok) return picked;
  const parsed = parseInventory(text, file);
  if (!parsed.ok) {
    // Its code frames show lines the parser could not read: their keys and passwords are blanked too.
    const index = schemaIndex(picked.schemas, picked.options.target);
    sources.set(file, maskUnparsed(text, file, secretColumn(index, keyColumnOf(options))));
    return failed(sortDiagnostics(parsed.diagnostics));
  }
  const layerRead = await readInputs(options.layers, host);
  if (layerRead.failures.length > 0) return { ok: false, diagnostics: layerRead.failures, sources };
  const roots = await importRoots(host, [file, ...layerRead.inputs.map((i) => i.file)], [], options.config);
  const shared = await loadProfiles(layerRead.inputs, confined(importHost(host), roots, host));
  for (const [f, t] of shared.sources) sources.set(f, t);
  return {
    ok: true,
    inventory: parsed.inventory,
    sources,
    schemas: picked.schemas,
    target: picked.options.target,
    severities: picked.settings?.rules ?? {},
    shared,
  };
}

/** UTF-8, with or without BOM; anything else is refused rather than guessed. */
function decode(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Each device layer file is read and parsed once, however many devices use it; a first pass over the
 * rows, only when the inventory has a `layers` column. */
async function deviceLayers(host: WorkspaceHost, inventory: Inventory): Promise<OwnLayers> {
  const loaded = new Map<string, Loaded>();
  const failed = new Map<string, string>();
  if (!inventory.columns.has('layers')) return { loaded, failed };
  const paths = new Set<string>();
  const resolve = (p: string) => posix.join(posix.dirname(inventory.file), p);
  for (const row of rowsOf(inventory)) for (const path of layersOf(row, resolve)) paths.add(path);
  for (const path of paths) {
    const read = await readInputs([path], host);
    const input = read.inputs[0];
    if (input)
      loaded.set(
        path,
        await loadProfiles(
          [input],
          confined(importHost(host), await importRoots(host, [inventory.file, path]), host),
        ),
      );
    else
      failed.set(
        path,
        String(read.failures[0]?.params['reason'] ?? read.failures[0]?.message ?? 'cannot be read'),
      );
  }
  return { loaded, failed };
}
