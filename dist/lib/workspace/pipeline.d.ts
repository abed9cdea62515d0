import type { OpenOptions, SealOptions } from '../binary/container.js';
import { type Diagnostic } from '../diagnostics/diagnostic.js';
import { type FileComment, type Severities } from './suppressions.js';
import { type WrapOptions } from '../encrypt/wrap.js';
import type { Host } from '../model/host.js';
import { type Input, type Loaded } from '../parser/load.js';
import { type NameTable } from '../model/names.js';
import { type Entry, type ProfileFile } from '../model/profile.js';
import type { DeviceFacts } from '../rules/device.js';
import { type Preview } from '../rules/preview.js';
import { type SchemaOptions } from '../schema/schema-options.js';
export type OutputFormat = 'xml' | 'text' | 'bin';
export type { SchemaOptions };
export interface CheckResult {
    readonly diagnostics: Diagnostic[];
    /** Every source read, imports included, for rendering diagnostics. */
    readonly sources: ReadonlyMap<string, string>;
    /** With `errorsOnly`: the diagnostics left out that carry a fix --fix would apply (a report's summary
     * counts them). */
    readonly droppedFixable?: Diagnostic[];
}
export interface CompileResult extends CheckResult {
    /** The profile text (XML or SPC text), present only when there are no error diagnostics. */
    readonly output?: string;
    /** The file to write: the text packed as asked (gzip, AES-256-CBC), or the binary profile. */
    readonly bytes?: Uint8Array;
}
export interface CheckOptions extends SchemaOptions {
    readonly host: Host;
    /** Per-code severities for a file (from spac.config.json); `off` drops the code. */
    readonly severities?: (file: string) => Severities;
    /** Show secret values in code frames and messages (by default they are blanked). */
    readonly showSecrets?: boolean;
    /** Only errors are wanted (`spac check --quiet`): the rest are left out as soon as their severity is
     * final, before secrets are blanked in them and before they are sorted (a run may have 200,000). */
    readonly errorsOnly?: boolean;
}
export interface CompileOptions extends CheckOptions {
    readonly format?: OutputFormat;
    /** XML -> text names; by default the schema's. */
    readonly names?: NameTable;
    /** gzip and AES-256-CBC for XML and text output, as the phone decrypts them. */
    readonly wrap?: WrapOptions;
    /** Key, device binding and KDF cost of a binary profile. */
    readonly binary?: SealOptions;
}
/** Suppression comments in the profiles, then the config's severities. */
export declare function suppressAndTune(diagnostics: readonly Diagnostic[], loaded: Pick<Loaded, 'files' | 'sources'>, severities?: (file: string) => Severities): Diagnostic[];
/** Every comment of the files read, with its line, for suppressions. */
export declare function profileComments(loaded: Pick<Loaded, 'files' | 'sources'>): {
    comments: FileComment[];
    lineOf: (file: string, offset: number) => number;
};
/** Entries a syntax error ran through: their values are the parser's recovery, not the author's. */
export declare function damagedBy(parsed: readonly Diagnostic[]): (entry: Entry) => boolean;
/** Lints inputs and everything they import. */
export declare function check(inputs: readonly Input[], options: CheckOptions): Promise<CheckResult>;
/** Layers inputs in order (later wins, like `import`) and emits one canonical profile. */
export declare function compile(inputs: readonly Input[], options: CompileOptions): Promise<CompileResult>;
export interface DecompileOptions extends SchemaOptions, OpenOptions {
    readonly format?: Exclude<OutputFormat, 'bin'>;
}
/** A binary profile back to XML or SPC text, with the schemas it was built against. */
export declare function decompile(bytes: Uint8Array, file: string, options: DecompileOptions): Promise<CompileResult>;
export interface FormatResult extends CompileResult {
    /** True when the output differs from the input. */
    readonly changed: boolean;
    /** The file as parsed, to hide its secrets in a report. */
    readonly files: ProfileFile[];
}
/** Canonical layout of one file in its own format; imports stay imports. Values are not rewritten. */
export declare function format(input: Input, names?: NameTable): FormatResult;
export interface ExpandOptions extends CheckOptions {
    readonly device: DeviceFacts;
}
export interface ExpandResult extends CheckResult {
    readonly preview: Preview;
}
/** What one device fetches with the rules of a layered profile set; the set is checked on the way. */
export declare function expand(inputs: readonly Input[], options: ExpandOptions): Promise<ExpandResult>;
/** The file name diagnostics about a rule given on its own (`spac expand --rule`) carry. */
export declare const RULE_SOURCE = "<rule>";
/** One rule string, as the value of Profile_Rule, checked and run for a device. */
export declare function expandRule(rule: string, options: SchemaOptions & {
    device: DeviceFacts;
}): Promise<ExpandResult>;
