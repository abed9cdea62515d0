import type { Config, RuleSetting } from './config.js';
/** One config file as read: `dir` is its folder, the base of its relative paths and globs. */
export interface LoadedConfig {
    readonly file: string;
    readonly dir: string;
    readonly config: Config;
}
export interface FileSettings {
    readonly target?: string;
    readonly schema?: readonly string[];
    readonly rules: Readonly<Record<string, RuleSetting>>;
    /** The config files that shaped these settings, nearest first. */
    readonly from: readonly string[];
}
/** `chain` is nearest first, then what it extends; later overrides and nearer files win. */
export declare function settingsFor(chain: readonly LoadedConfig[], file: string): FileSettings;
