import { type Diagnostic, type MessageParams } from './diagnostic.js';
import { type SarifPaths } from './render-ci.js';
import { type Position } from '../text/line-index.js';
export type RenderFormat = 'pretty' | 'compact' | 'json' | 'sarif' | 'github' | 'gitlab' | 'junit';
export interface RenderOptions {
    readonly sources: ReadonlyMap<string, string>;
    readonly color?: boolean;
    /** Names the tool in SARIF output. */
    readonly tool?: {
        readonly name: string;
        readonly version: string;
    };
    /** SARIF: the working directory and the repository's top, for URIs (see render-ci.ts). */
    readonly paths?: SarifPaths;
}
export interface JsonDiagnostic {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: Diagnostic['severity'];
    readonly code: string;
    readonly message: string;
    /** Fleet builds: the device (MAC) the problem was found for. */
    readonly device?: string;
    /** The catalog template the message was made from, and its named parameters. */
    readonly messageId: string;
    readonly params: MessageParams;
    readonly title: string;
    readonly related: readonly (Span & {
        file: string;
        message: string;
    })[];
    readonly fix?: {
        readonly description: string;
        readonly edits: readonly (Span & {
            file: string;
            newText: string;
        })[];
    };
}
interface Span {
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
}
type Locate = (file: string, offset: number) => Position;
export declare function renderDiagnostics(diagnostics: readonly Diagnostic[], format: RenderFormat, options: RenderOptions): string;
export declare function toJson(d: Diagnostic, locate: Locate): JsonDiagnostic;
export {};
