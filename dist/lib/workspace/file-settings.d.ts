import { type FileSettings } from './settings.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type WorkspaceHost } from './host.js';
export type SettingsResult = {
    readonly ok: true;
    readonly settings: ReadonlyMap<string, FileSettings>;
} | {
    readonly ok: false;
    readonly diagnostics: Diagnostic[];
    readonly sources: Map<string, string>;
};
export declare function fileSettings(io: WorkspaceHost, files: readonly string[], explicit?: string): Promise<SettingsResult>;
