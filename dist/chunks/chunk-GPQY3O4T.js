import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  hasLoneSurrogate
} from "./chunk-5AWKQC2Z.js";
import {
  TEXT_NAME_BODY,
  emptyNameTable
} from "./chunk-ILBW3I2W.js";
import {
  append,
  diagnostic
} from "./chunk-YXJOSIDR.js";

// src/codegen/emit-text.ts
var NAME_COLUMN = 46, MARKER = { rw: "!", ro: "?", na: " " };
function emitText(items, names = emptyNameTable) {
  let lines = [], diagnostics = [], pending = { xmlNames: [], defaultAccess: [], grouped: [] };
  for (let item of items)
    item.kind === "blank" ? lines.length > 0 && lines.at(-1) !== "" && lines.push("") : item.kind === "comment" ? append(
      lines,
      item.text.split(/\r\n|\r|\n/).map((line) => `# ${line.trim()}`.trimEnd())
    ) : item.kind === "import" ? lines.push(importLine(item)) : lines.push(entryLine(item, names, pending, diagnostics));
  for (; lines.at(-1) === ""; ) lines.pop();
  return append(diagnostics, summaries(pending)), { text: lines.length === 0 ? "" : `${lines.join(`
`)}
`, diagnostics };
}
function importLine(item) {
  return `import ${/\s/.test(item.target) ? `"${item.target}"` : item.target}${trailing(item.comment)}`;
}
function entryLine(entry, names, pending, diagnostics) {
  let name = textName(entry, names, pending, diagnostics);
  entry.access === void 0 && pending.defaultAccess.push(entry), entry.path.length > 0 && pending.grouped.push(entry);
  let marker = MARKER[entry.access ?? "na"] ?? " ", head = name.length < NAME_COLUMN ? name.padEnd(NAME_COLUMN) + marker : `${name} ${marker}`, comment = trailing(entry.comment);
  if (entry.value === void 0) return `${head} ;${comment}`;
  let at = entry.valueRange ?? entry.nameRange;
  return /["\r\n]/.test(entry.value) ? diagnostics.push(diagnostic("SPAC5001", entry.file, at, { name: entry.name })) : hasLoneSurrogate(entry.value) && diagnostics.push(diagnostic("SPAC5001", entry.file, at, { name: entry.name }, { message: "surrogate" })), `${head} "${entry.value}" ;${comment}`;
}
function textName(entry, names, pending, diagnostics) {
  if (entry.nameFormat === "text") return entry.name;
  let known = names.textNameOf(entry.name);
  return known !== void 0 ? known : (TEXT_NAME_BODY.test(entry.name) ? pending.xmlNames.push(entry) : diagnostics.push(diagnostic("SPAC5005", entry.file, entry.nameRange, { name: entry.name })), entry.name);
}
function summaries(pending) {
  let out = [], first = (list) => list[0];
  if (pending.xmlNames.length > 0) {
    let e = first(pending.xmlNames);
    out.push(diagnostic("SPAC5002", e.file, e.nameRange, { count: count(pending.xmlNames), name: e.name }));
  }
  if (pending.defaultAccess.length > 0) {
    let e = first(pending.defaultAccess), params = { count: count(pending.defaultAccess), name: e.name }, variant = pending.defaultAccess.length === 1 ? "one" : "default";
    out.push(diagnostic("SPAC5004", e.file, e.nameRange, params, { message: variant }));
  }
  if (pending.grouped.length > 0) {
    let e = first(pending.grouped), params = { count: count(pending.grouped), path: `${e.path.join("/")}/${e.name}` };
    out.push(diagnostic("SPAC5006", e.file, e.nameRange, params));
  }
  return out;
}
var trailing = (comment) => comment === void 0 ? "" : `  # ${comment.replace(/\s*[\r\n]+\s*/g, " ")}`.trimEnd(), count = (list) => list.length === 1 ? "1 parameter" : `${list.length} parameters`;

export {
  emitText
};
