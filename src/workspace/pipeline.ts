// Library API: the pipeline stages composed into check, compile and format.
// Input: profile texts (and a Host for imports). Output: plain results with diagnostics; nothing is thrown
// for bad input, and nothing here touches a file system, a console or the process.
import { familyFor, fromBinary, toBinary } from '../binary/binary.js';
import type { OpenOptions, SealOptions } from '../binary/container.js';
import { emitText } from '../codegen/emit-text.js';
import { emitXml, type EmitResult } from '../codegen/emit-xml.js';
import {
  failureDiagnostic,
  hasErrors,
  isFixable,
  sortDiagnostics,
  type Diagnostic,
} from '../diagnostics/diagnostic.js';
import { lineIndex, type LineIndex } from '../text/line-index.js';
import {
  applySeverities,
  applySuppressions,
  isDirective,
  type FileComment,
  type Severities,
} from './suppressions.js';
import { catalog, type DiagnosticCode } from '../diagnostics/catalog.js';
import { wrapProfile, type WrapOptions } from '../encrypt/wrap.js';
import type { Host } from '../model/host.js';
import { layer } from '../model/layer.js';
import { loadProfiles, parseOnce, type Input, type Loaded } from '../parser/load.js';
import { emptyNameTable, type NameTable } from '../model/names.js';
import { entriesOf, type Entry, type ProfileFile, type SplicedItem } from '../model/profile.js';
import type { DeviceFacts } from '../rules/device.js';
import { previewRules, type Preview } from '../rules/preview.js';
import { checkRules } from '../rules/check-profile-rules.js';
import { checkEntries } from '../schema/check.js';
import { schemaIndex, type SchemaIndex } from '../schema/lookup.js';
import { hideSecrets } from './secrets.js';
import {
  loadSchemaIndex,
  normalizeValues,
  unknownTargetDiagnostic,
  type SchemaOptions,
} from '../schema/schema-options.js';

export type OutputFormat = 'xml' | 'text' | 'bin';
export type { SchemaOptions };

export interface CheckResult {
  readonly diagnostics: Diagnostic[];
  /** Every source read, imports included, for rendering diagnostics. */
  readonly sources: ReadonlyMap<string, string>;
  /** With `errorsOnly`: the diagnostics left out that carry a fix --fix would apply (a report's summary
   * counts them). */
  readonly droppedFixable?: Diagnostic[];
}

export interface CompileResult extends CheckResult {
  /** The profile text (XML or SPC text), present only when there are no error diagnostics. */
  readonly output?: string;
  /** The file to write: the text packed as asked (gzip, AES-256-CBC), or the binary profile. */
  readonly bytes?: Uint8Array;
}

export interface CheckOptions extends SchemaOptions {
  readonly host: Host;
  /** Per-code severities for a file (from spac.config.json); `off` drops the code. */
  readonly severities?: (file: string) => Severities;
  /** Show secret values in code frames and messages (by default they are blanked). */
  readonly showSecrets?: boolean;
  /** Only errors are wanted (`spac check --quiet`): the rest are left out as soon as their severity is
   * final, before secrets are blanked in them and before they are sorted (a run may have 200,000). */
  readonly errorsOnly?: boolean;
}

export interface CompileOptions extends CheckOptions {
  readonly format?: OutputFormat;
  /** XML -> text names; by default the schema's. */
  readonly names?: NameTable;
  /** gzip and AES-256-CBC for XML and text output, as the phone decrypts them. */
  readonly wrap?: WrapOptions;
  /** Key, device binding and KDF cost of a binary profile. */
  readonly binary?: SealOptions;
}

interface Checked {
  readonly loaded: Loaded;
  readonly index: SchemaIndex | undefined;
  readonly diagnostics: Diagnostic[];
}

/** Parses inputs and their imports, then checks every file read against the schema, once each. */
async function load(inputs: readonly Input[], options: CheckOptions): Promise<Checked> {
  const loaded = await loadProfiles(inputs, options.host);
  const picked = await loadSchemaIndex(options);
  if (!picked.ok) {
    const first = inputs[0]?.file ?? '';
    return {
      loaded,
      index: undefined,
      diagnostics: [unknownTargetDiagnostic(first, picked), ...loaded.diagnostics],
    };
  }
  const index = picked.index;
  const perFile = loaded.files.map((f) => entriesOf(f.items));
  const entries = perFile.length === 1 ? (perFile[0] ?? []) : perFile.flat();
  const damaged = damagedBy(loaded.diagnostics);
  const wanted = options.errorsOnly === true ? showable(loaded, options.severities) : undefined;
  const schema = index
    ? checkEntries(entries, index, { ...options, damaged, ...(wanted ? { wanted } : {}) })
    : [];
  // A lone file with nothing set twice is its own layered set: its entries are those of its items.
  const layered = loaded.layered && perFile.length === 1 ? entries : entriesOf(layerLoaded(loaded));
  const rules = index ? checkRules(entries, layered, index, damaged) : [];
  const found = [...loaded.diagnostics, ...schema, ...rules];
  const all = tune(found, loaded, options);
  // The fixable ones stay until the end: the summary counts them.
  const tuned = options.errorsOnly === true ? all.filter((d) => d.severity === 'error' || isFixable(d)) : all;
  if (options.showSecrets === true) return { loaded, index, diagnostics: tuned };
  // Reports are cut from these sources: no secret in a frame, a snippet or a message.
  const hidden = hideSecrets(loaded, index, tuned);
  return { loaded: { ...loaded, sources: hidden.sources }, index, diagnostics: hidden.diagnostics };
}

/** For an errors-only check: whether a diagnostic of `code` in `file` could be shown. One that ends as no
 * error is dropped unseen, unless its file has suppression comments (which must still see it to tell a
 * used suppression from an unused one). */
function showable(
  loaded: Loaded,
  severities: CheckOptions['severities'],
): (code: DiagnosticCode, file: string) => boolean {
  const directives = new Set(
    loaded.files
      .filter((f) => f.items.some((item) => item.kind === 'comment' && isDirective(item.text)))
      .map((f) => f.file),
  );
  return (code, file) =>
    directives.has(file) || (severities?.(file)[code] ?? catalog[code].severity) === 'error';
}

function tune(diagnostics: readonly Diagnostic[], loaded: Loaded, options: CheckOptions): Diagnostic[] {
  return suppressAndTune(diagnostics, loaded, options.severities);
}

/** Suppression comments in the profiles, then the config's severities. */
export function suppressAndTune(
  diagnostics: readonly Diagnostic[],
  loaded: Pick<Loaded, 'files' | 'sources'>,
  severities?: (file: string) => Severities,
): Diagnostic[] {
  const { comments, lineOf } = profileComments(loaded);
  const kept = applySuppressions(diagnostics, comments, lineOf);
  return severities ? applySeverities(kept, severities) : kept;
}

/** Every comment of the files read, with its line, for suppressions. */
export function profileComments(loaded: Pick<Loaded, 'files' | 'sources'>): {
  comments: FileComment[];
  lineOf: (file: string, offset: number) => number;
} {
  // Built for a file only when a comment or a problem in it asks: most files have neither.
  const indexes = new Map<string, LineIndex>();
  const indexOf = (file: string) => {
    let found = indexes.get(file);
    if (!found) indexes.set(file, (found = lineIndex(loaded.sources.get(file) ?? '')));
    return found;
  };
  const lineOf = (file: string, offset: number) => indexOf(file).position(offset).line - 1;
  const comments: FileComment[] = loaded.files.flatMap((f) =>
    f.items.flatMap((item) =>
      item.kind === 'comment'
        ? [{ file: f.file, text: item.text, range: item.range, line: lineOf(f.file, item.range.start) }]
        : [],
    ),
  );
  return { comments, lineOf };
}

/** Entries a syntax error ran through: their values are the parser's recovery, not the author's. */
export function damagedBy(parsed: readonly Diagnostic[]): (entry: Entry) => boolean {
  const errors = parsed.filter((d) => d.severity === 'error');
  return (entry) =>
    errors.some(
      (e) => e.file === entry.file && e.range.start <= entry.range.end && e.range.end >= entry.range.start,
    );
}

/** Lints inputs and everything they import. */
export async function check(inputs: readonly Input[], options: CheckOptions): Promise<CheckResult> {
  const { loaded, diagnostics } = await load(inputs, options);
  if (options.errorsOnly !== true)
    return { diagnostics: sortDiagnostics(diagnostics), sources: loaded.sources };
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const droppedFixable = diagnostics.filter((d) => d.severity !== 'error');
  return { diagnostics: sortDiagnostics(errors), sources: loaded.sources, droppedFixable };
}

/** Layers inputs in order (later wins, like `import`) and emits one canonical profile. */
export async function compile(inputs: readonly Input[], options: CompileOptions): Promise<CompileResult> {
  // Secrets are not exposed in a file only its key opens (a MAC alone is no secret).
  const encrypted =
    options.encrypted === true || options.wrap?.key !== undefined || options.binary?.key !== undefined;
  const { loaded, index, diagnostics } = await load(inputs, { ...options, encrypted });
  const items = normalizeValues(layerLoaded(loaded), index);
  if (options.format === 'bin')
    return compileBinary(diagnostics, entriesOf(items), index, loaded.sources, options);
  const names = options.names ?? index?.nameTable ?? emptyNameTable;
  const emitted = (options.format ?? 'xml') === 'xml' ? emitXml(items) : emitText(items, names);
  const result = finish(diagnostics, emitted, loaded.sources);
  return result.output === undefined
    ? result
    : { ...result, bytes: wrapProfile(result.output, options.wrap) };
}

function compileBinary(
  checked: readonly Diagnostic[],
  entries: readonly Entry[],
  index: SchemaIndex | undefined,
  sources: ReadonlyMap<string, string>,
  options: CompileOptions,
): CompileResult {
  const diagnostics = sortDiagnostics(checked);
  if (hasErrors(diagnostics)) return { diagnostics, sources };
  return { diagnostics, sources, bytes: toBinary(entries, familyFor(entries, index), options.binary) };
}

export interface DecompileOptions extends SchemaOptions, OpenOptions {
  readonly format?: Exclude<OutputFormat, 'bin'>;
}

/** A binary profile back to XML or SPC text, with the schemas it was built against. */
export async function decompile(
  bytes: Uint8Array,
  file: string,
  options: DecompileOptions,
): Promise<CompileResult> {
  const picked = await loadSchemaIndex(options);
  const schemas = picked.ok && picked.index ? picked.index.schemas : [];
  const read = fromBinary(bytes, file, schemas, options);
  if (!read.ok) return { diagnostics: [failureDiagnostic(read, file)], sources: new Map() };
  const emitted =
    options.format === 'text'
      ? emitText(read.entries, schemaIndex([read.family]).nameTable)
      : emitXml(read.entries);
  const result = finish([], emitted, new Map());
  return result.output === undefined ? result : { ...result, bytes: new TextEncoder().encode(result.output) };
}

export interface FormatResult extends CompileResult {
  /** True when the output differs from the input. */
  readonly changed: boolean;
  /** The file as parsed, to hide its secrets in a report. */
  readonly files: ProfileFile[];
}

/** Canonical layout of one file in its own format; imports stay imports. Values are not rewritten. */
export function format(input: Input, names: NameTable = emptyNameTable): FormatResult {
  const loader = { parsed: new Map(), sources: new Map<string, string>(), diagnostics: [] as Diagnostic[] };
  const { profile } = parseOnce(loader, input);
  // The XML front end never produces imports; the filter only narrows the type.
  const emitted =
    profile.format === 'xml'
      ? emitXml(profile.items.filter((i): i is SplicedItem => i.kind !== 'import'))
      : emitText(profile.items, names);
  const result = finish(loader.diagnostics, emitted, loader.sources);
  const changed = result.output !== undefined && result.output !== input.text;
  return { ...result, changed, files: [profile] };
}

function finish(
  checked: readonly Diagnostic[],
  emitted: EmitResult,
  sources: ReadonlyMap<string, string>,
): CompileResult {
  const diagnostics = sortDiagnostics([...checked, ...emitted.diagnostics]);
  // Codegen diagnostics about values are meaningless when parsing or checking already failed.
  const shown = hasErrors(checked) ? sortDiagnostics(checked) : diagnostics;
  return hasErrors(shown)
    ? { diagnostics: shown, sources }
    : { diagnostics: shown, sources, output: emitted.text };
}

export interface ExpandOptions extends CheckOptions {
  readonly device: DeviceFacts;
}

export interface ExpandResult extends CheckResult {
  readonly preview: Preview;
}

/** What one device fetches with the rules of a layered profile set; the set is checked on the way. */
export async function expand(inputs: readonly Input[], options: ExpandOptions): Promise<ExpandResult> {
  const { loaded, index, diagnostics } = await load(inputs, options);
  const preview = previewRules(entriesOf(layerLoaded(loaded)), index, options.device);
  return { diagnostics: sortDiagnostics(diagnostics), sources: loaded.sources, preview };
}

/** The file name diagnostics about a rule given on its own (`spac expand --rule`) carry. */
export const RULE_SOURCE = '<rule>';

/** One rule string, as the value of Profile_Rule, checked and run for a device. */
export async function expandRule(
  rule: string,
  options: SchemaOptions & { device: DeviceFacts },
): Promise<ExpandResult> {
  const entry: Entry = {
    kind: 'entry',
    name: 'Profile_Rule',
    nameFormat: 'text',
    path: [],
    access: undefined,
    value: rule,
    file: RULE_SOURCE,
    range: { start: 0, end: rule.length },
    nameRange: { start: 0, end: 0 },
    valueRange: { start: 0, end: rule.length },
  };
  const picked = await loadSchemaIndex(options);
  const index = picked.ok ? picked.index : undefined;
  const diagnostics = index ? checkRules([entry], [entry], index) : [];
  const preview = previewRules([entry], index, options.device, ['Profile_Rule']);
  return { diagnostics: sortDiagnostics(diagnostics), sources: new Map([[RULE_SOURCE, rule]]), preview };
}

/** What the phone applies: the items layered, unless loading found nothing set twice (then the loaded
 * items themselves, hence read-only). */
const layerLoaded = (loaded: Loaded): readonly SplicedItem[] =>
  loaded.layered ? loaded.items : layer(loaded.items);
