// Workspace (analysis): checks profiles exactly as `spac check` and the language server do: each file
// with the settings of its config, the target of its `spac: target=` directive, suppressions and the
// config's severities. Input: inputs (or paths), a WorkspaceHost and the run's choices. Output: sorted
// diagnostics with their sources, or the refusal of a broken config or schema.
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { UnwrapOptions } from '../encrypt/unwrap.js';
import type { Input } from '../parser/load.js';
import { fileSettings } from './file-settings.js';
import type { WorkspaceHost } from './host.js';
import { importHost, readInputs } from './inputs.js';
import { expandInputs } from './input-patterns.js';
import { check } from './pipeline.js';
import { schemaArgsFor, schemaOptions, type Refusal, type SchemaArgs } from './schema-choice.js';
import type { FileSettings } from './settings.js';
import { confined, importRoots } from './import-roots.js';
import { append } from '../text/append.js';

export interface AnalyzeFlags extends SchemaArgs {
  /** A config file used instead of the nearest spac.config.json above each profile. */
  readonly config?: string;
  /** The profiles travel encrypted: their secrets are not a warning. */
  readonly encrypted?: boolean;
  readonly keys?: UnwrapOptions;
  /** Show secret values in code frames and messages (by default they are blanked). */
  readonly showSecrets?: boolean;
  /** Folders imports may also read from (see import-roots.ts). */
  readonly importRoots?: readonly string[];
  /** The name standard input is checked under (its config and imports are found from it). */
  readonly stdinName?: string;
  /** Only errors are wanted (see CheckOptions.errorsOnly). */
  readonly errorsOnly?: boolean;
}

export type Analysis =
  | {
      readonly ok: true;
      readonly diagnostics: Diagnostic[];
      readonly sources: Map<string, string>;
      /** With `errorsOnly`: the fixable diagnostics left out (see CheckResult.droppedFixable). */
      readonly droppedFixable?: Diagnostic[];
    }
  | Refusal;

export async function analyze(
  host: WorkspaceHost,
  inputs: readonly Input[],
  flags: AnalyzeFlags,
): Promise<Analysis> {
  const found = await fileSettings(
    host,
    inputs.map((i) => i.file),
    flags.config,
  );
  if (!found.ok) return found;
  const diagnostics: Diagnostic[] = [];
  const dropped: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const files = inputs.map((i) => i.file);
  const roots = await importRoots(host, files, flags.importRoots, flags.config);
  const grouped = groups(inputs, found.settings, flags);
  const rulesOf = (file: string) => found.settings.get(file)?.rules ?? {};
  for (const group of grouped) {
    const picked = await schemaOptions(group.schemaArgs, host);
    if (!picked.ok) return picked;
    const result = await check(group.inputs, {
      ...picked.options,
      host: confined(importHost(host, flags.keys ?? {}), roots, host),
      encrypted: flags.encrypted === true,
      showSecrets: flags.showSecrets === true,
      // The config's severities, applied with the suppressions: what is left out as no error must be
      // no error once the config has spoken.
      severities: rulesOf,
      ...(flags.errorsOnly === true ? { errorsOnly: true } : {}),
    });
    append(diagnostics, result.diagnostics);
    append(dropped, result.droppedFixable ?? []);
    for (const [file, text] of result.sources) sources.set(file, text);
  }
  // One group reads each file once: nothing can be found twice (a check of 200,000 problems skips it).
  const unique = grouped.length > 1 ? once(diagnostics) : diagnostics;
  const analysis = { ok: true as const, diagnostics: sortDiagnostics(unique), sources };
  if (flags.errorsOnly !== true) return analysis;
  return { ...analysis, droppedFixable: grouped.length > 1 ? once(dropped) : dropped };
}

/** A file imported by inputs of two targets is checked with each: what both find is said once. */
function once(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = [d.file, d.code, d.range.start, d.range.end, d.message, d.device ?? ''].join('\0');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Inputs that share a target and schemas are checked together (imports are read once). */
function groups(inputs: readonly Input[], settings: ReadonlyMap<string, FileSettings>, flags: SchemaArgs) {
  const byKey = new Map<string, { schemaArgs: SchemaArgs; inputs: Input[] }>();
  for (const input of inputs) {
    const schemaArgs = schemaArgsFor(input, settings.get(input.file), flags);
    const id = JSON.stringify([schemaArgs.target, schemaArgs.schema]);
    const group = byKey.get(id) ?? { schemaArgs, inputs: [] };
    group.inputs.push(input);
    byKey.set(id, group);
  }
  return [...byKey.values()];
}

export type WorkspaceCheck =
  | {
      readonly ok: true;
      readonly diagnostics: Diagnostic[];
      readonly sources: Map<string, string>;
      /** Some path could not be read at all: `spac check` exits 2. */
      readonly ioFailed: boolean;
      /** The files checked, once folders and globs were expanded. */
      readonly files: readonly string[];
      /** With `errorsOnly`: the fixable diagnostics left out (see CheckResult.droppedFixable). */
      readonly droppedFixable?: Diagnostic[];
    }
  | Refusal;

/** `spac check` as a library call: expands folders and globs, reads the paths (opening encrypted and
 * gzip'd ones with `keys`), then analyzes them. The CLI adds only the rendering and the exit code. */
export async function checkFiles(
  host: WorkspaceHost,
  paths: readonly string[],
  flags: AnalyzeFlags,
): Promise<WorkspaceCheck> {
  const { files, diagnostics: unmatched } = await expandInputs(host, paths, flags.config);
  const read = await readInputs(files, host, flags.keys, flags.stdinName);
  const encrypted = flags.encrypted === true || read.encrypted;
  const analysis = await analyze(host, read.inputs, { ...flags, encrypted });
  if (!analysis.ok) return analysis;
  const diagnostics = sortDiagnostics([...unmatched, ...read.failures, ...analysis.diagnostics]);
  const { sources, droppedFixable } = analysis;
  return {
    ok: true,
    diagnostics,
    sources,
    ioFailed: read.ioFailed,
    files,
    ...(droppedFixable ? { droppedFixable } : {}),
  };
}
