import { type Diagnostic } from './diagnostic.js';
import type { JsonDiagnostic } from './render.js';
/** Where the run's paths are: relative ones are relative to `cwd`; `root` (the repository's top, or the
 * working directory) is SARIF's %SRCROOT%, which code scanning maps onto its checkout. Both absolute. */
export interface SarifPaths {
    readonly cwd: string;
    readonly root: string;
}
/** The path of a file below the root, relative to it; undefined for a file outside. */
export declare function rootRelative(file: string, paths: SarifPaths): string | undefined;
export declare function renderSarif(json: readonly JsonDiagnostic[], tool: {
    name: string;
    version: string;
}, paths?: SarifPaths): string;
export declare function renderGithub(json: readonly JsonDiagnostic[]): string;
/** GitHub shows at most 10 annotations of each kind per step: the summary lists every problem. */
export declare function githubSummary(json: readonly JsonDiagnostic[], files: number): string;
/** 'N files checked: E errors, W warnings' (and ', I infos' when there are any): every format's summary. */
export declare function checkedLine(diagnostics: readonly {
    readonly severity: Diagnostic['severity'];
}[], files: number): string;
