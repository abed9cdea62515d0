// Diagnostics stage (JSON sources): schema and config files are JSON with comments; their problems are
// located in the file. Input: the text, its name and the code to report with. Output: the parse tree and
// value, or located diagnostics; and the node a problem path points at.
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import type { DiagnosticCode } from './catalog.js';
import { diagnostic, range, type Diagnostic } from './diagnostic.js';

export type JsoncResult =
  | { readonly ok: true; readonly root: Node; readonly data: unknown }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

/** `what` names the file in the message for an empty one ("the schema file"). */
export function parseJsonc(text: string, file: string, code: DiagnosticCode, what: string): JsoncResult {
  const errors: ParseError[] = [];
  const root = text.trim() === '' ? undefined : parseTree(text, errors, { allowTrailingComma: false });
  if (errors.length > 0) return { ok: false, diagnostics: errors.map((e) => jsonError(file, e, code)) };
  if (!root) return { ok: false, diagnostics: [diagnostic(code, file, range(0), `${what} is empty`)] };
  return { ok: true, root, data: getNodeValue(root) };
}

function jsonError(file: string, e: ParseError, code: DiagnosticCode): Diagnostic {
  const what = printParseErrorCode(e.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return diagnostic(code, file, range(e.offset, e.offset + e.length), `not valid JSON: ${what}`);
}

/** The node at `path`, or at the nearest enclosing one that exists; `key` points at a property's name. */
export function nodeAt(root: Node, path: readonly (string | number)[], key = false): Node {
  for (let n = path.length; n > 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (!node) continue;
    const property =
      node.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent : undefined;
    return key && property ? (property.children?.[0] ?? node) : node;
  }
  return root;
}
