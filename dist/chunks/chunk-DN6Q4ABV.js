import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  escapeXmlAscii,
  hasLoneSurrogate
} from "./chunk-5AWKQC2Z.js";
import {
  XML_NAME,
  xmlNameOf
} from "./chunk-ILBW3I2W.js";
import {
  diagnostic
} from "./chunk-YXJOSIDR.js";

// src/codegen/emit-xml.ts
var INDENT = "  ";
function emitXml(items) {
  let body = startBody();
  for (let item of items) addItem(body, item);
  return finishBody(body);
}
var startBody = () => ({
  lead: 0,
  lines: ["<flat-profile>"],
  open: [],
  pendingBlank: !1,
  lineOf: [],
  found: []
});
function addItem(body, item) {
  let { lines } = body;
  if (item.kind === "blank") {
    body.pendingBlank = lines.length > 1, body.lineOf.push(-1), body.found.push([]);
    return;
  }
  body.open = moveTo(lines, body.open, item.path), body.pendingBlank && lines.push(""), body.pendingBlank = !1;
  let pad = INDENT.repeat(body.open.length + 1), own = [];
  body.lineOf.push(lines.length), lines.push(item.kind === "comment" ? `${pad}${xmlComment(item.text)}` : pad + entryLine(item, own)), body.found.push(own);
}
function finishBody(body) {
  let { lines } = body;
  return moveTo(lines, body.open, []), lines.push("</flat-profile>", ""), { text: lines.join(`
`), diagnostics: body.found.flat() };
}
function xmlTemplate(items) {
  let body = startBody();
  for (let item of items) addItem(body, item);
  let starts = [], encoded = body.lines.map((line) => utf8.encode(`${line}
`)), at = 0;
  for (let line of encoded)
    starts.push(at), at += line.length;
  let bytes = new Uint8Array(at);
  encoded.forEach((line, i) => {
    bytes.set(line, starts[i]);
  });
  let noisy = body.found.flatMap((found, i) => found.length > 0 ? [i] : []);
  return { body, bytes, starts, noisy };
}
var utf8 = new TextEncoder();
function emitXmlOnto(template, over) {
  let base = template.body, kept = [], own = [], from = 0, found = new Map(template.noisy.map((i) => [i, base.found[i] ?? []]));
  for (let i of over.changed) {
    let item = over.at.get(i);
    if (item === void 0) continue;
    let line = base.lineOf[i] ?? 0, problems = [];
    kept.push(from, template.starts[line] ?? from), own.push(`${INDENT.repeat(item.path.length + 1)}${entryLine(item, problems)}
`), from = template.starts[line + 1] ?? template.bytes.length, (problems.length > 0 || found.has(i)) && found.set(i, problems);
  }
  kept.push(from, template.bytes.length);
  let tail = {
    lead: base.lines.length,
    lines: [],
    open: base.open,
    pendingBlank: base.pendingBlank,
    lineOf: [],
    found: []
  };
  for (let item of over.added) addItem(tail, item);
  let closed = finishBody(tail), inOrder = [...found].sort(([a], [b]) => a - b).flatMap(([, d]) => d), lines = encodeEach([...own, closed.text]), chunks = [];
  for (let k = 0; k < lines.length; k++)
    chunks.push(template.bytes.subarray(kept[2 * k], kept[2 * k + 1])), chunks.push(lines[k] ?? new Uint8Array());
  return { chunks, diagnostics: [...inOrder, ...closed.diagnostics] };
}
function encodeEach(texts) {
  let all = utf8.encode(texts.join(""));
  if (all.length !== texts.reduce((n, t) => n + t.length, 0)) return texts.map((t) => utf8.encode(t));
  let at = 0;
  return texts.map((t) => all.subarray(at, at += t.length));
}
function moveTo(lines, open, path) {
  let common = 0;
  for (; common < open.length && common < path.length && open[common] === path[common]; ) common++;
  for (let depth = open.length - 1; depth >= common; depth--)
    lines.push(`${INDENT.repeat(depth + 1)}</${open[depth] ?? ""}>`);
  for (let depth = common; depth < path.length; depth++)
    lines.push(`${INDENT.repeat(depth + 1)}<${path[depth] ?? ""}>`);
  return path;
}
function entryLine(entry, diagnostics) {
  let name = xmlNameOf(entry);
  XML_NAME.test(name) || diagnostics.push(
    diagnostic("SPAC5005", entry.file, entry.nameRange, { name: entry.name }, { message: "xml" })
  );
  let ua = entry.access === void 0 ? "" : ` ua="${entry.access}"`, comment = entry.comment === void 0 ? "" : ` ${xmlComment(entry.comment)}`;
  return entry.value === void 0 ? `<${name}${ua}/>${comment}` : (checkValue(entry, entry.value, diagnostics), `<${name}${ua}>${escapeXmlAscii(entry.value)}</${name}>${comment}`);
}
function checkValue(entry, value, diagnostics) {
  let at = entry.valueRange ?? entry.nameRange;
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(value) ? diagnostics.push(diagnostic("SPAC5001", entry.file, at, { name: entry.name }, { message: "control" })) : hasLoneSurrogate(value) ? diagnostics.push(diagnostic("SPAC5001", entry.file, at, { name: entry.name }, { message: "surrogate" })) : (value !== value.trim() || /[\r\n]/.test(value)) && diagnostics.push(diagnostic("SPAC5003", entry.file, at, { name: entry.name }));
}
var xmlComment = (text) => `<!-- ${text.replace(/--/g, "- -").replace(/-$/, "- ")} -->`;

export {
  emitXml,
  xmlTemplate,
  emitXmlOnto
};
