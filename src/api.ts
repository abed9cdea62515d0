// Library API: the pipeline stages composed into check, compile and format.
// Input: profile texts (and a Host for imports). Output: plain results with diagnostics; nothing is thrown
// for bad input, and nothing here touches a file system, a console or the process.
import { emitText } from './codegen/emit-text.js';
import { emitXml, type EmitResult } from './codegen/emit-xml.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import type { Host } from './model/host.js';
import { layer } from './model/layer.js';
import { loadProfiles, parseOnce, type Input, type SplicedItem } from './model/load.js';
import { emptyNameTable, type NameTable } from './model/names.js';

export type OutputFormat = 'xml' | 'text';

export interface CheckResult {
  readonly diagnostics: Diagnostic[];
  /** Every source read, imports included, for rendering diagnostics. */
  readonly sources: ReadonlyMap<string, string>;
}

export interface CompileResult extends CheckResult {
  /** Present only when there are no error diagnostics. */
  readonly output?: string;
}

export interface CompileOptions {
  readonly host: Host;
  readonly format?: OutputFormat;
  readonly names?: NameTable;
}

/** Lints inputs and everything they import. */
export async function check(
  inputs: readonly Input[],
  options: { readonly host: Host },
): Promise<CheckResult> {
  const loaded = await loadProfiles(inputs, options.host);
  return { diagnostics: sortDiagnostics(loaded.diagnostics), sources: loaded.sources };
}

/** Layers inputs in order (later wins, like `import`) and emits one canonical profile. */
export async function compile(inputs: readonly Input[], options: CompileOptions): Promise<CompileResult> {
  const loaded = await loadProfiles(inputs, options.host);
  const items = layer(loaded.items);
  const emitted =
    (options.format ?? 'xml') === 'xml' ? emitXml(items) : emitText(items, options.names ?? emptyNameTable);
  return finish(loaded.diagnostics, emitted, loaded.sources);
}

export interface FormatResult extends CompileResult {
  /** True when the output differs from the input. */
  readonly changed: boolean;
}

/** Canonical layout of one file in its own format; imports stay imports. */
export function format(input: Input, names: NameTable = emptyNameTable): FormatResult {
  const loader = { parsed: new Map(), sources: new Map<string, string>(), diagnostics: [] as Diagnostic[] };
  const { profile } = parseOnce(loader, input);
  // The XML front end never produces imports; the filter only narrows the type.
  const emitted =
    profile.format === 'xml'
      ? emitXml(profile.items.filter((i): i is SplicedItem => i.kind !== 'import'))
      : emitText(profile.items, names);
  const result = finish(loader.diagnostics, emitted, loader.sources);
  return { ...result, changed: result.output !== undefined && result.output !== input.text };
}

function finish(
  parsed: readonly Diagnostic[],
  emitted: EmitResult,
  sources: ReadonlyMap<string, string>,
): CompileResult {
  const diagnostics = sortDiagnostics([...parsed, ...emitted.diagnostics]);
  // Codegen diagnostics about values are meaningless when parsing already failed.
  const shown = hasErrors(parsed) ? sortDiagnostics(parsed) : diagnostics;
  return hasErrors(shown)
    ? { diagnostics: shown, sources }
    : { diagnostics: shown, sources, output: emitted.text };
}
