// Schema stage: a user-supplied schema file, parsed and meta-checked before anything uses it.
// Input: the JSON text of a schema and its file name. Output: the schema, or diagnostics located in the file.
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { diagnostic, range, type Diagnostic } from '../diagnostics/diagnostic.js';
import { asSchema, metaCheck } from './meta-check.js';
import type { SchemaFile } from './schema-types.js';

export type UserSchemaResult =
  | { readonly ok: true; readonly schema: SchemaFile }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

export function readUserSchema(text: string, file: string): UserSchemaResult {
  const errors: ParseError[] = [];
  // Comments are allowed (JSONC, as in tsconfig.json): curated schemas explain themselves.
  const root = text.trim() === '' ? undefined : parseTree(text, errors, { allowTrailingComma: false });
  if (errors.length > 0) return { ok: false, diagnostics: errors.map((e) => jsonError(file, e)) };
  if (!root)
    return { ok: false, diagnostics: [diagnostic('SPAC3007', file, range(0), 'the schema file is empty')] };
  const data: unknown = getNodeValue(root);
  const problems = metaCheck(data);
  if (problems.length === 0) return { ok: true, schema: asSchema(data) };
  return {
    ok: false,
    diagnostics: problems.map((p) => {
      const node = nodeAt(root, p.path);
      const where = p.path === '' ? 'schema' : `'${p.path}'`;
      return diagnostic(
        'SPAC3007',
        file,
        range(node.offset, node.offset + node.length),
        `${where}: ${p.message}`,
      );
    }),
  };
}

function jsonError(file: string, e: ParseError): Diagnostic {
  const what = printParseErrorCode(e.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return diagnostic('SPAC3007', file, range(e.offset, e.offset + e.length), `not valid JSON: ${what}`);
}

/** `parameters[3].type` -> the node of that value, or of the nearest enclosing one that exists. */
function nodeAt(root: Node, path: string): Node {
  const segments = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? (m[1] ?? '') : Number(m[2]),
  );
  for (let n = segments.length; n > 0; n--) {
    const node = findNodeAtLocation(root, segments.slice(0, n));
    if (node) return node;
  }
  return root;
}
