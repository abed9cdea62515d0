// Diagnostics stage: the diagnostic record every stage produces, and helpers to build and sort them.
// Input: a code, a location and a message. Output: plain data, rendered only at the edge.
import { catalog, type DiagnosticCode, type Severity } from './catalog.js';

/** Half-open range of UTF-16 code-unit offsets into one source file. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface RelatedLocation {
  readonly file: string;
  readonly range: Range;
  readonly message: string;
}

export interface TextEdit {
  readonly file: string;
  readonly range: Range;
  readonly newText: string;
}

export interface Fix {
  readonly description: string;
  readonly edits: readonly TextEdit[];
  /** Applied by `spac check --fix`: the fixed file means what spac read (a missing ';', a canonical
   * spelling, a setting a later one overrides). A fix without it is a suggestion: a guess at what was
   * meant (a did-you-mean name or choice), offered in editors and reports, never applied unasked. */
  readonly safe?: true;
}

/** The named parameters of a message template (`{name}` in the catalog). */
export type MessageParams = Readonly<Record<string, string | number>>;

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** The catalog template `messageId` of `code`, filled with `params`. */
  readonly message: string;
  readonly messageId: string;
  readonly params: MessageParams;
  readonly file: string;
  readonly range: Range;
  readonly related?: readonly RelatedLocation[];
  readonly fix?: Fix;
  /** The device (its MAC as $MA) a fleet build found this for; shown before the message. */
  readonly device?: string;
}

/** The message as the text formats show it: with the device it concerns, if any, in front. */
export const shownMessage = (d: Pick<Diagnostic, 'message'> & { readonly device?: string }): string =>
  d.device === undefined ? d.message : `device ${d.device}: ${d.message}`;

export interface DiagnosticExtras {
  readonly related?: readonly RelatedLocation[];
  readonly fix?: Fix;
  readonly severity?: Severity;
  /** Which of the code's message templates; `default` when not given. */
  readonly message?: string;
}

export const range = (start: number, end: number = start): Range => ({ start, end });

/** A diagnostic whose message is the catalog's template for `code` filled with `params`. */
export function diagnostic(
  code: DiagnosticCode,
  file: string,
  at: Range,
  params: MessageParams = {},
  extras: DiagnosticExtras = {},
): Diagnostic {
  const messageId = extras.message ?? 'default';
  const severity = extras.severity ?? catalog[code].severity;
  const message = formatMessage(code, messageId, params);
  const { related, fix } = extras;
  // Literals of a few fixed shapes, not a spread: a check may make one per parameter of a large profile.
  const base = { code, severity, message, messageId, params, file, range: at };
  if (related && related.length > 0) return fix ? { ...base, related, fix } : { ...base, related };
  return fix ? { ...base, fix } : base;
}

/** Fills a template; a template or parameter that does not exist is a bug in spac, not in the input. */
export function formatMessage(code: DiagnosticCode, messageId: string, params: MessageParams): string {
  const messages: Readonly<Record<string, string>> = catalog[code].messages;
  const template = messages[messageId];
  if (template === undefined) throw new Error(`${code} has no message '${messageId}'`);
  const pieces = piecesOf(template);
  const out = pieces.slice();
  for (let i = 1; i < pieces.length; i += 2) {
    const value = params[pieces[i] as string];
    if (value === undefined) throw new Error(`${code} '${messageId}' needs the parameter '${pieces[i]}'`);
    out[i] = String(value);
  }
  // Joined, not replaced: one flat string, where a replacement keeps a tree of its pieces (a run of
  // 200,000 warnings holds every message to the end).
  return out.join('');
}

/** A template split once into text and parameter names: text at even places, names at odd ones. */
const templates = new Map<string, readonly string[]>();
function piecesOf(template: string): readonly string[] {
  let pieces = templates.get(template);
  if (!pieces) templates.set(template, (pieces = template.split(/\{(\w+)\}/)));
  return pieces;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');

/** The diagnostic carries a fix that `--fix` applies (a suggestion is only shown). */
export const isFixable = (d: Diagnostic): boolean => d.fix?.safe === true;

/** Deterministic order: by file (in the given order of first appearance), then position, then code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const fileOrder = new Map<string, number>();
  // Problems come file by file: the map is asked only where the file changes.
  let last: string | undefined;
  for (let i = 0; i < diagnostics.length; i++) {
    const file = (diagnostics[i] as Diagnostic).file;
    if (file !== last && !fileOrder.has((last = file))) fileOrder.set(file, fileOrder.size);
  }
  const order = (a: Diagnostic, b: Diagnostic): number =>
    (a.file === b.file ? 0 : (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0)) ||
    a.range.start - b.range.start ||
    a.range.end - b.range.end ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  // Stages hand on what an earlier one sorted: one pass says so, where sorting again costs n log n.
  let sorted = true;
  for (let i = 1; sorted && i < diagnostics.length; i++)
    sorted = order(diagnostics[i - 1] as Diagnostic, diagnostics[i] as Diagnostic) <= 0;
  return sorted ? [...diagnostics] : [...diagnostics].sort(order);
}

/** What a stage refuses before there is a place in a file to point at (an unopenable input): the code,
 * its template and parameters, and the message they make. */
export interface CodedFailure<C extends DiagnosticCode = DiagnosticCode> {
  readonly ok: false;
  readonly code: C;
  readonly messageId: string;
  readonly params: MessageParams;
  readonly message: string;
}

export const codedFailure = <C extends DiagnosticCode>(
  code: C,
  params: MessageParams,
  messageId = 'default',
): CodedFailure<C> => ({
  ok: false,
  code,
  messageId,
  params,
  message: formatMessage(code, messageId, params),
});

/** The diagnostic of a failure, at the start of `file`. */
export const failureDiagnostic = (failure: CodedFailure, file: string): Diagnostic =>
  diagnostic(failure.code, file, range(0), failure.params, { message: failure.messageId });

/** Problems located in a file (a JSONC reader's, say) as diagnostics of one code, each its `problem`. */
export const locatedDiagnostics = (
  code: DiagnosticCode,
  file: string,
  problems: readonly { readonly start: number; readonly end: number; readonly message: string }[],
): Diagnostic[] => problems.map((p) => diagnostic(code, file, range(p.start, p.end), { problem: p.message }));

/** The identity of a problem, for reporting each once however often it is found (a fleet's devices). */
export const diagnosticKey = (d: Diagnostic): string =>
  [d.code, d.file, String(d.range.start), String(d.range.end), d.message, d.device ?? ''].join('\u0000');

/** Quotes a user-supplied fragment for a message, keeping it short and on one line. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\r\n|\r|\n/g, '\\n').replace(/\t/g, '\\t');
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}'`;
}
