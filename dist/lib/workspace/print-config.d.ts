import type { AnalyzeFlags } from './analyze.js';
import type { WorkspaceHost } from './host.js';
import type { RuleSetting } from './config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
export interface EffectiveSettings {
    readonly target: string | null;
    readonly targetFrom: 'flag' | 'directive' | 'config' | 'none';
    readonly schema: readonly string[] | null;
    readonly rules: Readonly<Record<string, RuleSetting>>;
    /** The config files read, nearest first. */
    readonly configs: readonly string[];
}
export type PrintedConfig = {
    readonly ok: true;
    readonly files: Record<string, EffectiveSettings>;
    readonly problems: Diagnostic[];
} | {
    readonly ok: false;
    readonly diagnostics: Diagnostic[];
    readonly sources: Map<string, string>;
};
export declare function effectiveSettings(host: WorkspaceHost, paths: readonly string[], flags: AnalyzeFlags): Promise<PrintedConfig>;
