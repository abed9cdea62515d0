import { type DiagnosticCode, type Severity } from './catalog.js';
/** Half-open range of UTF-16 code-unit offsets into one source file. */
export interface Range {
    readonly start: number;
    readonly end: number;
}
export interface RelatedLocation {
    readonly file: string;
    readonly range: Range;
    readonly message: string;
}
export interface TextEdit {
    readonly file: string;
    readonly range: Range;
    readonly newText: string;
}
export interface Fix {
    readonly description: string;
    readonly edits: readonly TextEdit[];
    /** Applied by `spac check --fix`: the fixed file means what spac read (a missing ';', a canonical
     * spelling, a setting a later one overrides). A fix without it is a suggestion: a guess at what was
     * meant (a did-you-mean name or choice), offered in editors and reports, never applied unasked. */
    readonly safe?: true;
}
/** The named parameters of a message template (`{name}` in the catalog). */
export type MessageParams = Readonly<Record<string, string | number>>;
export interface Diagnostic {
    readonly code: DiagnosticCode;
    readonly severity: Severity;
    /** The catalog template `messageId` of `code`, filled with `params`. */
    readonly message: string;
    readonly messageId: string;
    readonly params: MessageParams;
    readonly file: string;
    readonly range: Range;
    readonly related?: readonly RelatedLocation[];
    readonly fix?: Fix;
    /** The device (its MAC as $MA) a fleet build found this for; shown before the message. */
    readonly device?: string;
}
/** The message as the text formats show it: with the device it concerns, if any, in front. */
export declare const shownMessage: (d: Pick<Diagnostic, "message"> & {
    readonly device?: string;
}) => string;
export interface DiagnosticExtras {
    readonly related?: readonly RelatedLocation[];
    readonly fix?: Fix;
    readonly severity?: Severity;
    /** Which of the code's message templates; `default` when not given. */
    readonly message?: string;
}
export declare const range: (start: number, end?: number) => Range;
/** A diagnostic whose message is the catalog's template for `code` filled with `params`. */
export declare function diagnostic(code: DiagnosticCode, file: string, at: Range, params?: MessageParams, extras?: DiagnosticExtras): Diagnostic;
/** Fills a template; a template or parameter that does not exist is a bug in spac, not in the input. */
export declare function formatMessage(code: DiagnosticCode, messageId: string, params: MessageParams): string;
export declare const hasErrors: (diagnostics: readonly Diagnostic[]) => boolean;
/** The diagnostic carries a fix that `--fix` applies (a suggestion is only shown). */
export declare const isFixable: (d: Diagnostic) => boolean;
/** Deterministic order: by file (in the given order of first appearance), then position, then code. */
export declare function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[];
/** What a stage refuses before there is a place in a file to point at (an unopenable input): the code,
 * its template and parameters, and the message they make. */
export interface CodedFailure<C extends DiagnosticCode = DiagnosticCode> {
    readonly ok: false;
    readonly code: C;
    readonly messageId: string;
    readonly params: MessageParams;
    readonly message: string;
}
export declare const codedFailure: <C extends DiagnosticCode>(code: C, params: MessageParams, messageId?: string) => CodedFailure<C>;
/** The diagnostic of a failure, at the start of `file`. */
export declare const failureDiagnostic: (failure: CodedFailure, file: string) => Diagnostic;
/** Problems located in a file (a JSONC reader's, say) as diagnostics of one code, each its `problem`. */
export declare const locatedDiagnostics: (code: DiagnosticCode, file: string, problems: readonly {
    readonly start: number;
    readonly end: number;
    readonly message: string;
}[]) => Diagnostic[];
/** The identity of a problem, for reporting each once however often it is found (a fleet's devices). */
export declare const diagnosticKey: (d: Diagnostic) => string;
/** Quotes a user-supplied fragment for a message, keeping it short and on one line. */
export declare function quote(text: string, max?: number): string;
