// CLI shell: checks profiles as `spac check` and the language server do: each file with the settings of
// its config, the target of its `spac: target=` directive, suppressions and the config's severities.
// Input: inputs, an Io and the command-line flags. Output: sorted diagnostics with their sources.
import { check } from '../api.js';
import type { FileSettings } from '../config/settings.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { applySeverities } from '../diagnostics/suppress.js';
import { targetDirective } from '../editor/hover.js';
import type { UnwrapOptions } from '../encrypt/unwrap.js';
import type { Input } from '../model/load.js';
import { fileSettings } from './file-settings.js';
import type { Io } from './io.js';
import { schemaOptions, type SchemaArgs } from './schema-args.js';
import { EXIT_USAGE, hostFor, report } from './shared.js';

export interface AnalyzeFlags extends SchemaArgs {
  readonly config?: string;
  readonly encrypted?: boolean;
  readonly keys?: UnwrapOptions;
}

export type Analysis =
  | { readonly ok: true; readonly diagnostics: Diagnostic[]; readonly sources: Map<string, string> }
  | { readonly ok: false; readonly exit: number };

export async function analyze(io: Io, inputs: readonly Input[], flags: AnalyzeFlags): Promise<Analysis> {
  const found = await fileSettings(
    io,
    inputs.map((i) => i.file),
    flags.config,
  );
  if (!found.ok) {
    report(found.diagnostics, found.sources, io, io.stderr);
    return { ok: false, exit: EXIT_USAGE };
  }
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  for (const group of groups(inputs, found.settings, flags)) {
    const picked = await schemaOptions(group.schemaArgs, io);
    if (!picked.ok) return picked;
    const host = hostFor(io, flags.keys ?? {});
    const result = await check(group.inputs, {
      ...picked.options,
      host,
      encrypted: flags.encrypted === true,
    });
    diagnostics.push(...result.diagnostics);
    for (const [file, text] of result.sources) sources.set(file, text);
  }
  const rulesOf = (file: string) => found.settings.get(file)?.rules ?? {};
  return { ok: true, diagnostics: sortDiagnostics(applySeverities(diagnostics, rulesOf)), sources };
}

/** The schema arguments of one file: flags first, then its directive, then its config. */
export function schemaArgsFor(
  input: Input,
  settings: FileSettings | undefined,
  flags: SchemaArgs,
): SchemaArgs {
  const target = flags.target ?? targetDirective(input.text) ?? settings?.target;
  const schema = flags.schema ?? settings?.schema;
  return { ...(target === undefined ? {} : { target }), ...(schema === undefined ? {} : { schema }) };
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
