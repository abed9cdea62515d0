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
export declare const ruleProblem: (code: DiagnosticCode, span: Span, message: string, fix?: ValueEdit) => RuleProblem;
export declare const at: (start: number, length?: number) => Span;
