// CLI shell (language server): spac's plain data <-> LSP shapes. Input: diagnostics, completion items,
// hovers and outlines with offsets into a document. Output: LSP objects with line/character positions.
import {
  CompletionItemKind,
  DiagnosticSeverity,
  SymbolKind,
  type CompletionItem as LspCompletion,
  type Diagnostic as LspDiagnostic,
  type DocumentSymbol,
  type Range as LspRange,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { catalog } from '../diagnostics/catalog.js';
import type { Diagnostic, Fix, Range } from '../diagnostics/diagnostic.js';
import type { CompletionItem } from '../editor/complete.js';
import type { OutlineSection } from '../editor/hover.js';

export const lspRange = (doc: TextDocument, r: Range): LspRange => ({
  start: doc.positionAt(r.start),
  end: doc.positionAt(r.end),
});

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The fix rides along in `data`, for the code action that applies it. A related location in another
 * file is placed by that file's document when `docOf` has it, else at its start. */
export function lspDiagnostic(
  doc: TextDocument,
  d: Diagnostic,
  uriOf: (file: string) => string,
  docOf: (file: string) => TextDocument | undefined = () => undefined,
): LspDiagnostic {
  const rangeIn = (file: string, r: Range): LspRange => {
    if (file === d.file) return lspRange(doc, r);
    const other = docOf(file);
    return other === undefined
      ? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
      : lspRange(other, r);
  };
  return {
    range: lspRange(doc, d.range),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'spac',
    message: d.message,
    ...(d.related
      ? {
          relatedInformation: d.related.map((r) => ({
            location: { uri: uriOf(r.file), range: rangeIn(r.file, r.range) },
            message: r.message,
          })),
        }
      : {}),
    // The fix rides along for the code action; the template id and parameters for clients that want them.
    data: {
      title: catalog[d.code].title,
      messageId: d.messageId,
      params: d.params,
      ...(d.fix ? { fix: d.fix } : {}),
    },
  };
}

export const fixOf = (d: LspDiagnostic): Fix | undefined => (d.data as { fix?: Fix } | undefined)?.fix;

const KIND = {
  parameter: CompletionItemKind.Property,
  option: CompletionItemKind.EnumMember,
  macro: CompletionItemKind.Variable,
  file: CompletionItemKind.File,
};

export function lspCompletion(doc: TextDocument, item: CompletionItem): LspCompletion {
  return {
    label: item.label,
    kind: KIND[item.kind],
    ...(item.detail ? { detail: item.detail } : {}),
    ...(item.documentation ? { documentation: item.documentation } : {}),
    textEdit: { range: lspRange(doc, item.range), newText: item.insert },
  };
}

export function lspSymbols(doc: TextDocument, sections: readonly OutlineSection[]): DocumentSymbol[] {
  return sections.map((s) => ({
    name: s.name,
    kind: SymbolKind.Namespace,
    range: lspRange(doc, s.range),
    selectionRange: lspRange(doc, s.parameters[0]?.selection ?? s.range),
    children: s.parameters.map((p) => ({
      name: p.name,
      kind: SymbolKind.Property,
      ...(p.detail === undefined ? {} : { detail: p.detail }),
      range: lspRange(doc, p.range),
      selectionRange: lspRange(doc, p.selection),
    })),
  }));
}
