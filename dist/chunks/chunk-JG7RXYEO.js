import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  Lexer,
  RecordingParser,
  createToken,
  lexerFor,
  textNameToXml
} from "./chunk-ILBW3I2W.js";
import {
  append,
  diagnostic,
  quote,
  range
} from "./chunk-YXJOSIDR.js";

// src/model/profile.ts
var entriesOf = (items) => items.filter((item) => item.kind === "entry");
function valueSpanToSource(entry, start, end) {
  if (!entry.valueRange) return entry.nameRange;
  let from = valueOffsetToSource(entry, start), to = end === void 0 ? entry.valueRange.end : valueOffsetToSource(entry, end);
  return { start: from, end: Math.max(from, to) };
}
function valueOffsetToSource(entry, i) {
  let base = entry.valueRange?.start ?? entry.range.start, map = entry.valueMap ?? [{ v: 0, s: base }], seg = map[0] ?? { v: 0, s: base };
  for (let next of map) {
    if (next.v > i) break;
    seg = next;
  }
  return seg.s + (i - seg.v);
}
function newEntry(head, value) {
  let { name, nameFormat, path, access, file, range: range2, nameRange } = head, tag = nameFormat === "xml" ? name : textNameToXml(name);
  if (!value)
    return { kind: "entry", name, nameFormat, path, access, value: void 0, file, range: range2, nameRange, tag };
  let valueRange = value.range;
  return {
    kind: "entry",
    name,
    nameFormat,
    path,
    access,
    value: value.text,
    file,
    range: range2,
    nameRange,
    valueRange,
    tag
  };
}

// src/parser/token-range.ts
var tokenEnd = (token) => token ? token.startOffset + token.image.length : 0, tokenRange = (token) => range(token.startOffset, tokenEnd(token));

// src/parser/xml-grammar.ts
var NAME_START = "A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD", NAME_CHAR = `${NAME_START}0-9.:\\u00B7\\u0300-\\u036F\\u203F\\u2040-`, NAME = `[${NAME_START}][${NAME_CHAR}]*`;
function forwardSearch(needle) {
  let text, from = 0, found = -1;
  return (t, offset) => ((t !== text || offset < from || found >= 0 && offset > found) && (text = t, from = offset, found = t.indexOf(needle, offset)), found);
}
var match = (text, offset, end) => [text.slice(offset, end)];
function delimited(open, close) {
  let search = forwardSearch(close);
  return { exec: (text, offset) => {
    if (!text.startsWith(open, offset)) return null;
    let end = search(text, offset + open.length);
    return end < 0 ? null : match(text, offset, end + close.length);
  }, ebnf: `${JSON.stringify(open)} { ? any character ? } ${JSON.stringify(close)}` };
}
function declaration() {
  let [gt, open, close] = [">", "[", "]"].map(forwardSearch);
  return { exec: (text, offset) => {
    if (!text.startsWith("<!", offset)) return null;
    let end = gt(text, offset), bracket = open(text, offset), subsetEnd = bracket >= 0 && (end < 0 || bracket < end) ? close(text, bracket) : -2, last = subsetEnd === -2 ? end : subsetEnd < 0 ? -1 : gt(text, subsetEnd);
    if (last >= 0) return match(text, offset, last + 1);
    let eol = text.slice(offset).search(/[\r\n]/);
    return match(text, offset, eol < 0 ? text.length : offset + eol);
  }, ebnf: '"<!" { ? any character but ">" ? | "[" { ? any character ? } "]" } ">"' };
}
var hint = { line_breaks: !0, start_chars_hint: ["<"] }, XmlComment = createToken({ name: "Comment", pattern: delimited("<!--", "-->"), ...hint }), CData = createToken({ name: "CData", pattern: delimited("<![CDATA[", "]]>"), ...hint }), ProcInstr = createToken({
  name: "ProcessingInstruction",
  pattern: delimited("<?", "?>"),
  ...hint
}), Unterminated = createToken({
  name: "Unterminated",
  pattern: /(?:<!--|<!\[CDATA\[|<\?)[^\r\n]*/
}), DocType = createToken({ name: "DocType", pattern: declaration(), ...hint }), CloseTag = createToken({
  name: "CloseTag",
  pattern: new RegExp(`</${NAME}\\s*>`),
  line_breaks: !0
}), BadCloseTag = createToken({
  name: "BadCloseTag",
  pattern: /<\/\s*[^>\s]*\s*>?/,
  line_breaks: !0
}), OpenTag = createToken({ name: "OpenTag", pattern: new RegExp(`<${NAME}`), push_mode: "tag" }), EntityRef = createToken({ name: "EntityRef", pattern: /&[^;\s<&]{0,32};/ }), Amp = createToken({ name: "Amp", pattern: /&/ }), Lt = createToken({ name: "Lt", pattern: /</ }), Text = createToken({ name: "Text", pattern: /[^<&]+/, line_breaks: !0 }), TagSpace = createToken({
  name: "TagSpace",
  pattern: /\s+/,
  group: Lexer.SKIPPED,
  line_breaks: !0
}), AttrName = createToken({ name: "AttrName", pattern: new RegExp(NAME) }), Equals = createToken({ name: "Equals", pattern: /=/ }), AttrValue = createToken({ name: "AttrValue", pattern: /"[^"]*"|'[^']*'/, line_breaks: !0 }), TagEnd = createToken({ name: "TagEnd", pattern: />/, pop_mode: !0 }), SelfClose = createToken({ name: "SelfClose", pattern: /\/>/, pop_mode: !0 }), TagJunk = createToken({ name: "TagJunk", pattern: new RegExp(`[^\\s>/=${NAME_START}]+|/`) }), contentTokens = [
  Text,
  OpenTag,
  CloseTag,
  XmlComment,
  CData,
  ProcInstr,
  Unterminated,
  DocType,
  BadCloseTag,
  EntityRef,
  Amp,
  Lt
], tagTokens = [TagSpace, SelfClose, TagEnd, AttrName, Equals, AttrValue, TagJunk], xmlLexerDefinition = {
  modes: { content: contentTokens, tag: tagTokens },
  defaultMode: "content"
}, xmlLexer = (validate = !1) => lexerFor(xmlLexerDefinition, validate), allTokens = [...contentTokens, ...tagTokens], XmlNodeParser = class extends RecordingParser {
  constructor(validate = !1) {
    super(allTokens, { recoveryEnabled: !1, skipValidations: !validate }), this.performSelfAnalysis();
  }
  // Made once, not per tag (see text-grammar.ts).
  tagEnds = [
    { ALT: () => this.CONSUME(TagEnd) },
    { ALT: () => this.CONSUME(SelfClose) }
  ];
  startTag = this.RULE("startTag", () => {
    let attributes = [];
    return this.CONSUME(OpenTag), this.MANY(() => {
      attributes.push(this.SUBRULE(this.attribute));
    }), this.OR(this.tagEnds), attributes;
  });
  attribute = this.RULE("attribute", () => [
    this.CONSUME(AttrName),
    this.CONSUME(Equals),
    this.CONSUME(AttrValue)
  ]);
}, shared, xmlParser = () => shared ??= new XmlNodeParser();
function parseNodes(tokens, visit) {
  let tagErrors = [], i = 0;
  for (; i < tokens.length; ) {
    let token = tokens[i];
    if (token.tokenType !== OpenTag) {
      visit.token(token), i++;
      continue;
    }
    let end = tagExtent(tokens, i), error = parseStartTag(tokens, i, end, visit);
    error && tagErrors.push(error), i = end;
  }
  return tagErrors;
}
function tagExtent(tokens, from) {
  let i = from + 1;
  for (; i < tokens.length && tokens[i]?.tokenType !== TagEnd && tokens[i]?.tokenType !== SelfClose; ) {
    if (tokens[i]?.tokenType === OpenTag) return i;
    i++;
  }
  return Math.min(i + 1, tokens.length);
}
var shapes = /* @__PURE__ */ new Map(), MAX_SHAPE_TOKENS = 16, replaying = !0;
function typeAt(tokens, i) {
  return tokens[i].tokenTypeIdx;
}
function shapeHash(tokens, from, to) {
  let hash = to - from;
  for (let i = from; i < to; i++) hash = Math.imul(hash, 31) + typeAt(tokens, i) | 0;
  return hash;
}
function knownShape(tokens, from, to) {
  let candidates = shapes.get(shapeHash(tokens, from, to));
  if (candidates !== void 0)
    for (let c = 0; c < candidates.length; c++) {
      let shape = candidates[c];
      if (shape.types.length !== to - from) continue;
      let same = !0;
      for (let i = from; same && i < to; i++) same = shape.types[i - from] === typeAt(tokens, i);
      if (same) return shape;
    }
}
function remember(tokens, from, to, attributes) {
  let hash = shapeHash(tokens, from, to), types = Array.from({ length: to - from }, (_, i) => typeAt(tokens, from + i));
  shapes.set(hash, [...shapes.get(hash) ?? [], { types, attributes }]);
}
var NO_ATTRIBUTES = [];
function parseStartTag(tokens, from, to, visit) {
  let kept = replaying && to - from <= MAX_SHAPE_TOKENS, known = kept ? knownShape(tokens, from, to) : void 0;
  if (known) {
    visit.start(tokens, from, to, known.attributes);
    return;
  }
  let tag = tokens.slice(from, to), last = tokens[to - 1], parser = xmlParser();
  parser.input = tag;
  let parsed = parser.startTag(), error = parser.errors[0];
  if (error)
    return (last.tokenType === TagEnd || last.tokenType === SelfClose) && visit.start(tokens, from, to, NO_ATTRIBUTES), error.token.tokenType.name === "EOF" ? last : error.token;
  let attributes = parsed.map((attribute) => tag.indexOf(attribute[0]));
  kept && remember(tokens, from, to, attributes), visit.start(tokens, from, to, attributes);
}

// src/parser/xml-well-formed.ts
var at = (token, index, length) => range(token.startOffset + index, token.startOffset + index + length);
function notWellFormed(token, file, source) {
  let image = token.image;
  if (token.tokenType === XmlComment) {
    let body = image.slice(4, -3), dashes = body.indexOf("--");
    if (dashes >= 0)
      return diagnostic("SPAC1115", file, at(token, 4 + dashes, 2), {}, { message: "comment" });
    if (body.endsWith("-"))
      return diagnostic("SPAC1115", file, at(token, image.length - 4, 1), {}, { message: "comment" });
  }
  if (token.tokenType === Text) {
    let end = image.indexOf("]]>");
    if (end >= 0) return diagnostic("SPAC1115", file, at(token, end, 3), {}, { message: "cdata-end" });
  }
  if (!(token.tokenType !== ProcInstr || token.startOffset === 0 || !/^<\?xml[\s?]/.test(image)) && !(token.startOffset === 1 && source.charCodeAt(0) === 65279))
    return diagnostic("SPAC1115", file, at(token, 0, 5), {}, { message: "declaration" });
}

// src/parser/xml-tree.ts
var charOffset = (run, i) => run.entity ? run.range.start : run.base + i, MAX_XML_DEPTH = 16;
function buildXmlTree(source, file) {
  let b = { file, source, roots: [], stack: [], out: [], skipping: 0 }, visit = {
    start: (tokens, from, to, attributes) => {
      addStart(b, tokens, from, to, attributes);
    },
    token: (token) => {
      addToken(b, token);
    }
  }, tagErrors = parseNodes(xmlLexer().tokenize(source).tokens, visit);
  for (let open of b.stack.reverse()) reportUnclosed(b, open, source.length);
  if (tagErrors.length === 0) return { roots: b.roots, diagnostics: b.out };
  let diagnostics = tagErrors.map(
    (token) => diagnostic("SPAC1101", file, tokenRange(token), { token: quote(token.image) }, { message: "tag" })
  );
  return { roots: b.roots, diagnostics: append(diagnostics, b.out) };
}
function addStart(b, tokens, from, to, attributes) {
  let end = tokens[to - 1];
  b.skipping > 0 ? end.tokenType !== SelfClose && b.skipping++ : openElement(b, tokens, from, end, attributes);
}
function addToken(b, token) {
  let type = token.tokenType;
  if (b.skipping > 0) {
    type === CloseTag && b.skipping--;
    return;
  }
  let strict = notWellFormed(token, b.file, b.source);
  strict && b.out.push(strict), type === CloseTag ? closeElement(b, token) : type === Text || type === EntityRef || type === CData ? addChars(b, token) : type === XmlComment ? addChild(b, { kind: "comment", text: token.image.slice(4, -3), range: tokenRange(token) }) : type !== ProcInstr && b.out.push(malformed(token, b.file)), type === BadCloseTag && SPACED_CLOSE.test(token.image) && closeElement(b, token);
}
var SPACED_CLOSE = new RegExp(`^</\\s*${NAME}\\s*>$`);
function malformed(token, file) {
  let at2 = tokenRange(token), type = token.tokenType;
  if (type === DocType) return diagnostic("SPAC1102", file, at2);
  if (type === Unterminated) return diagnostic("SPAC1110", file, at2, { what: unterminatedWhat(token.image) });
  if (type === Amp) return diagnostic("SPAC1104", file, at2);
  if (type === Lt) return diagnostic("SPAC1104", file, at2, {}, { message: "lt-value" });
  let variant = type === BadCloseTag ? "closing-tag" : "default";
  return diagnostic("SPAC1101", file, at2, { token: quote(token.image) }, { message: variant });
}
var unterminatedWhat = (image) => image.startsWith("<!--") ? "comment" : image.startsWith("<![") ? "CDATA section" : "processing instruction";
function openElement(b, tokens, from, end, attributes) {
  let open = tokens[from], element = {
    kind: "element",
    name: open.image.slice(1),
    nameRange: range(open.startOffset + 1, tokenEnd(open)),
    attributes: attributesOf(tokens, from, attributes, b),
    selfClosing: end.tokenType === SelfClose,
    contentStart: tokenEnd(end),
    children: [],
    start: open.startOffset,
    end: tokenEnd(end)
  }, parent = b.stack.at(-1);
  if (parent ? parent.children.push(element) : addRoot(b, element), b.stack.length >= MAX_XML_DEPTH) {
    element.skipped = !0;
    let params = { element: quote(`<${element.name}>`), limit: String(MAX_XML_DEPTH) };
    b.out.push(diagnostic("SPAC1114", b.file, element.nameRange, params)), element.selfClosing || (b.skipping = 1);
  } else element.selfClosing || b.stack.push(element);
}
function addRoot(b, element) {
  if (b.roots.length > 0) {
    let params = { element: quote(`<${element.name}>`), first: quote(`<${b.roots[0]?.name ?? ""}>`) };
    b.out.push(diagnostic("SPAC1113", b.file, element.nameRange, params));
  }
  b.roots.push(element);
}
function attributesOf(tokens, from, starts, b) {
  let attributes = [];
  for (let i = 0; i < starts.length; i++) {
    let at2 = from + starts[i], nameToken = tokens[at2], valueToken = tokens[at2 + 2];
    if (!nameToken || !valueToken) continue;
    let valueRange = range(valueToken.startOffset + 1, tokenEnd(valueToken) - 1);
    if (attributes.some((a) => a.name === nameToken.image)) {
      b.out.push(diagnostic("SPAC1109", b.file, tokenRange(nameToken), { name: nameToken.image }));
      continue;
    }
    let decoded = decodeAttribute(valueToken, b);
    attributes.push({ name: nameToken.image, value: decoded, nameRange: tokenRange(nameToken), valueRange });
  }
  return attributes;
}
function decodeAttribute(token, b) {
  let inner = token.image.slice(1, -1);
  if (!inner.includes("&") && !inner.includes("<")) return inner;
  if (inner.includes("<")) {
    let at2 = token.startOffset + 1 + inner.indexOf("<");
    b.out.push(diagnostic("SPAC1104", b.file, range(at2, at2 + 1), {}, { message: "lt-attribute" }));
  }
  return inner.replace(/&[^;\s<&]{0,32};|&/g, (ref, offset) => {
    let at2 = token.startOffset + 1 + offset;
    return decodeEntity(ref, range(at2, at2 + ref.length), b) ?? ref;
  });
}
function closeElement(b, token) {
  let name = token.image.slice(2).trim().replace(/\s*>$/, ""), match2 = b.stack.length - 1;
  for (; match2 >= 0 && b.stack[match2]?.name !== name; ) match2--;
  if (match2 < 0) {
    b.out.push(diagnostic("SPAC1105", b.file, tokenRange(token), { tag: quote(`</${name}>`) }));
    return;
  }
  for (; b.stack.length > match2 + 1; ) reportUnclosed(b, b.stack.pop(), token.startOffset);
  let element = b.stack.pop();
  element.end = tokenEnd(token);
  let nameStart = token.image.indexOf(name);
  element.closeNameRange = range(token.startOffset + nameStart, token.startOffset + nameStart + name.length);
}
function reportUnclosed(b, element, end) {
  let firstElement = element.children.findIndex((c) => c.kind === "element"), leading = element.children.slice(0, Math.max(firstElement, 0)), isValue = firstElement > 0 && leading.some((c) => c.kind === "chars" && c.text.trim() !== ""), parent = b.stack.at(-1);
  if (isValue && parent) {
    append(parent.children, element.children.splice(firstElement));
    let text = leading.filter((c) => c.kind === "chars");
    element.children.length = 0, append(
      element.children,
      text.map((c) => ({ ...c, text: c.text.trimEnd() }))
    );
  }
  let at2 = isValue ? textEnd(element) : end;
  element.end = at2;
  let fix = {
    description: `insert '</${element.name}>'`,
    edits: [{ file: b.file, range: range(at2), newText: `</${element.name}>` }],
    safe: !0
  };
  b.out.push(
    diagnostic(
      "SPAC1106",
      b.file,
      element.nameRange,
      { element: quote(`<${element.name}>`) },
      {
        fix
      }
    )
  );
}
function textEnd(element) {
  let last = element.children.at(-1);
  return last?.kind === "chars" ? last.range.start + last.text.length : element.contentStart;
}
function addChars(b, token) {
  let chars = decodeChars(token, b);
  if (chars && b.stack.length === 0 && chars.text.trim() !== "") {
    b.out.push(diagnostic("SPAC1111", b.file, trimmedRange(token)));
    return;
  }
  chars && addChild(b, chars);
}
function addChild(b, child) {
  b.stack.at(-1)?.children.push(child);
}
function decodeChars(token, b) {
  let at2 = tokenRange(token);
  if (token.tokenType === EntityRef) {
    let text2 = decodeEntity(token.image, at2, b);
    return text2 === void 0 ? void 0 : { kind: "chars", text: text2, base: at2.start, entity: !0, range: at2 };
  }
  let cdata = token.tokenType === CData, text = cdata ? token.image.slice(9, -3) : token.image, base = at2.start + (cdata ? 9 : 0);
  return { kind: "chars", text, base, entity: !1, range: at2 };
}
var PREDEFINED = { amp: "&", lt: "<", gt: ">", apos: "'", quot: '"' };
function decodeEntity(ref, at2, b) {
  if (ref === "&") {
    b.out.push(diagnostic("SPAC1104", b.file, at2));
    return;
  }
  let body = ref.slice(1, -1), numeric = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(body), code = numeric ? parseInt(numeric[1] ?? numeric[2] ?? "", numeric[1] ? 16 : 10) : void 0;
  if (code !== void 0 && isXmlChar(code)) return String.fromCodePoint(code);
  let named = PREDEFINED[body];
  if (named !== void 0) return named;
  let variant = body.startsWith("#") ? "character" : "default";
  b.out.push(diagnostic("SPAC1103", b.file, at2, { reference: quote(ref) }, { message: variant }));
}
var isXmlChar = (c) => c === 9 || c === 10 || c === 13 || c >= 32 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
function trimmedRange(token) {
  let lead = token.image.length - token.image.trimStart().length, trail = token.image.length - token.image.trimEnd().length;
  return range(token.startOffset + lead, tokenEnd(token) - trail);
}

// src/parser/xml-front.ts
var ROOT = "flat-profile";
function parseXml(source, file) {
  let tree = buildXmlTree(source, file), walk = { file, source, items: [], out: tree.diagnostics }, profiles = tree.roots.flatMap(findProfiles);
  if (profiles.length === 0) {
    let at2 = tree.roots[0]?.nameRange ?? range(0);
    walk.out.push(diagnostic("SPAC1107", file, at2, { root: ROOT }));
  }
  for (let profile of profiles) walkChildren(walk, profile, []);
  return { profile: { file, format: "xml", items: walk.items }, diagnostics: walk.out };
}
function findProfiles(element) {
  return element.name === ROOT ? [element] : element.children.flatMap((child) => child.kind === "element" ? findProfiles(child) : []);
}
var isGroup = (element) => element.children.some((c) => c.kind === "element");
function walkChildren(walk, parent, path) {
  let children = parent.children;
  for (let i = 0; i < children.length; i++) {
    let child = children[i];
    child.kind === "element" ? child.skipped || addElement(walk, child, path) : child.kind === "comment" ? addComment(walk, child.text, child.range, path) : addSpace(walk, child, path);
  }
}
function addElement(walk, element, path) {
  if (!isGroup(element)) {
    walk.items.push(entryOf(walk, element, path));
    return;
  }
  element.children.find((c) => c.kind === "chars" && c.text.trim() !== "") && walk.out.push(diagnostic("SPAC1112", walk.file, element.nameRange, { name: element.name })), walkChildren(walk, element, [...path, element.name]);
}
function addComment(walk, raw, at2, path) {
  let text = raw.trim(), last = walk.items.at(-1);
  last?.kind === "entry" && last.comment === void 0 && /^[ \t]*$/.test(walk.source.slice(last.range.end, at2.start)) ? walk.items[walk.items.length - 1] = { ...last, comment: text } : walk.items.push({ kind: "comment", text, path, file: walk.file, range: at2 });
}
function addSpace(walk, chars, path) {
  if (chars.text.trim() !== "") {
    walk.out.push(diagnostic("SPAC1112", walk.file, chars.range, {}, { message: "group" }));
    return;
  }
  lineBreaks(chars.text) >= 2 && walk.items.push({ kind: "blank", path });
}
function lineBreaks(text) {
  let count = 0;
  for (let i = 0; i < text.length && count < 2; i++) {
    let c = text.charCodeAt(i);
    (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) && count++;
  }
  return count;
}
function entryOf(walk, element, path) {
  let access = accessOf(walk, element), head = {
    name: element.name,
    nameFormat: "xml",
    path,
    access,
    file: walk.file,
    range: range(element.start, element.end),
    nameRange: element.nameRange
  }, entry = element.selfClosing ? newEntry(head) : withValue(head, valueOf(element), element), attributes = otherAttributes(element);
  return attributes ? { ...entry, attributes } : entry;
}
function withValue(head, v, element) {
  let { name, path, access, file, range: range2, nameRange } = head, { value, valueRange, valueMap } = v, closeNameRange = element.closeNameRange, entry = {
    kind: "entry",
    name,
    nameFormat: "xml",
    path,
    access,
    value,
    file,
    range: range2,
    nameRange,
    valueRange,
    tag: name,
    valueMap
  };
  return closeNameRange !== void 0 && (entry.closeNameRange = closeNameRange), entry;
}
function otherAttributes(element) {
  let out, attributes = element.attributes;
  for (let i = 0; i < attributes.length; i++) {
    let a = attributes[i];
    a.name !== "ua" && ((out ??= {})[a.name] = a.value);
  }
  return out;
}
function accessOf(walk, element) {
  let ua = element.attributes.find((a) => a.name === "ua");
  if (!ua) return;
  if (ua.value === "na" || ua.value === "ro" || ua.value === "rw") return ua.value;
  let params = { name: element.name, value: quote(ua.value) };
  walk.out.push(diagnostic("SPAC1108", walk.file, ua.valueRange, params));
}
function valueOf(element) {
  let first = element.children[0];
  if (element.children.length === 1 && first?.kind === "chars" && !first.entity && !/[\r\n]/.test(first.text))
    return plainValue(first, element.contentStart);
  let runs = element.children.filter((c) => c.kind === "chars"), text = "", offsets = [];
  for (let run of runs)
    for (let i = 0; i < run.text.length; i++) {
      let c = run.text[i];
      c === "\r" && run.text[i + 1] === `
` || (text += c === "\r" || c === `
` ? " " : c, offsets.push(charOffset(run, i)));
    }
  let start = text.length - text.trimStart().length, value = text.trim(), kept = offsets.slice(start, start + value.length), lastRun = runs.at(-1), end = value.length === 0 ? element.contentStart : sourceEnd(kept.at(-1) ?? 0, runs), from = kept[0] ?? (value.length === 0 ? element.contentStart : lastRun?.range.start ?? 0);
  return { value, valueRange: range(from, end), valueMap: compress(kept) };
}
function sourceEnd(offset, runs) {
  let run = runs.find((r) => r.range.start <= offset && offset < r.range.end);
  return run?.entity ? run.range.end : offset + 1;
}
function plainValue(run, contentStart) {
  let value = run.text.trim();
  if (value.length === 0) return { value, valueRange: range(contentStart, contentStart), valueMap: [] };
  let from = run.base + run.text.length - run.text.trimStart().length;
  return { value, valueRange: range(from, from + value.length), valueMap: [{ v: 0, s: from }] };
}
function compress(offsets) {
  let segments = [];
  return offsets.forEach((s, v) => {
    let last = segments.at(-1);
    (!last || last.s + (v - last.v) !== s) && segments.push({ v, s });
  }), segments;
}

// src/parser/text-grammar.ts
var WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\f\v\uFEFF]+/,
  group: Lexer.SKIPPED
}), NewLine = createToken({ name: "NewLine", pattern: /\r\n|\r|\n/, line_breaks: !0 }), Comment = createToken({ name: "Comment", pattern: /#[^\r\n]*/ }), Str = createToken({ name: "String", pattern: /"[^"\r\n]*"/ }), UnterminatedStr = createToken({ name: "UnterminatedString", pattern: /"[^"\r\n]*/ }), ImportLine = createToken({
  name: "ImportLine",
  pattern: /import(?![A-Za-z0-9_.\-/()[])[^\r\n#]*/
}), Name = createToken({ name: "Name", pattern: /[A-Za-z0-9_.\-/()]+(?:\[[^\]\s"#;]*\]?)?/ }), Bang = createToken({ name: "Bang", pattern: /!/ }), Question = createToken({ name: "Question", pattern: /\?/ }), Star = createToken({ name: "Star", pattern: /\*/ }), Semi = createToken({ name: "Semi", pattern: /;/ }), Unknown = createToken({ name: "Unknown", pattern: /[^]/ }), textTokens = [
  WhiteSpace,
  ImportLine,
  Name,
  Str,
  Semi,
  NewLine,
  Comment,
  UnterminatedStr,
  Bang,
  Question,
  Star,
  Unknown
], textLexer = (validate = !1) => lexerFor(textTokens, validate), EXPECT_NAME = "expect-name", EXPECT_SEMI = "expect-semi", NAME_EXPECTED = { ERR_MSG: EXPECT_NAME }, SEMI_EXPECTED = { ERR_MSG: EXPECT_SEMI }, TextStatementParser = class extends RecordingParser {
  constructor(validate = !1) {
    super(textTokens, { recoveryEnabled: !1, maxLookahead: 1, skipValidations: !validate }), this.performSelfAnalysis();
  }
  statements = [
    { ALT: () => ({ kind: "import", token: this.CONSUME(ImportLine) }) },
    { ALT: () => this.SUBRULE(this.parameter) }
  ];
  accesses = [
    { ALT: () => this.CONSUME(Bang) },
    { ALT: () => this.CONSUME(Question) },
    { ALT: () => this.CONSUME(Star) }
  ];
  values = [
    { ALT: () => this.CONSUME(Str) },
    { ALT: () => this.CONSUME(UnterminatedStr) }
  ];
  anAccess = () => this.SUBRULE(this.access);
  aValue = () => this.SUBRULE(this.value);
  statement = this.RULE("statement", () => this.OR(this.statements));
  parameter = this.RULE("parameter", () => {
    let name = this.CONSUME(Name, NAME_EXPECTED), access = this.OPTION(this.anAccess), value = this.OPTION2(this.aValue), semi = this.CONSUME(Semi, SEMI_EXPECTED);
    return { kind: "parameter", name, access, value, semi };
  });
  access = this.RULE("access", () => this.OR(this.accesses));
  value = this.RULE("value", () => this.OR(this.values));
}, shared2, textParser = () => shared2 ??= new TextStatementParser();
function parseStatement(tokens) {
  let parser = textParser();
  parser.input = tokens;
  let statement = parser.statement(), first = parser.errors[0];
  return first ? { statement: void 0, error: { key: first.message, token: first.token } } : { statement, error: void 0 };
}

// src/parser/text-front.ts
function parseText(source, file) {
  return parseTextInBlocks(source, file, BLOCK_CHARS);
}
var BLOCK_CHARS = 65536;
function parseTextInBlocks(source, file, blockChars) {
  let diagnostics = [], items = [];
  for (let start = 0; start < source.length; ) {
    let end = lineEndFrom(source, Math.min(start + blockChars, source.length)), tokens = textLexer().tokenize(source.slice(start, end)).tokens;
    if (start > 0) for (let token of tokens) shiftToken(token, start);
    for (let line of splitLines(tokens)) parseLine(line, file, diagnostics, items);
    start = end;
  }
  return { profile: { file, format: "text", items }, diagnostics };
}
function lineEndFrom(source, at2) {
  let end = Math.max(at2, 1);
  for (; end < source.length; ) {
    let c = source.charCodeAt(end - 1);
    if (c === 10 || c === 13 && source.charCodeAt(end) !== 10) break;
    end++;
  }
  return end;
}
function shiftToken(token, by) {
  token.startOffset += by, token.endOffset !== void 0 && (token.endOffset += by);
}
function splitLines(tokens) {
  let lines = [], code = [], comment;
  for (let token of tokens)
    token.tokenType === NewLine ? (lines.push({ code, comment }), code = [], comment = void 0) : token.tokenType === Comment ? comment = token : code.push(token);
  return (code.length > 0 || comment) && lines.push({ code, comment }), lines;
}
function parseLine(line, file, diagnostics, out) {
  let commentText = line.comment ? commentBody(line.comment.image) : void 0;
  if (line.code.length === 0) {
    line.comment ? out.push({ kind: "comment", text: commentText ?? "", path: [], file, range: tokenRange(line.comment) }) : out.push({ kind: "blank", path: [] });
    return;
  }
  let segments = oneStatement(line.code) ? [line.code] : splitStatements(line.code), last;
  for (let i = 0; i < segments.length; i++) {
    let item = parseSegment(segments[i], i === 0, file, diagnostics);
    item && out.push(last = item);
  }
  last && commentText !== void 0 && (out[out.length - 1] = { ...last, comment: commentText });
}
function oneStatement(code) {
  for (let i = 0; i < code.length - 1; i++) if (code[i]?.tokenType === Semi) return !1;
  return !0;
}
var commentBody = (image) => image.slice(1).replace(/^ /, "").trimEnd();
function splitStatements(code) {
  let segments = [], current = [];
  for (let token of code)
    current.push(token), token.tokenType === Semi && (segments.push(current), current = []);
  return current.length > 0 && segments.push(current), segments;
}
function parseSegment(segment, startsLine, file, out) {
  if (reportLexicalErrors(segment, file, out)) return;
  let first = segment[0];
  if (first?.tokenType === ImportLine && !startsLine) {
    out.push(diagnostic("SPAC1006", file, tokenRange(first)));
    return;
  }
  let { statement, error } = parseStatement(segment);
  if (error) {
    out.push(syntaxDiagnostic(segment, error.key, error.token, file));
    return;
  }
  if (statement)
    return statement.kind === "import" ? buildImport(statement.token, file, out) : buildEntry(statement, file, out);
}
function reportLexicalErrors(segment, file, out) {
  let before = out.length;
  for (let i = 0; i < segment.length; i++) {
    let token = segment[i];
    if (token?.tokenType === UnterminatedStr)
      out.push(diagnostic("SPAC1002", file, tokenRange(token)));
    else if (token?.tokenType === Unknown) {
      let end = i;
      for (; segment[end + 1]?.tokenType === Unknown && tokenEnd(segment[end]) === segment[end + 1]?.startOffset; )
        end++;
      let text = segment.slice(i, end + 1).map((t) => t.image).join(""), what = text.length > 1 ? "characters" : "character";
      out.push(
        diagnostic("SPAC1001", file, range(token.startOffset, token.startOffset + text.length), {
          what,
          text: quote(text)
        })
      ), i = end;
    }
  }
  return out.length > before;
}
function syntaxDiagnostic(segment, key, token, file) {
  let index = segment.indexOf(token), name = segment[0]?.tokenType === Name ? segment[0].image : void 0;
  if (name !== void 0 && index < 0 && key === EXPECT_SEMI) return missingSemi(segment, name, file);
  if (index <= 0 || name === void 0) {
    let at2 = segment[Math.max(index, 0)] ?? token, found = index < 0 ? "the end of the line" : quote(token.image);
    return diagnostic("SPAC1004", file, tokenRange(at2), { found });
  }
  return key === EXPECT_SEMI && token.tokenType === Name ? unquotedValue(segment, index, name, file) : diagnostic("SPAC1009", file, tokenRange(token), { token: quote(token.image), name });
}
function missingSemi(segment, name, file) {
  let at2 = tokenEnd(segment.at(-1));
  return diagnostic(
    "SPAC1003",
    file,
    range(at2),
    { name },
    {
      fix: { description: "insert ';'", edits: [{ file, range: range(at2), newText: " ;" }], safe: !0 }
    }
  );
}
function unquotedValue(segment, from, name, file) {
  let words = segment.slice(from).filter((t) => t.tokenType !== Semi), start = words[0]?.startOffset ?? 0, end = tokenEnd(words.at(-1)), quotable = words.every((t) => t.tokenType === Name), text = words.map((t) => t.image).join(" ");
  return diagnostic(
    "SPAC1007",
    file,
    range(start, end),
    { name },
    {
      ...quotable ? {
        fix: {
          description: "put the value in double quotes",
          edits: [{ file, range: range(start, end), newText: `"${text}"` }],
          safe: !0
        }
      } : {}
    }
  );
}
function buildImport(token, file, out) {
  let raw = token.image.slice(6), trimmed = raw.trim(), target = /^"[^"]*"$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
  if (target === "" || /\s/.test(target)) {
    let variant = target === "" ? "no-file" : "spaces";
    out.push(diagnostic("SPAC1006", file, tokenRange(token), {}, { message: variant }));
    return;
  }
  let start = token.startOffset + 6 + raw.indexOf(trimmed);
  return {
    kind: "import",
    target,
    file,
    range: tokenRange(token),
    targetRange: range(start, start + trimmed.length)
  };
}
function buildEntry(statement, file, out) {
  let { name: nameToken, semi } = statement;
  if (!checkIndex(nameToken, file, out)) return;
  let access = accessOf2(statement.access, nameToken.image, file, out);
  if (access === null) return;
  let valueToken = statement.value?.tokenType === Str ? statement.value : void 0, head = {
    name: nameToken.image,
    nameFormat: "text",
    path: NO_PATH,
    access,
    file,
    range: range(nameToken.startOffset, tokenEnd(semi)),
    nameRange: tokenRange(nameToken)
  };
  if (!valueToken) return newEntry(head);
  let at2 = range(valueToken.startOffset + 1, tokenEnd(valueToken) - 1);
  return newEntry(head, { text: valueToken.image.slice(1, -1), range: at2 });
}
var NO_PATH = Object.freeze([]);
function checkIndex(token, file, out) {
  let bracket = token.image.indexOf("[");
  if (bracket < 0 || /^\[[0-9]+\]$/.test(token.image.slice(bracket))) return !0;
  let base = token.image.slice(0, bracket), at2 = range(token.startOffset + bracket, tokenEnd(token));
  return out.push(diagnostic("SPAC1005", file, at2, { name: base })), !1;
}
function accessOf2(token, name, file, out) {
  return token ? token.tokenType === Bang ? "rw" : token.tokenType === Question ? "ro" : (token.tokenType === Star && out.push(diagnostic("SPAC1008", file, tokenRange(token), { marker: token.image, name })), null) : "na";
}

// src/parser/parse.ts
var XML_LINE = /^[ \t]*<(?:flat-profile\b|\?xml\b)/m, mentionsXml = (source) => source.includes("<flat-profile") || source.includes("<?xml"), detectFormat = (source) => /^[\uFEFF\s]*</.test(source) || mentionsXml(source) && XML_LINE.test(source) ? "xml" : "text";
function parseProfile(source, file) {
  return detectFormat(source) === "xml" ? parseXml(source, file) : parseText(source, file);
}

export {
  entriesOf,
  valueSpanToSource,
  parseText,
  lineEndFrom,
  parseXml,
  detectFormat,
  parseProfile
};
