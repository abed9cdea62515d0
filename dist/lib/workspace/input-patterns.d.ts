import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { WorkspaceHost } from './host.js';
export interface ExpandedInputs {
    readonly files: string[];
    readonly diagnostics: Diagnostic[];
}
/** `-` and plain file paths pass through (a missing one is reported when read); a folder becomes its
 * profiles, a glob its matches, both without what .spacignore or the config's `ignore` leaves out. */
export declare function expandInputs(host: WorkspaceHost, paths: readonly string[], config?: string): Promise<ExpandedInputs>;
