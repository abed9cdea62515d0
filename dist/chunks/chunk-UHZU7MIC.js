import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  parseProfile
} from "./chunk-JG7RXYEO.js";
import {
  entryKey
} from "./chunk-ILBW3I2W.js";
import {
  append,
  diagnostic,
  lineIndex,
  range
} from "./chunk-YXJOSIDR.js";

// src/model/duplicates.ts
function findDuplicates(profile, source) {
  let last = /* @__PURE__ */ new Map(), found = [], lines, text = { source, lines: () => lines ??= lineIndex(source) }, { items } = profile;
  for (let i = items.length - 1; i >= 0; i--) {
    let entry = items[i];
    if (entry.kind !== "entry") continue;
    let key = entryKey(entry), winner = last.get(key);
    winner ? found.push(duplicate(entry, winner, text)) : last.set(key, entry);
  }
  return found.reverse();
}
function duplicate(entry, winner, source) {
  let related = [
    { file: winner.file, range: winner.nameRange, message: `the setting of '${winner.name}' that wins` }
  ], fix = winner.value === void 0 ? void 0 : {
    description: `remove this setting of '${entry.name}'`,
    edits: [{ file: entry.file, range: wholeLines(entry, source), newText: "" }],
    safe: !0
  };
  return diagnostic(
    "SPAC2001",
    entry.file,
    entry.nameRange,
    { name: entry.name },
    {
      related,
      ...fix ? { fix } : {}
    }
  );
}
function wholeLines(entry, { source, lines }) {
  let index = lines(), { start: lineStart } = index.bounds(index.position(entry.range.start).line), { end: lineEnd } = index.bounds(index.position(entry.range.end).line), before = entry.range.start;
  for (; before > lineStart && isSpace(source[before - 1]); ) before--;
  let after = entry.range.end;
  for (; after < lineEnd && isSpace(source[after]); ) after++;
  let last = lineEnd;
  for (; last > after && isSpace(source[last - 1]); ) last--;
  let rest = after === last || source.startsWith("#", after) || source.startsWith("<!--", after) && source.endsWith("-->", last) && last - after >= 7;
  return before === lineStart && rest ? range(lineStart, lineEnd) : entry.range;
}
var isSpace = (c) => c !== void 0 && /\s/.test(c);

// src/model/status-fields.ts
var STATUS_GROUP = /^info\//i, isStatusField = (item) => item.kind === "entry" && STATUS_GROUP.test(item.attributes?.group ?? "");
function withoutStatusFields(profile) {
  let status = profile.items.filter(isStatusField), first = status[0];
  if (first === void 0) return { profile, diagnostics: [] };
  let items = profile.items.filter((i) => !isStatusField(i)), params = { count: status.length, example: first.name };
  return {
    profile: { ...profile, items },
    diagnostics: [diagnostic("SPAC3010", profile.file, first.nameRange, params)]
  };
}

// src/parser/load.ts
async function loadProfiles(inputs, host) {
  let repeating = /* @__PURE__ */ new Set(), settings = /* @__PURE__ */ new Map(), loader = {
    host,
    parsed: /* @__PURE__ */ new Map(),
    settings,
    sources: /* @__PURE__ */ new Map(),
    diagnostics: [],
    repeating
  }, items = [];
  for (let input of inputs) append(items, await expand(loader, input, [input.file]));
  let files = [...settings.values()], layered2 = inputs.length === 1 && files.length === 1 && repeating.size === 0, result = { items, sources: loader.sources, diagnostics: loader.diagnostics, files };
  return layered2 ? { ...result, layered: !0 } : result;
}
function parseOnce(loader, input) {
  let cached = loader.parsed.get(input.file);
  if (cached) return cached;
  let result = input.parse ? input.parse(input.text) : parseProfile(input.text, input.file), settings = withoutStatusFields(result.profile);
  loader.parsed.set(input.file, result), loader.settings?.set(input.file, settings.profile), loader.sources.set(input.file, input.text), input.badByte && loader.diagnostics.push(notUtf8(input.file, input.badByte)), append(loader.diagnostics, result.diagnostics), append(loader.diagnostics, settings.diagnostics);
  let duplicates = findDuplicates(settings.profile, input.text);
  return duplicates.length > 0 && loader.repeating?.add(input.file), append(loader.diagnostics, duplicates), result;
}
var notUtf8 = (file, bad) => diagnostic("SPAC1010", file, range(bad.at, bad.at + 1), {
  byte: `0x${bad.byte.toString(16).toUpperCase().padStart(2, "0")}`
});
async function expand(loader, input, chain) {
  let { profile } = parseOnce(loader, input), out = [];
  for (let item of profile.items)
    item.kind === "import" ? append(out, await expandImport(loader, item, chain)) : isStatusField(item) || out.push(item);
  return out;
}
async function expandImport(loader, item, chain) {
  let target = loader.host.resolve(item.file, item.target);
  if (chain.includes(target)) {
    let cycle = [...chain.slice(chain.indexOf(target)), target].join(" -> ");
    return loader.diagnostics.push(diagnostic("SPAC1202", item.file, item.targetRange, { cycle })), [];
  }
  let read = await loader.host.read(target);
  if (!read.ok)
    return loader.diagnostics.push(
      diagnostic("SPAC1201", item.file, item.targetRange, { file: target, reason: read.reason })
    ), [];
  let input = { file: target, text: read.text, ...read.badByte ? { badByte: read.badByte } : {} };
  return looksLikeProfile(loader, input) ? expand(loader, input, [...chain, target]) : (loader.diagnostics.push(diagnostic("SPAC1201", item.file, item.targetRange, { file: target, reason: "not a profile: no line of it reads as a setting" })), []);
}
function looksLikeProfile(loader, input) {
  if (loader.parsed.get(input.file) && !loader.sources.has(input.file)) return !1;
  let result = parseOnce(loader, input);
  if (!result.diagnostics.some((d) => d.severity === "error") || result.profile.items.some((i) => i.kind === "entry")) return !0;
  loader.sources.delete(input.file);
  let kept = loader.diagnostics.filter((d) => d.file !== input.file);
  return loader.diagnostics.splice(0, loader.diagnostics.length, ...kept), !1;
}

// src/model/layer.ts
function layer(items) {
  let at = /* @__PURE__ */ new Map(), out = [];
  for (let item of items) {
    if (item.kind !== "entry") {
      out.push(item);
      continue;
    }
    let key = entryKey(item), i = at.get(key);
    i === void 0 ? (at.set(key, out.length), out.push(item)) : out[i] = mergeEntry(out[i], item);
  }
  return out;
}
function layered(items) {
  let out = layer(items), at = /* @__PURE__ */ new Map();
  return out.forEach((item, i) => {
    item.kind === "entry" && at.set(entryKey(item), i);
  }), { items: out, at };
}
function overlay(base, more) {
  let at = /* @__PURE__ */ new Map(), added = [], addedAt = /* @__PURE__ */ new Map();
  for (let entry of more) {
    let key = entryKey(entry), i = base.at.get(key);
    if (i !== void 0) {
      at.set(i, mergeEntry(at.get(i) ?? base.items[i], entry));
      continue;
    }
    let j = addedAt.get(key);
    j === void 0 ? (addedAt.set(key, added.length), added.push(entry)) : added[j] = mergeEntry(added[j], entry);
  }
  return { base, changed: [...at.keys()].sort((a, b) => a - b), at, added };
}
function itemsOf(over) {
  let out = [...over.base.items];
  for (let [i, entry] of over.at) out[i] = entry;
  return append(out, over.added), out;
}
function mergeEntry(earlier, later) {
  let valueSource = later.value === void 0 ? earlier : later, comment = later.comment ?? earlier.comment;
  return { ...valueSource, access: later.access, ...comment === void 0 ? {} : { comment } };
}

export {
  loadProfiles,
  parseOnce,
  layer,
  layered,
  overlay,
  itemsOf
};
