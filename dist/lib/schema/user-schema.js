import { diagnostic, locatedDiagnostics, range } from '../diagnostics/diagnostic.js';
import { nodeAt as nodeAtPath, parseJsonc } from '../text/jsonc.js';
import { asSchema, metaCheck } from './meta-check.js';
/** `checkers`: see ValueCheckers (the workspace's readUserSchema passes the rules stage's). */
export function parseUserSchema(text, file, checkers = {}) {
    // Comments are allowed (JSONC, as in tsconfig.json): curated schemas explain themselves.
    const parsed = parseJsonc(text, 'the schema file');
    if (!parsed.ok)
        return { ok: false, diagnostics: locatedDiagnostics('SPAC3007', file, parsed.problems) };
    const { root, data } = parsed;
    const problems = metaCheck(data, checkers);
    if (problems.length === 0)
        return { ok: true, schema: asSchema(data) };
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
function nodeAt(root, path) {
    const segments = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => m[2] === undefined ? (m[1] ?? '') : Number(m[2]));
    return nodeAtPath(root, segments);
}
