const NAME = /[A-Za-z0-9_.\-/()[\]]*$/;
export function cursorContext(text, offset, format) {
    // A line ends at CR, LF or CRLF: the phones' files come from every kind of editor.
    const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
    const before = text.slice(lineStart, offset);
    return format === 'xml' ? xmlContext(text, offset, before) : textContext(offset, before);
}
function textContext(offset, before) {
    if (before.includes('#'))
        return { kind: 'none' };
    const imported = /^\s*import\s+(\S*)$/.exec(before);
    if (imported)
        return { kind: 'import', prefix: imported[1] ?? '', range: back(offset, imported[1] ?? '') };
    const quotes = before.split('"').length - 1;
    if (quotes % 2 === 1) {
        const name = /^\s*([^\s!?*"]+)/.exec(before)?.[1] ?? '';
        const prefix = before.slice(before.lastIndexOf('"') + 1);
        return { kind: 'value', name, prefix, range: back(offset, prefix) };
    }
    if (quotes > 0 || !/^\s*[A-Za-z0-9_.\-/()[\]]*$/.test(before))
        return { kind: 'none' };
    const prefix = NAME.exec(before)?.[0] ?? '';
    return { kind: 'name', prefix, range: back(offset, prefix) };
}
function xmlContext(text, offset, before) {
    const open = /<([A-Za-z_][A-Za-z0-9_.:-]*)?$/.exec(before);
    if (open)
        return { kind: 'name', prefix: open[1] ?? '', range: back(offset, open[1] ?? '') };
    const lt = text.lastIndexOf('<', offset - 1);
    const tag = /^<([A-Za-z_][A-Za-z0-9_.:-]*)[^<>]*>([^<]*)$/.exec(text.slice(lt, offset));
    if (!tag || text.slice(lt, lt + 2) === '</')
        return { kind: 'none' };
    return { kind: 'value', name: tag[1] ?? '', prefix: tag[2] ?? '', range: back(offset, tag[2] ?? '') };
}
const back = (offset, prefix) => ({ start: offset - prefix.length, end: offset });
