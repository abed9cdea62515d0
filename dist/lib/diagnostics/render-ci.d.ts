import type { JsonDiagnostic } from './render.js';
export declare function renderSarif(json: readonly JsonDiagnostic[], tool: {
    name: string;
    version: string;
}): string;
export declare function renderGithub(json: readonly JsonDiagnostic[]): string;
/** GitHub shows at most 10 annotations of each kind per step: the summary lists every problem. */
export declare function githubSummary(json: readonly JsonDiagnostic[], files: number): string;
