// Parser stage (XML flat profile): XML nodes -> an element tree, with well-formedness diagnostics.
// Input: the nodes xml-grammar.ts hands over, one at a time. Output: root elements, each with attributes
// and ordered children.
import { tokenEnd, tokenRange } from './token-range.js';
import { diagnostic, quote, range } from '../diagnostics/diagnostic.js';
import { Amp, BadCloseTag, CData, CloseTag, DocType, EntityRef, NAME, Lt, ProcInstr, Text, Unterminated, XmlComment, SelfClose, parseNodes, xmlLexer, } from './xml-grammar.js';
import { append } from '../text/append.js';
import { notWellFormed } from './xml-well-formed.js';
/** The source offset of decoded character `i` of a run. */
export const charOffset = (run, i) => (run.entity ? run.range.start : run.base + i);
/** A flat profile has a root, perhaps a group or two, and parameters: nothing real nests this deep, and
 * a bound keeps a hostile document (100,000 levels in 700 KB) from costing time or stack. */
const MAX_XML_DEPTH = 16;
/** A mismatched end tag closes the open elements above its match (each reported), like a forgiving
 * tree builder; entities are only the five predefined ones and numeric references. */
export function buildXmlTree(source, file) {
    const b = { file, source, roots: [], stack: [], out: [], skipping: 0 };
    const visit = {
        start: (tokens, from, to, attributes) => {
            addStart(b, tokens, from, to, attributes);
        },
        token: (token) => {
            addToken(b, token);
        },
    };
    const tagErrors = parseNodes(xmlLexer().tokenize(source).tokens, visit);
    for (const open of b.stack.reverse())
        reportUnclosed(b, open, source.length);
    if (tagErrors.length === 0)
        return { roots: b.roots, diagnostics: b.out };
    // The tags' grammar errors come first, as when the tags were parsed in a pass of their own.
    const diagnostics = tagErrors.map((token) => diagnostic('SPAC1101', file, tokenRange(token), { token: quote(token.image) }, { message: 'tag' }));
    return { roots: b.roots, diagnostics: append(diagnostics, b.out) };
}
/** Inside a skipped element only its tags count, to find where it ends. */
function addStart(b, tokens, from, to, attributes) {
    const end = tokens[to - 1];
    if (b.skipping > 0) {
        if (end.tokenType !== SelfClose)
            b.skipping++;
    }
    else
        openElement(b, tokens, from, end, attributes);
}
function addToken(b, token) {
    const type = token.tokenType;
    if (b.skipping > 0) {
        if (type === CloseTag)
            b.skipping--;
        return;
    }
    const strict = notWellFormed(token, b.file, b.source);
    if (strict)
        b.out.push(strict);
    if (type === CloseTag)
        closeElement(b, token);
    else if (type === Text || type === EntityRef || type === CData)
        addChars(b, token);
    else if (type === XmlComment)
        addChild(b, { kind: 'comment', text: token.image.slice(4, -3), range: tokenRange(token) });
    else if (type !== ProcInstr)
        b.out.push(malformed(token, b.file));
    // A close tag with stray spaces (`</ Name>`) is reported, and still closes what it names.
    if (type === BadCloseTag && SPACED_CLOSE.test(token.image))
        closeElement(b, token);
}
/** `</ Name>`: a close tag with stray spaces, still naming what it closes. */
const SPACED_CLOSE = new RegExp(`^</\\s*${NAME}\\s*>$`);
function malformed(token, file) {
    const at = tokenRange(token);
    const type = token.tokenType;
    if (type === DocType)
        return diagnostic('SPAC1102', file, at);
    if (type === Unterminated)
        return diagnostic('SPAC1110', file, at, { what: unterminatedWhat(token.image) });
    if (type === Amp)
        return diagnostic('SPAC1104', file, at);
    if (type === Lt)
        return diagnostic('SPAC1104', file, at, {}, { message: 'lt-value' });
    const variant = type === BadCloseTag ? 'closing-tag' : 'default';
    return diagnostic('SPAC1101', file, at, { token: quote(token.image) }, { message: variant });
}
const unterminatedWhat = (image) => image.startsWith('<!--') ? 'comment' : image.startsWith('<![') ? 'CDATA section' : 'processing instruction';
function openElement(b, tokens, from, end, attributes) {
    const open = tokens[from];
    const element = {
        kind: 'element',
        name: open.image.slice(1),
        nameRange: range(open.startOffset + 1, tokenEnd(open)),
        attributes: attributesOf(tokens, from, attributes, b),
        selfClosing: end.tokenType === SelfClose,
        contentStart: tokenEnd(end),
        children: [],
        start: open.startOffset,
        end: tokenEnd(end),
    };
    const parent = b.stack.at(-1);
    if (parent)
        parent.children.push(element);
    else
        addRoot(b, element);
    if (b.stack.length >= MAX_XML_DEPTH) {
        // Marked on the object made, not spread into a copy: nearly no element is this deep.
        element.skipped = true;
        const params = { element: quote(`<${element.name}>`), limit: String(MAX_XML_DEPTH) };
        b.out.push(diagnostic('SPAC1114', b.file, element.nameRange, params));
        if (!element.selfClosing)
            b.skipping = 1;
    }
    else if (!element.selfClosing)
        b.stack.push(element);
}
function addRoot(b, element) {
    if (b.roots.length > 0) {
        const params = { element: quote(`<${element.name}>`), first: quote(`<${b.roots[0]?.name ?? ''}>`) };
        b.out.push(diagnostic('SPAC1113', b.file, element.nameRange, params));
    }
    b.roots.push(element);
}
/** `starts`: where each attribute's name, `=` and value start, counted from `from`. */
function attributesOf(tokens, from, starts, b) {
    const attributes = [];
    // Indexed, not for-of: see walkChildren in xml-front.ts.
    for (let i = 0; i < starts.length; i++) {
        const at = from + starts[i];
        const nameToken = tokens[at];
        const valueToken = tokens[at + 2];
        if (!nameToken || !valueToken)
            continue;
        const valueRange = range(valueToken.startOffset + 1, tokenEnd(valueToken) - 1);
        // A tag has an attribute or two: a scan, not a set per element.
        if (attributes.some((a) => a.name === nameToken.image)) {
            b.out.push(diagnostic('SPAC1109', b.file, tokenRange(nameToken), { name: nameToken.image }));
            continue;
        }
        const decoded = decodeAttribute(valueToken, b);
        attributes.push({ name: nameToken.image, value: decoded, nameRange: tokenRange(nameToken), valueRange });
    }
    return attributes;
}
function decodeAttribute(token, b) {
    const inner = token.image.slice(1, -1);
    // Nearly every value (`ua="na"`): nothing to decode, nothing to report.
    if (!inner.includes('&') && !inner.includes('<'))
        return inner;
    if (inner.includes('<')) {
        const at = token.startOffset + 1 + inner.indexOf('<');
        b.out.push(diagnostic('SPAC1104', b.file, range(at, at + 1), {}, { message: 'lt-attribute' }));
    }
    return inner.replace(/&[^;\s<&]{0,32};|&/g, (ref, offset) => {
        const at = token.startOffset + 1 + offset;
        return decodeEntity(ref, range(at, at + ref.length), b) ?? ref;
    });
}
function closeElement(b, token) {
    const name = token.image.slice(2).trim().replace(/\s*>$/, '');
    let match = b.stack.length - 1;
    while (match >= 0 && b.stack[match]?.name !== name)
        match--;
    if (match < 0) {
        b.out.push(diagnostic('SPAC1105', b.file, tokenRange(token), { tag: quote(`</${name}>`) }));
        return;
    }
    while (b.stack.length > match + 1)
        reportUnclosed(b, b.stack.pop(), token.startOffset);
    const element = b.stack.pop();
    element.end = tokenEnd(token);
    const nameStart = token.image.indexOf(name);
    element.closeNameRange = range(token.startOffset + nameStart, token.startOffset + nameStart + name.length);
}
/** An unclosed element that starts with text was meant as a parameter: the elements after its text are
 * handed back to its parent, as if it had been closed where its text ends. */
function reportUnclosed(b, element, end) {
    const firstElement = element.children.findIndex((c) => c.kind === 'element');
    const leading = element.children.slice(0, Math.max(firstElement, 0));
    const isValue = firstElement > 0 && leading.some((c) => c.kind === 'chars' && c.text.trim() !== '');
    const parent = b.stack.at(-1);
    if (isValue && parent) {
        append(parent.children, element.children.splice(firstElement));
        const text = leading.filter((c) => c.kind === 'chars');
        element.children.length = 0;
        append(element.children, text.map((c) => ({ ...c, text: c.text.trimEnd() })));
    }
    const at = isValue ? textEnd(element) : end;
    element.end = at;
    const fix = {
        description: `insert '</${element.name}>'`,
        edits: [{ file: b.file, range: range(at), newText: `</${element.name}>` }],
        safe: true,
    };
    b.out.push(diagnostic('SPAC1106', b.file, element.nameRange, { element: quote(`<${element.name}>`) }, {
        fix,
    }));
}
function textEnd(element) {
    const last = element.children.at(-1);
    return last?.kind === 'chars' ? last.range.start + last.text.length : element.contentStart;
}
function addChars(b, token) {
    const chars = decodeChars(token, b);
    if (chars && b.stack.length === 0 && chars.text.trim() !== '') {
        b.out.push(diagnostic('SPAC1111', b.file, trimmedRange(token)));
        return;
    }
    if (chars)
        addChild(b, chars);
}
function addChild(b, child) {
    b.stack.at(-1)?.children.push(child);
}
function decodeChars(token, b) {
    const at = tokenRange(token);
    if (token.tokenType === EntityRef) {
        const text = decodeEntity(token.image, at, b);
        return text === undefined ? undefined : { kind: 'chars', text, base: at.start, entity: true, range: at };
    }
    const cdata = token.tokenType === CData;
    const text = cdata ? token.image.slice(9, -3) : token.image;
    const base = at.start + (cdata ? 9 : 0);
    return { kind: 'chars', text, base, entity: false, range: at };
}
const PREDEFINED = { amp: '&', lt: '<', gt: '>', apos: "'", quot: '"' };
function decodeEntity(ref, at, b) {
    if (ref === '&') {
        b.out.push(diagnostic('SPAC1104', b.file, at));
        return undefined;
    }
    const body = ref.slice(1, -1);
    const numeric = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(body);
    const code = numeric ? parseInt(numeric[1] ?? numeric[2] ?? '', numeric[1] ? 16 : 10) : undefined;
    if (code !== undefined && isXmlChar(code))
        return String.fromCodePoint(code);
    const named = PREDEFINED[body];
    if (named !== undefined)
        return named;
    const variant = body.startsWith('#') ? 'character' : 'default';
    b.out.push(diagnostic('SPAC1103', b.file, at, { reference: quote(ref) }, { message: variant }));
    return undefined;
}
const isXmlChar = (c) => c === 9 ||
    c === 10 ||
    c === 13 ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff);
function trimmedRange(token) {
    const lead = token.image.length - token.image.trimStart().length;
    const trail = token.image.length - token.image.trimEnd().length;
    return range(token.startOffset + lead, tokenEnd(token) - trail);
}
