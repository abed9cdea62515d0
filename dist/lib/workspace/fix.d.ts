import { type Diagnostic, type Fix } from '../diagnostics/diagnostic.js';
import { type AnalyzeFlags, type WorkspaceCheck } from './analyze.js';
import type { WorkspaceHost } from './host.js';
export interface FixedFile {
    readonly file: string;
    readonly before: string;
    readonly after: string;
    /** Both as reports show them: secrets blanked unless the flags say showSecrets (for a diff). */
    readonly shown: {
        readonly before: string;
        readonly after: string;
    };
}
export type FixRun = {
    readonly ok: true;
    readonly check: Extract<WorkspaceCheck, {
        ok: true;
    }>;
    readonly fixed: FixedFile[];
} | Extract<WorkspaceCheck, {
    ok: false;
}>;
export declare function fixFiles(host: WorkspaceHost, paths: readonly string[], flags: AnalyzeFlags): Promise<FixRun>;
/** Applies fixes that do not touch one another, in one pass over them in order (the first wins; the next
 * pass of fixFiles sees the rest again). */
export declare function applyFixes(text: string, fixes: readonly Fix[]): string;
/** How many diagnostics carry a fix that --fix would apply (for the report's summary). */
export declare const fixableCount: (diagnostics: readonly Diagnostic[]) => number;
