import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  escapeXmlText
} from "./chunk-5AWKQC2Z.js";
import {
  valueSpanToSource
} from "./chunk-JG7RXYEO.js";
import {
  checkValue
} from "./chunk-ILBW3I2W.js";
import {
  diagnostic,
  quote
} from "./chunk-YXJOSIDR.js";

// src/schema/checks/value.ts
var emptyAllowed = (spec) => spec.type.kind !== "bool" && spec.type.kind !== "enum" || spec.default === "";
function problemFor(value, found) {
  if (!(value === "" && emptyAllowed(found.spec)))
    return checkValue(value, found.spec.type);
}
function checkEntryValue(entry, found) {
  let value = entry.value;
  if (value === void 0 || found.length === 0 || found.some((f) => f.spec.type.kind === "rule"))
    return;
  if (value === "" && found.every((f) => !emptyAllowed(f.spec))) {
    let fallback = found.find((f) => f.spec.default !== void 0)?.spec.default, at = entry.valueRange ?? entry.nameRange;
    return fallback === void 0 ? diagnostic("SPAC3011", entry.file, at, { name: entry.name }, { message: "factory" }) : diagnostic("SPAC3011", entry.file, at, { name: entry.name, default: fallback });
  }
  let problems = [];
  for (let f of found) {
    let p = problemFor(value, f);
    if (p === void 0) return;
    problems.push(p);
  }
  let problem = problems.find((p) => p.undocumented === !0) ?? problems[0];
  if (problem === void 0) return;
  let secret = found.some((f) => f.spec.secret === !0);
  if (problem.undocumented === !0 && !secret) return undocumented(entry, problem);
  let hidden = secret, fix = problem.suggestion === void 0 || secret ? void 0 : replaceValue(entry, problem.suggestion);
  return diagnostic(
    "SPAC3002",
    entry.file,
    problemRange(entry, problem),
    { ...hidden ? {} : { value: quote(value) }, name: entry.name, expected: problem.message },
    { ...fix ? { fix } : {}, message: hidden ? "hidden" : "default" }
  );
}
function undocumented(entry, problem) {
  let fix = problem.suggestion === void 0 ? void 0 : replaceValue(entry, problem.suggestion);
  return diagnostic(
    "SPAC3014",
    entry.file,
    problemRange(entry, problem),
    { name: entry.name, problem: problem.message },
    fix ? { fix: { ...fix, safe: !0 } } : {}
  );
}
function replaceValue(entry, value) {
  if (!entry.valueRange) return;
  let text = entry.nameFormat === "xml" ? escapeXmlText(value) : value;
  return {
    description: `write '${value}'`,
    edits: [{ file: entry.file, range: entry.valueRange, newText: text }]
  };
}
function problemRange(entry, problem) {
  if (problem.at === void 0) return entry.valueRange ?? entry.nameRange;
  let end = problem.length === void 0 ? void 0 : problem.at + problem.length;
  return valueSpanToSource(entry, problem.at, end);
}

export {
  emptyAllowed,
  checkEntryValue
};
