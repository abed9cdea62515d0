import type { LoadedConfig } from './settings.js';
import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { WorkspaceHost } from './host.js';
export type ChainResult = {
    readonly ok: true;
    readonly chain: readonly LoadedConfig[];
} | {
    readonly ok: false;
    readonly diagnostics: Diagnostic[];
    readonly sources: Map<string, string>;
};
export declare const absolute: (io: WorkspaceHost, path: string) => string;
/** The nearest config above `from` (a profile path), unless `explicit` names one. */
export declare function configChain(io: WorkspaceHost, from: string, explicit?: string): Promise<ChainResult>;
