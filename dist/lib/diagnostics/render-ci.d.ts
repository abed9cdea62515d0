import { type Diagnostic } from './diagnostic.js';
import type { JsonDiagnostic } from './render.js';
export declare function renderSarif(json: readonly JsonDiagnostic[], tool: {
    name: string;
    version: string;
}): string;
export declare function renderGithub(json: readonly JsonDiagnostic[]): string;
/** GitHub shows at most 10 annotations of each kind per step: the summary lists every problem. */
export declare function githubSummary(json: readonly JsonDiagnostic[], files: number): string;
/** 'N files checked: E errors, W warnings' (and ', I infos' when there are any): every format's summary. */
export declare function checkedLine(diagnostics: readonly {
    readonly severity: Diagnostic['severity'];
}[], files: number): string;
