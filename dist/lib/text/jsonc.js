// Text helpers (JSON with comments): schema and config files are JSONC; their problems are located in
// the file. Input: the text. Output: the parse tree and value, or located problems; and the node a
// problem path points at.
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, } from 'jsonc-parser';
/** `what` names the file in the message for an empty one ("the schema file"). */
export function parseJsonc(text, what) {
    const errors = [];
    const root = text.trim() === '' ? undefined : parseTree(text, errors, { allowTrailingComma: false });
    if (errors.length > 0)
        return { ok: false, problems: errors.map(jsonError) };
    if (!root)
        return { ok: false, problems: [{ start: 0, end: 0, message: `${what} is empty` }] };
    return { ok: true, root, data: getNodeValue(root) };
}
function jsonError(e) {
    const what = printParseErrorCode(e.error)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase();
    return { start: e.offset, end: e.offset + e.length, message: `not valid JSON: ${what}` };
}
/** The node at `path`, or at the nearest enclosing one that exists; `key` points at a property's name. */
export function nodeAt(root, path, key = false) {
    for (let n = path.length; n > 0; n--) {
        const node = findNodeAtLocation(root, path.slice(0, n));
        if (!node)
            continue;
        const property = node.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent : undefined;
        return key && property ? (property.children?.[0] ?? node) : node;
    }
    return root;
}
