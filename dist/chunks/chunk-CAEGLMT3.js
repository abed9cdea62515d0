import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  checkRuleValue,
  entryTag,
  expandMacros,
  scanMacros,
  urlParts
} from "./chunk-ILBW3I2W.js";
import {
  deviceValues
} from "./chunk-HIQO3D62.js";
import {
  macroInfo
} from "./chunk-C4OQ6GRE.js";
import {
  catalog
} from "./chunk-YXJOSIDR.js";

// src/rules/ast.ts
var conditionOf = (alt) => alt.groups.find((g) => g.kind === "condition")?.condition, assignmentsOf = (alt) => alt.groups.flatMap((g) => g.assignments ?? []), optionOf = (alt, name) => alt.options?.list.find((o) => o.name === name);

// src/rules/compare.ts
var SWVER = { kind: "word", text: "$SWVER", at: 0, span: { start: 0, end: 0 } };
function evaluateCondition(condition, lookup) {
  let missing = [], steps = [], value = !0;
  for (let c of condition.comparisons) {
    let one = evaluateComparison(c, lookup, missing);
    steps.push(one.step), one.value === !1 ? value = !1 : one.value === "unknown" && value === !0 && (value = "unknown");
  }
  return { value, missing: [...new Set(missing)], steps };
}
function evaluateComparison(c, lookup, missing) {
  let left = c.left ?? SWVER, sides = [left, c.right].map((o) => valueOf(o, lookup, missing)), [a = "", b = ""] = sides.map((s) => s.text), shown = (o, text) => o.kind === "string" ? `"${text}"` : text, step = `${shown(left, a)} ${c.op} ${shown(c.right, b)}`;
  if (sides.some((s) => s.unknown)) return { value: "unknown", step: `${step}: unknown` };
  let order = left.kind === "string" || c.right.kind === "string" ? a === b ? 0 : a < b ? -1 : 1 : compareVersions(a, b), value = holds(c.op, order);
  return { value, step: `${step}: ${String(value)}` };
}
function valueOf(o, lookup, missing) {
  let unknown = !1;
  for (let p of scanMacros(o.text))
    p.kind === "macro" && macroInfo(p.name) && lookup(p.name) === void 0 && (missing.push(p.name), unknown = !0);
  return { text: expandMacros(o.text, lookup), unknown };
}
function holds(op, order) {
  switch (op) {
    case "eq":
      return order === 0;
    case "ne":
      return order !== 0;
    case "lt":
      return order < 0;
    case "le":
      return order <= 0;
    case "gt":
      return order > 0;
    case "ge":
      return order >= 0;
  }
}
function compareVersions(a, b) {
  if (/^-?[0-9]+$/.test(a) && /^-?[0-9]+$/.test(b)) return Math.sign(Number(a) - Number(b));
  let pa = versionParts(a), pb = versionParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    let x = pa[i], y = pb[i];
    if (x === void 0 || y === void 0) return x === void 0 ? -1 : 1;
    let order = typeof x == "number" && typeof y == "number" ? Math.sign(x - y) : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
    if (order !== 0) return order;
  }
  return 0;
}
var versionParts = (v) => (v.match(/[0-9]+|[A-Za-z]+/g) ?? []).map((p) => /^[0-9]/.test(p) ? Number(p) : p.toLowerCase());

// src/rules/evaluate.ts
var publicLookup = (lookup) => (name) => macroInfo(name)?.scope === "secret" ? void 0 : lookup(name);
function evaluateRule(rule, lookup) {
  if (rule.disabled) return { status: "disabled", tried: [], missing: [] };
  let alts = rule.alternatives.filter((a) => a.span.start !== a.span.end);
  if (alts.length === 0) return { status: "empty", tried: [], missing: [] };
  let open = publicLookup(lookup), tried = [];
  for (let [i, alt] of alts.entries()) {
    let condition = conditionOf(alt), verdict = condition ? evaluateCondition(condition, open) : { value: !0, steps: [], missing: [] };
    if (tried.push({ alternative: i + 1, result: verdict.value, steps: verdict.steps }), verdict.value === "unknown") return { status: "undecided", tried, missing: verdict.missing };
    if (verdict.value) return matched(alt, i + 1, lookup, tried);
  }
  return { status: "no-match", tried, missing: [] };
}
function matched(alt, n, lookup, tried) {
  let open = publicLookup(lookup), assignments = assignmentsOf(alt).map((a) => ({
    name: /^[a-pA-P]$/.test(a.name) ? `GPP_${a.name.toUpperCase()}` : a.name,
    value: expandMacros(a.value.text, open)
  }));
  if (!alt.url)
    return { status: "assign-only", alternative: n, fetch: { url: "", assignments }, tried, missing: [] };
  let url = expandMacros(alt.url.text, open), parts = urlParts(url), key = keyOf(alt, lookup), letter = (name) => optionOf(alt, name)?.arg?.text.toUpperCase(), post = letter("post"), alias = letter("alias"), fetch = {
    url,
    ...parts ? { parts } : {},
    ...key ? { key } : {},
    ...post ? { post: `GPP_${post}` } : {},
    ...alias ? { alias: `GPP_${alias}` } : {},
    assignments
  };
  return { status: parts ? "fetch" : "bad-url", alternative: n, fetch, tried, missing: [] };
}
function keyOf(alt, lookup) {
  let arg = optionOf(alt, "key")?.arg;
  if (!arg) return;
  let text = /^".*"$/s.test(arg.text) ? arg.text.slice(1, -1) : arg.text, pieces = scanMacros(text), only = pieces.length === 1 && pieces[0]?.kind === "macro" ? pieces[0] : void 0;
  return { source: (only ? macroInfo(only.name)?.gpp : void 0) ?? "rule", value: expandMacros(text, lookup) };
}
function applyAssignments(values, outcome) {
  for (let a of outcome.fetch?.assignments ?? []) {
    let letter = /^GPP_([A-P])$/.exec(a.name)?.[1];
    letter && values.set(letter, a.value);
  }
}

// src/rules/preview.ts
var PREVIEWED = [
  "Profile_Rule",
  "Profile_Rule_B",
  "Profile_Rule_C",
  "Profile_Rule_D",
  "Upgrade_Rule"
];
function previewRules(layered, index, facts, names = PREVIEWED) {
  let model = facts.model ?? index?.target?.model.name, device = { ...facts, ...model === void 0 ? {} : { model } }, values = deviceValues(device, registers(layered)), shown = new Map(values), rules = names.map((name) => {
    let picked = valueOf2(name, layered, index), language = name === "Upgrade_Rule" ? "upgrade" : "profile", checked = checkRuleValue(picked.value, language), outcome = checked.problems.some((p) => catalog[p.code].severity === "error") ? { status: "invalid", tried: [], missing: [] } : evaluateRule(checked.rule, (m) => values.get(m));
    return language === "profile" && applyAssignments(values, outcome), { name, ...picked, outcome };
  });
  return { device, values: shown, rules };
}
function registers(layered) {
  let out = /* @__PURE__ */ new Map();
  for (let entry of layered) {
    let letter = /^GPP_([A-P]|S[A-D])$/.exec(entryTag(entry))?.[1];
    letter && macroInfo(letter) && entry.value !== void 0 && out.set(letter, entry.value);
  }
  return out;
}
function valueOf2(name, layered, index) {
  let entry = layered.findLast((e) => entryTag(e) === name && e.value !== void 0);
  if (entry) return { value: entry.value ?? "", from: "profile", entry };
  let found = index?.find(name) ?? [], fallback = (found.find((f) => f.family === index?.target?.family) ?? found[0])?.spec.default;
  return fallback === void 0 ? { value: "", from: "unset" } : { value: fallback, from: "default" };
}

export {
  optionOf,
  evaluateRule,
  previewRules
};
