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
}

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly range: Range;
  readonly related?: readonly RelatedLocation[];
  readonly fix?: Fix;
}

export interface DiagnosticExtras {
  readonly related?: readonly RelatedLocation[];
  readonly fix?: Fix;
  readonly severity?: Severity;
}

export const range = (start: number, end: number = start): Range => ({ start, end });

export function diagnostic(
  code: DiagnosticCode,
  file: string,
  at: Range,
  message: string,
  extras: DiagnosticExtras = {},
): Diagnostic {
  return {
    code,
    severity: extras.severity ?? catalog[code].severity,
    message,
    file,
    range: at,
    ...rest(extras),
  };
}

function rest(extras: DiagnosticExtras): Pick<Diagnostic, 'related' | 'fix'> {
  return {
    ...(extras.related && extras.related.length > 0 ? { related: extras.related } : {}),
    ...(extras.fix ? { fix: extras.fix } : {}),
  };
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');

/** Deterministic order: by file (in the given order of first appearance), then position, then code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const fileOrder = new Map<string, number>();
  for (const d of diagnostics) if (!fileOrder.has(d.file)) fileOrder.set(d.file, fileOrder.size);
  return [...diagnostics].sort(
    (a, b) =>
      (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
      a.range.start - b.range.start ||
      a.range.end - b.range.end ||
      a.code.localeCompare(b.code),
  );
}

/** Problems located in a file (a JSONC reader's, say) as diagnostics of one code. */
export const locatedDiagnostics = (
  code: DiagnosticCode,
  file: string,
  problems: readonly { readonly start: number; readonly end: number; readonly message: string }[],
): Diagnostic[] => problems.map((p) => diagnostic(code, file, range(p.start, p.end), p.message));

/** Quotes a user-supplied fragment for a message, keeping it short and on one line. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\r\n|\r|\n/g, '\\n').replace(/\t/g, '\\t');
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}'`;
}
