// CLI shell (language server): spac's plain data <-> LSP shapes. Input: diagnostics, completion items,
// hovers and outlines with offsets into a document. Output: LSP objects with line/character positions.
import { CompletionItemKind, DiagnosticSeverity, SymbolKind, } from 'vscode-languageserver/node';
import { catalog } from '../diagnostics/catalog.js';
export const lspRange = (doc, r) => ({
    start: doc.positionAt(r.start),
    end: doc.positionAt(r.end),
});
const SEVERITY = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
};
/** The fix rides along in `data`, for the code action that applies it. */
export function lspDiagnostic(doc, d, uriOf) {
    return {
        range: lspRange(doc, d.range),
        severity: SEVERITY[d.severity],
        code: d.code,
        source: 'spac',
        message: d.message,
        ...(d.related
            ? {
                relatedInformation: d.related.map((r) => ({
                    location: {
                        uri: uriOf(r.file),
                        range: r.file === d.file
                            ? lspRange(doc, r.range)
                            : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                    },
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
export const fixOf = (d) => d.data?.fix;
const KIND = {
    parameter: CompletionItemKind.Property,
    option: CompletionItemKind.EnumMember,
    macro: CompletionItemKind.Variable,
    file: CompletionItemKind.File,
};
export function lspCompletion(doc, item) {
    return {
        label: item.label,
        kind: KIND[item.kind],
        ...(item.detail ? { detail: item.detail } : {}),
        ...(item.documentation ? { documentation: item.documentation } : {}),
        textEdit: { range: lspRange(doc, item.range), newText: item.insert },
    };
}
export function lspSymbols(doc, sections) {
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
