import type { Range } from '../diagnostics/diagnostic.js';
import type { Config, RuleSetting } from './config.js';
/** One config file as read: `dir` is its folder, the base of its relative paths and globs; `source`, its
 * name as diagnostics show it, its text, and where a value stands in it. */
export interface LoadedConfig {
    readonly file: string;
    readonly dir: string;
    readonly config: Config;
    readonly source?: {
        readonly file: string;
        readonly text: string;
        readonly at: (path: readonly (string | number)[]) => Range;
    };
}
/** Where a setting was written: the file as diagnostics name it, its text, and the value's range. */
export interface WrittenAt {
    readonly file: string;
    readonly text: string;
    readonly range: Range;
}
export interface FileSettings {
    readonly target?: string;
    /** Where `target` was set, when a config set it. */
    readonly targetAt?: WrittenAt | undefined;
    readonly schema?: readonly string[];
    readonly rules: Readonly<Record<string, RuleSetting>>;
    /** The config files that shaped these settings, nearest first. */
    readonly from: readonly string[];
}
/** `chain` is nearest first, then what it extends; later overrides and nearer files win. */
export declare function settingsFor(chain: readonly LoadedConfig[], file: string): FileSettings;
