import { type CompletionItem as LspCompletion, type Diagnostic as LspDiagnostic, type DocumentSymbol, type Range as LspRange } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Fix, Range } from '../diagnostics/diagnostic.js';
import type { CompletionItem } from '../editor/complete.js';
import type { OutlineSection } from '../editor/hover.js';
export declare const lspRange: (doc: TextDocument, r: Range) => LspRange;
/** The fix rides along in `data`, for the code action that applies it. */
export declare function lspDiagnostic(doc: TextDocument, d: Diagnostic, uriOf: (file: string) => string): LspDiagnostic;
export declare const fixOf: (d: LspDiagnostic) => Fix | undefined;
export declare function lspCompletion(doc: TextDocument, item: CompletionItem): LspCompletion;
export declare function lspSymbols(doc: TextDocument, sections: readonly OutlineSection[]): DocumentSymbol[];
