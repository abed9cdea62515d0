// Rules stage (findings): a problem inside one rule value, before it is placed in a file.
// Input: a catalogue code, offsets inside the value and a message. Output: plain data.
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import type { Span } from './ast.js';

export interface ValueEdit {
  readonly description: string;
  readonly span: Span;
  readonly text: string;
}

export interface RuleProblem {
  readonly code: DiagnosticCode;
  readonly span: Span;
  readonly message: string;
  readonly fix?: ValueEdit;
}

export const ruleProblem = (
  code: DiagnosticCode,
  span: Span,
  message: string,
  fix?: ValueEdit,
): RuleProblem => ({ code, span, message, ...(fix ? { fix } : {}) });

export const at = (start: number, length = 1): Span => ({ start, end: start + length });
