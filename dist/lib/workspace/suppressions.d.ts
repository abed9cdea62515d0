import { type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
export interface FileComment {
    readonly file: string;
    readonly text: string;
    readonly range: Range;
    /** 0-based line of the comment. */
    readonly line: number;
}
/** The comment is a suppression directive (perhaps a broken one). */
export declare const isDirective: (text: string) => boolean;
/** Suppressions read once and applied to diagnostics as they come (a fleet build checks device after
 * device); `finish` gives the comments' own problems and the suppressions that silenced nothing. */
export interface SuppressionFilter {
    /** No suppression: `keep` keeps everything (most runs; the problems need not be gone through). */
    readonly none: boolean;
    readonly keep: (d: Diagnostic) => boolean;
    readonly finish: () => Diagnostic[];
}
/** `lineOf(file, offset)` gives the 0-based line of an offset. */
export declare function suppressionFilter(comments: readonly FileComment[], lineOf: (file: string, offset: number) => number): SuppressionFilter;
export declare function applySuppressions(diagnostics: readonly Diagnostic[], comments: readonly FileComment[], lineOf: (file: string, offset: number) => number): Diagnostic[];
export type Severities = Readonly<Record<string, 'off' | 'warning' | 'error'>>;
/** `severitiesOf(file)`: the config's settings for that file. `off` drops a code. */
export declare function applySeverities(diagnostics: readonly Diagnostic[], severitiesOf: (file: string) => Severities): Diagnostic[];
