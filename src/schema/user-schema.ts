// Schema stage: a user-supplied schema file, parsed and meta-checked before anything uses it.
// Input: the JSON text of a schema and its file name. Output: the schema, or diagnostics located in the file.
import type { Node } from 'jsonc-parser';
import { diagnostic, locatedDiagnostics, range, type Diagnostic } from '../diagnostics/diagnostic.js';
import { nodeAt as nodeAtPath, parseJsonc } from '../text/jsonc.js';
import { asSchema, metaCheck } from './meta-check.js';
import type { SchemaFile, ValueCheckers } from './schema-types.js';

export type UserSchemaResult =
  | { readonly ok: true; readonly schema: SchemaFile }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

/** `checkers`: see ValueCheckers (the workspace's readUserSchema passes the rules stage's). */
export function parseUserSchema(text: string, file: string, checkers: ValueCheckers = {}): UserSchemaResult {
  // Comments are allowed (JSONC, as in tsconfig.json): curated schemas explain themselves.
  const parsed = parseJsonc(text, 'the schema file');
  if (!parsed.ok) return { ok: false, diagnostics: locatedDiagnostics('SPAC3007', file, parsed.problems) };
  const { root, data } = parsed;
  const problems = metaCheck(data, checkers);
  if (problems.length === 0) return { ok: true, schema: asSchema(data) };
  return {
    ok: false,
    diagnostics: problems.map((p) => {
      const node = nodeAt(root, p.path);
      const at = range(node.offset, node.offset + node.length);
      if (p.path === '')
        return diagnostic('SPAC3007', file, at, { problem: p.message }, { message: 'schema' });
      return diagnostic('SPAC3007', file, at, { path: p.path, problem: p.message }, { message: 'at' });
    }),
  };
}

/** `parameters[3].type` -> the node of that value, or of the nearest enclosing one that exists. */
function nodeAt(root: Node, path: string): Node {
  const segments = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? (m[1] ?? '') : Number(m[2]),
  );
  return nodeAtPath(root, segments);
}
