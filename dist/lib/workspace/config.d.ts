import { type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
export declare const CONFIG_FILE = "spac.config.json";
export type RuleSetting = 'off' | 'warning' | 'error';
/** Settings for the files a section applies to; paths are relative to the config file. */
export interface ConfigSection {
    readonly target?: string;
    readonly schema?: readonly string[];
    readonly rules?: Readonly<Record<string, RuleSetting>>;
}
export interface ConfigOverride extends ConfigSection {
    /** Globs, relative to the config file's folder, of the files this override applies to. */
    readonly files: readonly string[];
}
/** `spac build`'s flags, for a fleet repository that always builds the same way (flags win). Paths are
 * relative to the config file. */
export interface BuildSettings {
    readonly inventory?: string;
    readonly layers?: readonly string[];
    readonly output?: string;
    readonly name?: string;
    readonly format?: 'xml' | 'text' | 'bin';
    readonly keyColumn?: string;
    readonly keyDeriveEnv?: string;
    readonly digest?: 'md5' | 'sha256';
    readonly gzip?: boolean;
    readonly bootstrap?: string;
    readonly bootstrapRule?: string;
}
export interface Config extends ConfigSection {
    readonly extends?: string;
    /** Files a folder or glob on the command line leaves out, in .gitignore syntax, relative to the config
     * file (as .spacignore's lines are to its folder). */
    readonly ignore?: readonly string[];
    readonly overrides?: readonly ConfigOverride[];
    readonly build?: BuildSettings;
}
export type ConfigResult = {
    readonly ok: true;
    readonly config: Config;
    /** Where the value at a path stands in the file (`['overrides', 0, 'target']`). */
    readonly at: (path: readonly (string | number)[]) => Range;
} | {
    readonly ok: false;
    readonly diagnostics: Diagnostic[];
};
export declare function parseConfig(text: string, file: string): ConfigResult;
