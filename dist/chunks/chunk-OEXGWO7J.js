import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  checkEntryValue
} from "./chunk-227DPP57.js";
import {
  emitText
} from "./chunk-GPQY3O4T.js";
import {
  optionOf,
  previewRules
} from "./chunk-CAEGLMT3.js";
import {
  emitXml
} from "./chunk-DN6Q4ABV.js";
import {
  escapeXmlText
} from "./chunk-5AWKQC2Z.js";
import {
  layer,
  loadProfiles,
  parseOnce
} from "./chunk-UHZU7MIC.js";
import {
  loadSchemaIndex,
  normalizeValues,
  unknownTargetDiagnostic
} from "./chunk-MVACOJPQ.js";
import {
  entriesOf,
  valueSpanToSource
} from "./chunk-JG7RXYEO.js";
import {
  canonicalBool,
  checkRuleValue,
  effectiveScheme,
  emptyNameTable,
  entryTag,
  firmwareHas,
  lineName,
  lineSpelling,
  linesOn,
  parseRule,
  ruleProblem,
  scanMacros,
  schemaIndex,
  splitLineName,
  targetName,
  textNameToXml,
  xmlNameOf
} from "./chunk-ILBW3I2W.js";
import {
  Nearest
} from "./chunk-7E2XYKPH.js";
import {
  ACCESS_CODES,
  ByteReader,
  ByteWriter,
  HEAD_KNOWN,
  HEAD_PATH,
  HEAD_TEXT_NAME,
  SCHEMA_HASH_LENGTH,
  ValueCode,
  encryptOpenssl,
  gzip,
  open,
  reproducibleSalt,
  seal
} from "./chunk-2CEZCH7C.js";
import {
  macroInfo
} from "./chunk-C4OQ6GRE.js";
import {
  addTo,
  append,
  catalog,
  codedFailure,
  countAtMost,
  diagnostic,
  failureDiagnostic,
  formatMessage,
  hasErrors,
  isDiagnosticCode,
  isFixable,
  lineIndex,
  sortDiagnostics
} from "./chunk-YXJOSIDR.js";
import {
  nodeCrypto
} from "./chunk-575EBBRF.js";

// src/rules/print.ts
function hideSecretArguments(value, mask2) {
  let spans = secretArgumentSpans(value).sort((a, b) => b.start - a.start), out = value;
  for (let span of spans) out = out.slice(0, span.start) + mask2 + out.slice(span.end);
  return out;
}
function secretArgumentSpans(value) {
  return /--(?:key|uid|pwd)\b/.test(value) ? parseRule(value, "profile").rule.alternatives.flatMap((alt) => alt.options?.list ?? []).filter((o) => ["key", "uid", "pwd"].includes(o.name) && o.arg && !/^\$\(?S?[A-P]\)?$/.test(o.arg.text)).map((o) => o.arg?.span ?? { start: 0, end: 0 }) : [];
}

// src/workspace/secrets.ts
var SECRET_NAME = /(?:^|_)(?:Passwd|Password|PIN)(?:_|$)|Secret|^GPP_S[A-D]$/i, secretTag = (tag, index) => index?.secret(tag) ?? SECRET_NAME.test(tag);
function hideSecrets(loaded, index, diagnostics) {
  let spans = /* @__PURE__ */ new Map(), parsed = /* @__PURE__ */ new Map();
  for (let file of loaded.files) {
    let entries = entriesOf(file.items);
    parsed.set(file.file, entries);
    for (let entry of entries)
      for (let span of entrySpans(entry, index, loaded.sources)) addTo(spans, entry.file, span);
  }
  let sources = /* @__PURE__ */ new Map(), found = /* @__PURE__ */ new Map(), shown = shownRanges(diagnostics);
  for (let [file, text] of loaded.sources) {
    let lines = linesAround(text, shown.get(file) ?? []), unparsed = lineSpans(text, index, lines, tagsInOrder(text, parsed.get(file) ?? [])), all = [...spans.get(file) ?? [], ...unparsed].filter((s) => s.end > s.start);
    all.sort((a, b) => a.start - b.start);
    let reach = 0;
    found.set(
      file,
      all.map((span) => ({
        span,
        text: text.slice(span.start, span.end),
        reach: reach = Math.max(reach, span.end)
      }))
    ), sources.set(file, blank(text, all));
  }
  let secretsAt = (d) => overlapping(found.get(d.file) ?? [], d.range).map((f) => f.text);
  return { sources, diagnostics: diagnostics.map((d) => withoutSecrets(d, secretsAt(d))) };
}
function overlapping(sorted, at) {
  let end = Math.max(at.end, at.start + 1), out = [], before = countAtMost(sorted.length, (i) => sorted[i]?.span.start ?? 0, end - 1);
  for (let i = before - 1; i >= 0 && (sorted[i]?.reach ?? 0) > at.start; i--) {
    let f = sorted[i];
    f && f.span.end > at.start && out.push(f);
  }
  return out.reverse();
}
function entrySpans(entry, index, sources) {
  let at = entry.valueRange;
  if (!at || entry.value === void 0) return [];
  if (secretTag(entryTag(entry), index)) return [at];
  let args = secretArgumentSpans(entry.value);
  return args.length === 0 ? [] : sources.get(entry.file)?.slice(at.start, at.end) !== entry.value ? [at] : args.map((s) => ({ start: at.start + s.start, end: at.start + s.end }));
}
function shownRanges(diagnostics) {
  let out = /* @__PURE__ */ new Map();
  for (let d of diagnostics) {
    addTo(out, d.file, d.range);
    for (let r of d.related ?? []) addTo(out, r.file, r.range);
  }
  return out;
}
function linesAround(text, ranges) {
  let sorted = inOrder(ranges) ? ranges : [...ranges].sort((a, b) => a.start - b.start), merged = [], reach = 0;
  for (let r of sorted) {
    let end = Math.min(Math.max(r.end, r.start + 1), text.length);
    if (merged.length > 0 && r.start <= nextLine(text, reach)) {
      end > reach && (reach = lineEnd(text, end - 1), merged[merged.length - 1] = { start: merged.at(-1)?.start ?? 0, end: reach });
      continue;
    }
    let start = Math.min(r.start, text.length);
    for (; start > reach && !isBreak(text.charCodeAt(start - 1)); ) start--;
    reach = lineEnd(text, Math.max(start, end - 1)), merged.push({ start, end: reach });
  }
  return merged;
}
function inOrder(ranges) {
  for (let i = 1; i < ranges.length; i++)
    if (ranges[i - 1].start > ranges[i].start) return !1;
  return !0;
}
var isBreak = (c) => c === 10 || c === 13, nextLine = (text, end) => text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
function lineEnd(text, from) {
  let i = from;
  for (; i < text.length && !isBreak(text.charCodeAt(i)); ) i++;
  return i;
}
function lineSpans(text, index, lines, tagOf) {
  let out = [];
  for (let line of lines) {
    let slice = text.slice(line.start, line.end), textLine = /^[ \t]*([A-Za-z][\w[\]/ ]*?)[ \t]*[!?]?[ \t]*"([^"\r\n]*)/gm, xmlLine = /<([A-Za-z][\w.-]*)(?:\s[^<>]*)?>([^<\r\n]*)/g, secret = (tag) => secretTag(tag, index);
    secretValues(slice, line.start, textLine, (name, at) => secret(tagOf(name, at)), out), secretValues(slice, line.start, xmlLine, secret, out);
  }
  return out;
}
function tagsInOrder(text, entries) {
  let next = 0;
  return (name, matchStart) => {
    let at = matchStart;
    for (; text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9; ) at++;
    for (; next < entries.length && entries[next].nameRange.start < at; ) next++;
    let entry = entries[next];
    return entry?.nameRange.start === at && entry.name === name && entry.nameFormat === "text" && entry.tag !== void 0 ? entry.tag : textNameToXml(name);
  };
}
function secretValues(slice, from, pattern, isSecret, out) {
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    if (!isSecret(m[1] ?? "", from + m.index)) continue;
    let end = from + m.index + m[0].length;
    out.push({ start: end - (m[2] ?? "").length, end });
  }
}
function blank(text, spans) {
  if (spans.length === 0) return text;
  let out = "", at = 0;
  for (let s of spans) {
    let start = Math.max(s.start, at), end = Math.min(s.end, text.length);
    end <= start || (out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, "*"), at = end);
  }
  return out + text.slice(at);
}
function withoutSecrets(d, secrets) {
  if (secrets.length === 0) return d;
  let holds = (text) => secrets.some(
    (s) => s.length >= 4 ? text.includes(s) : text === s || text === `'${s}'` || text === `"${s}"`
  ), params = {}, changed = !1;
  for (let [key, value] of Object.entries(d.params)) {
    let hidden = typeof value == "string" && holds(value) ? mask(value, secrets) : value;
    changed ||= hidden !== value, params[key] = hidden;
  }
  let fixLeaks = d.fix !== void 0 && holds(JSON.stringify(d.fix));
  if (!changed && !fixLeaks) return d;
  let kept = { ...d, params, message: formatMessage(d.code, d.messageId, params) };
  return fixLeaks && delete kept.fix, kept;
}
function mask(text, secrets) {
  let out = text;
  for (let s of secrets) s.length > 0 && (out = out.split(s).join("*".repeat(s.length)));
  return out;
}

// src/binary/slots.ts
var perLine = (spec) => spec.name.includes("[n]"), cache = /* @__PURE__ */ new WeakMap();
function slotTable(family) {
  let cached = cache.get(family);
  if (cached) return cached;
  let lines = Math.max(1, ...family.models.map((m) => m.lines)), slots = family.parameters.flatMap(
    (spec) => perLine(spec) ? Array.from({ length: lines }, (_, i) => slot(spec, i + 1)) : [{ spec, text: spec.name, xml: spec.xml }]
  ), byXml = new Map(slots.map((s, i) => [s.xml, i])), table = {
    family: family.family,
    hash: schemaHash(family, lines),
    slots,
    slotOf: (t) => byXml.get(t)
  };
  return cache.set(family, table), table;
}
var slot = (spec, line) => ({
  spec,
  line,
  text: spec.name.replace("[n]", `[${String(line)}]`),
  xml: spec.xml.replace("{n}", String(line))
});
function schemaHash(family, lines) {
  let table = family.parameters.map((p) => [p.name, p.xml, p.type]);
  return nodeCrypto().createHash("sha256").update(JSON.stringify([family.family, lines, table])).digest();
}

// src/binary/encode.ts
var NameList = class {
  list = [];
  index = /* @__PURE__ */ new Map();
  ref(name) {
    let i = this.index.get(name);
    return i === void 0 && (i = this.list.length, this.list.push(name), this.index.set(name, i)), i;
  }
};
function encodeBody(entries, family) {
  let table = slotTable(family), names = new NameList(), body = new ByteWriter(), previous = -1;
  for (let entry of entries) previous = writeEntry(body, entry, table, names, previous);
  let out = new ByteWriter();
  out.string(table.family), out.bytes(table.hash), out.varint(names.list.length);
  for (let name of names.list) out.string(name);
  return out.varint(entries.length), out.bytes(body.finish()), out.finish();
}
function writeEntry(w, entry, table, names, previous) {
  let slot2 = knownSlot(entry, table), type = slot2 === void 0 ? void 0 : table.slots[slot2]?.spec.type, [code, payload] = valueCode(entry.value, type), head = ACCESS_CODES.indexOf(entry.access) | code << 2 | (slot2 === void 0 ? 0 : HEAD_KNOWN) | (entry.nameFormat === "text" ? HEAD_TEXT_NAME : 0) | (entry.path.length > 0 ? HEAD_PATH : 0);
  if (w.byte(head), slot2 === void 0 ? w.varint(names.ref(entry.name)) : w.varint(zigzag(slot2 - previous - 1)), entry.path.length > 0) {
    w.varint(entry.path.length);
    for (let group of entry.path) w.varint(names.ref(group));
  }
  return code === ValueCode.String ? w.string(entry.value ?? "") : payload !== void 0 && w.varint(payload), slot2 ?? previous;
}
function knownSlot(entry, table) {
  let slot2 = table.slotOf(xmlNameOf(entry)), spelled = slot2 === void 0 ? void 0 : table.slots[slot2];
  if (spelled)
    return (entry.nameFormat === "text" ? spelled.text : spelled.xml) === entry.name ? slot2 : void 0;
}
var UNSIGNED = /^(0|[1-9][0-9]{0,14})$/, NEGATIVE = /^-[1-9][0-9]{0,14}$/;
function valueCode(value, type) {
  if (value === void 0) return [ValueCode.None];
  if (value === "") return [ValueCode.Empty];
  if (type?.kind === "bool" && (value === "Yes" || value === "No"))
    return [value === "Yes" ? ValueCode.Yes : ValueCode.No];
  let option = type?.kind === "enum" ? type.options.indexOf(value) : -1;
  return option >= 0 ? [ValueCode.Option, option] : UNSIGNED.test(value) ? [ValueCode.Unsigned, Number(value)] : NEGATIVE.test(value) ? [ValueCode.Negative, -Number(value)] : [ValueCode.String];
}
var zigzag = (n) => n >= 0 ? n * 2 : -n * 2 - 1, unzigzag = (n) => n % 2 === 0 ? n / 2 : -(n + 1) / 2;

// src/binary/decode.ts
var hex = (bytes) => Buffer.from(bytes).toString("hex").slice(0, 12);
function decodeBody(body, schemas, file) {
  let r = new ByteReader(body), familyName = r.string(), hash = r.bytes(SCHEMA_HASH_LENGTH);
  if (r.problem() !== void 0) return damaged(file, r.problem() ?? "");
  let family = schemas.find((f) => f.family === familyName);
  if (!family) return codedFailure("SPAC6015", { file, family: familyName });
  let table = slotTable(family);
  if (!Buffer.from(table.hash).equals(Buffer.from(hash)))
    return codedFailure(
      "SPAC6015",
      { file, family: familyName, built: hex(hash), loaded: hex(table.hash) },
      "version"
    );
  let entries = readEntries(r, table, file);
  return r.problem() === void 0 && r.remaining > 0 && r.fail("bytes follow the last entry"), r.problem() === void 0 ? { ok: !0, family, entries } : damaged(file, r.problem() ?? "");
}
var damaged = (file, problem) => codedFailure("SPAC6017", { file, problem });
function readEntries(r, table, file) {
  let names = count(r, "names"), list = [];
  for (let i = 0; i < names && r.problem() === void 0; i++) list.push(r.string());
  let total = count(r, "entries"), entries = [], previous = -1;
  for (let i = 0; i < total && r.problem() === void 0; i++) {
    let read = readEntry(r, table, list, previous, file);
    read && (entries.push(read.entry), previous = read.slot ?? previous);
  }
  return entries;
}
function count(r, what) {
  let n = r.varint();
  return n > r.remaining ? r.fail(`more ${what} than bytes`) : n;
}
function readEntry(r, table, names, previous, file) {
  let head = r.byte(), textName = (head & HEAD_TEXT_NAME) !== 0, slot2, name;
  if ((head & HEAD_KNOWN) !== 0) {
    slot2 = previous + 1 + unzigzag(r.varint());
    let spelled = table.slots[slot2];
    name = spelled && (textName ? spelled.text : spelled.xml);
  } else name = names[r.varint()];
  if (name === void 0) return void r.fail("a parameter reference is out of range");
  let path = (head & HEAD_PATH) === 0 ? [] : readPath(r, names), value = readValue(r, head >> 2 & 7, slot2 === void 0 ? void 0 : table.slots[slot2]?.spec.type), access = ACCESS_CODES[head & 3];
  return { entry: {
    kind: "entry",
    name,
    nameFormat: textName ? "text" : "xml",
    path,
    access,
    value,
    file,
    range: { start: 0, end: 0 },
    nameRange: { start: 0, end: 0 }
  }, slot: slot2 };
}
function readPath(r, names) {
  let length = count(r, "groups"), path = [];
  for (let i = 0; i < length && r.problem() === void 0; i++) {
    let group = names[r.varint()];
    group === void 0 ? r.fail("a group reference is out of range") : path.push(group);
  }
  return path;
}
function readValue(r, code, type) {
  switch (code) {
    case ValueCode.None:
      return;
    case ValueCode.String:
      return r.string();
    case ValueCode.Empty:
      return "";
    case ValueCode.No:
    case ValueCode.Yes:
      return type?.kind !== "bool" && r.fail("a Yes/No value for a parameter that is not Yes/No"), code === ValueCode.Yes ? "Yes" : "No";
    case ValueCode.Option: {
      let option = type?.kind === "enum" ? type.options[r.varint()] : void 0;
      return option === void 0 && r.fail("an option index is out of range"), option ?? "";
    }
    case ValueCode.Unsigned:
      return String(r.varint());
    default:
      return String(-r.varint());
  }
}

// src/binary/binary.ts
var toBinary = (entries, family, options = {}) => seal(encodeBody(entries, family), options);
function fromBinary(bytes, name, schemas, options = {}) {
  let opened = open(bytes, name, options);
  if (!opened.ok) return opened;
  let decoded = decodeBody(opened.body, [...schemas, NO_SCHEMA], name);
  return decoded.ok ? { ...decoded, encrypted: opened.encrypted } : decoded;
}
var NO_SCHEMA = {
  schemaVersion: 1,
  family: "",
  title: "no schema",
  models: [],
  parameters: []
};
function familyFor(entries, index) {
  if (!index) return NO_SCHEMA;
  if (index.target) return index.target.family;
  let best = { family: NO_SCHEMA, known: 0 };
  for (let family of index.schemas) {
    let table = slotTable(family), known = entries.filter((e) => table.slotOf(xmlNameOf(e)) !== void 0).length;
    known > best.known && (best = { family, known });
  }
  return best.family;
}

// src/workspace/suppressions.ts
var DIRECTIVE = /^\s*spac-(disable-next-line|disable|enable)\b(.*)$/s, isDirective = (text) => DIRECTIVE.test(text);
function suppressionFilter(comments, lineOf) {
  let { suppressions, problems } = readDirectives(comments), find = indexed(suppressions), keep = (d) => {
    if (suppressions.length === 0) return !0;
    let hits = find(d.file, lineOf(d.file, d.range.start), d.code);
    for (let hit of hits) hit.used = !0;
    return hits.length === 0;
  }, finish2 = () => [
    ...problems,
    ...suppressions.filter((s) => !s.used).map(
      (s) => diagnostic("SPAC7011", s.comment.file, s.comment.range, { codes: s.codes?.join(", ") ?? "problem" })
    )
  ];
  return { none: suppressions.length === 0, keep, finish: finish2 };
}
function applySuppressions(diagnostics, comments, lineOf) {
  let filter = suppressionFilter(comments, lineOf);
  return [...filter.none ? diagnostics : diagnostics.filter(filter.keep), ...filter.finish()];
}
function indexed(suppressions) {
  let lines = /* @__PURE__ */ new Map(), blocks = /* @__PURE__ */ new Map();
  for (let s of suppressions) {
    let single = s.fromLine === s.toLine, key = single ? `${s.comment.file}\0${String(s.fromLine)}` : blockKey(s.comment.file, s.codes?.[0]);
    addTo(single ? lines : blocks, key, s);
  }
  for (let list of blocks.values()) list.sort((a, b) => a.fromLine - b.fromLine);
  return (file, line, code) => {
    let onLine = (lines.get(`${file}\0${String(line)}`) ?? []).filter(
      (s) => s.codes?.includes(code) ?? !0
    ), inBlocks = [blockKey(file, code), blockKey(file, void 0)].flatMap((key) => {
      let block = covering(blocks.get(key) ?? [], line);
      return block ? [block] : [];
    });
    return [...onLine, ...inBlocks];
  };
}
function covering(blocks, line) {
  let block = blocks[countAtMost(blocks.length, (i) => blocks[i]?.fromLine ?? 0, line) - 1];
  return block && line <= block.toLine ? block : void 0;
}
function readDirectives(comments) {
  let suppressions = [], problems = [], open2 = /* @__PURE__ */ new Map();
  for (let comment of comments) {
    let m = DIRECTIVE.exec(comment.text);
    if (!m) continue;
    let written = (m[2] ?? "").split(/[\s,]+/).filter((c) => c !== "" && c !== "--"), unknown = written.filter((c) => !isDiagnosticCode(c));
    for (let code of unknown) problems.push(diagnostic("SPAC7010", comment.file, comment.range, { code }));
    let codes = written.length === 0 ? void 0 : written.filter(isDiagnosticCode);
    codes?.length !== 0 && (m[1] === "disable-next-line" ? suppressions.push({
      comment,
      ...codes ? { codes } : {},
      fromLine: comment.line + 1,
      toLine: comment.line + 1,
      used: !1
    }) : m[1] === "disable" ? openBlock(open2, suppressions, comment, codes) : closeBlock(open2, comment, codes));
  }
  return { suppressions, problems };
}
var blockKey = (file, code) => `${file}\0${code ?? "*"}`;
function openBlock(open2, list, comment, codes) {
  for (let code of codes ?? [void 0]) {
    let already = open2.get(blockKey(comment.file, code));
    already && (already.toLine = comment.line - 1);
    let s = {
      comment,
      ...code ? { codes: [code] } : {},
      fromLine: comment.line,
      toLine: Number.MAX_SAFE_INTEGER,
      used: !1
    };
    open2.set(blockKey(comment.file, code), s), list.push(s);
  }
}
function closeBlock(open2, comment, codes) {
  for (let code of codes ?? [void 0]) {
    let s = open2.get(blockKey(comment.file, code));
    s && (s.toLine = comment.line), open2.delete(blockKey(comment.file, code));
  }
}
function applySeverities(diagnostics, severitiesOf) {
  let out = [];
  for (let i = 0; i < diagnostics.length; i++) {
    let d = diagnostics[i], setting = severitiesOf(d.file)[d.code];
    setting === void 0 ? out.push(d) : setting !== "off" && out.push({ ...d, severity: setting });
  }
  return out;
}

// src/encrypt/wrap.ts
function wrapProfile(profile, options = {}) {
  let plain = typeof profile == "string" ? new TextEncoder().encode(profile) : profile, packed = options.gzip ? gzip(joined(plain)) : plain;
  if (options.key === void 0) return joined(packed);
  let salt = options.reproducible ? reproducibleSalt(packed, options.key) : void 0;
  return encryptOpenssl(packed, options.key, { digest: options.digest ?? "md5", ...salt ? { salt } : {} });
}
var joined = (plain) => plain instanceof Uint8Array ? plain : Buffer.concat(plain);

// src/rules/set-checks.ts
function keyProblems(rules, value) {
  let out = [];
  for (let { entry, checked } of rules)
    for (let alt of checked.rule.alternatives) {
      let arg = optionOf(alt, "key")?.arg, pieces = arg ? scanMacros(arg.text) : [], only = pieces.length === 1 && pieces[0]?.kind === "macro" ? pieces[0] : void 0, gpp = only ? macroInfo(only.name)?.gpp : void 0;
      if (!arg || !gpp) continue;
      let held = value(gpp);
      if (held !== void 0 && held !== "") continue;
      let why = held === void 0 ? `which no profile in this set sets: the phone decrypts with whatever '${gpp}' already holds` : "which is empty here: the phone has no key to decrypt with";
      out.push({
        entry,
        problem: ruleProblem("SPAC4020", arg.span, `'--key ${arg.text}' reads '${gpp}', ${why}`)
      });
    }
  return out;
}
var firstSecret = (layered, index) => layered.find((e) => holdsSecret(e, index)), holdsSecret = (e, index) => e.value !== void 0 && e.value !== "" && index.secret(entryTag(e));
function secretsInClear(rules, secretIn) {
  let secret, secretOf = () => (secret ??= { entry: secretIn() }).entry, out = [];
  for (let { entry, language, checked } of rules)
    if (language === "profile")
      for (let alt of checked.rule.alternatives) {
        let scheme = alt.url ? effectiveScheme(alt.url.text) : "https";
        if (!alt.url || optionOf(alt, "key") || scheme !== "tftp" && scheme !== "http") continue;
        let held = secretOf();
        if (!held) return [];
        let message = `fetches '${alt.url.text}' over ${scheme} without '--key', and this profile set holds secrets such as '${held.name}': anyone on the path can read them`;
        out.push({
          entry,
          problem: ruleProblem("SPAC4021", alt.url.span, message),
          related: { entry: held, message: `'${held.name}' is set here` }
        });
      }
  return out;
}

// src/rules/check-profile-rules.ts
function languageOf(entry, index) {
  for (let found of index.find(entryTag(entry)))
    if (found.spec.type.kind === "rule") return found.spec.type.language;
}
function checkRules(entries, layered, index, damaged2 = () => !1) {
  let syntax = checkRuleSyntax(entries, index, damaged2), rules = layered.flatMap((e) => syntax.checked.get(e) ?? []);
  return [...syntax.diagnostics, ...checkRuleSet(rules, layered, index)];
}
function checkRuleSyntax(entries, index, damaged2 = () => !1) {
  let knows = (name) => index.find(name).length > 0, diagnostics = [], checked = /* @__PURE__ */ new Map();
  for (let entry of entries) {
    let language = languageOf(entry, index);
    if (language === void 0 || entry.value === void 0 || damaged2(entry)) continue;
    let rule = { entry, language, checked: checkRuleValue(entry.value, language, { knows }) };
    checked.set(entry, rule), append(
      diagnostics,
      rule.checked.problems.map((p) => placed(entry, p))
    );
  }
  return { checked, diagnostics };
}
function checkRuleSet(rules, layered, index, secretIn) {
  let out = [], listed, list = () => listed ??= typeof layered == "function" ? layered() : layered;
  return append(
    out,
    keyProblems(rules, (tag) => list().findLast((e) => entryTag(e) === tag)?.value).map(({ entry, problem }) => placed(entry, problem))
  ), append(
    out,
    secretsInClear(rules, secretIn ?? (() => firstSecret(list(), index))).map(
      ({ entry, problem, related }) => placed(entry, problem, related)
    )
  ), out;
}
var sourceRange = (entry, span) => valueSpanToSource(entry, span.start, span.end);
function placed(entry, problem, related) {
  let fix = problem.fix && {
    description: problem.fix.description,
    edits: [
      {
        file: entry.file,
        range: sourceRange(entry, problem.fix.span),
        newText: entry.nameFormat === "xml" ? escapeXmlText(problem.fix.text) : problem.fix.text
      }
    ]
  }, params = { parameter: entry.name, finding: problem.message };
  return diagnostic(problem.code, entry.file, sourceRange(entry, problem.span), params, {
    ...fix ? { fix } : {},
    ...related ? { related: [{ file: related.entry.file, range: related.entry.nameRange, message: related.message }] } : {}
  });
}

// src/schema/checks/canonical.ts
function checkCanonical(entry, found) {
  let value = entry.value;
  if (value === void 0 || !entry.valueRange || !found.every((f) => f.spec.type.kind === "bool"))
    return;
  let canonical = canonicalBool(value);
  if (canonical === void 0 || canonical === value) return;
  let fix = {
    description: `write '${canonical}'`,
    edits: [{ file: entry.file, range: entry.valueRange, newText: canonical }],
    safe: !0
  };
  return diagnostic(
    "SPAC3009",
    entry.file,
    entry.valueRange,
    { value, canonical, name: entry.name },
    { fix }
  );
}

// src/schema/checks/index-range.ts
var mostLines = /* @__PURE__ */ new WeakMap();
function familyLines(family) {
  let lines = mostLines.get(family);
  return lines === void 0 && (lines = Math.max(0, ...family.models.map((m) => linesOn(m, void 0))), mostLines.set(family, lines)), lines;
}
function checkIndexRange(entry, found, index) {
  let line = found.index;
  if (line === void 0) return;
  let target = index.target, lines = target ? linesOn(target.model, target) : familyLines(found.family);
  if (line >= 1 && (lines === 0 || line <= lines)) return;
  let params = { name: entry.name, line, lines: plural(lines, "line") };
  return line < 1 ? diagnostic("SPAC3004", entry.file, entry.nameRange, params, { message: "from-one" }) : target ? diagnostic("SPAC3004", entry.file, entry.nameRange, { ...params, model: targetName(index) }) : diagnostic(
    "SPAC3004",
    entry.file,
    entry.nameRange,
    { ...params, family: found.family.family },
    { message: "no-target" }
  );
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

// src/schema/checks/known.ts
var LINE = "\0", SUGGESTION_BUDGET = 2e3, suggesters = /* @__PURE__ */ new WeakMap(), searches = /* @__PURE__ */ new WeakMap();
function searchOf(names) {
  let found = searches.get(names);
  if (!found) {
    let candidates = candidatesOf(names);
    found = { candidates, nearest: new Nearest(candidates.keys()) }, searches.set(names, found);
  }
  return found;
}
function candidatesOf(names) {
  let out = /* @__PURE__ */ new Map();
  for (let name of names) {
    let full = lineSpelling(name, LINE);
    out.set(full, full);
  }
  for (let full of [...out.keys()]) {
    let bare = full.replace(`[${LINE}]`, "").replace(`_${LINE}_`, "");
    out.has(bare) || out.set(bare, full);
  }
  return out;
}
function suggesterOf(index) {
  let found = suggesters.get(index);
  return found || (found = { search: (form) => searchOf(index.names(form)), memo: { text: /* @__PURE__ */ new Map(), xml: /* @__PURE__ */ new Map() } }, suggesters.set(index, found)), found;
}
function suggest(entry, index) {
  let format2 = entry.nameFormat, split = splitLineName(entry.name, format2), key = split ? lineName(split.base, format2, LINE) : entry.name, { search, memo: memos } = suggesterOf(index), memo = memos[format2];
  if (!memo.has(key)) {
    if (memos.text.size + memos.xml.size >= SUGGESTION_BUDGET) return;
    let { candidates, nearest } = search(format2), near = nearest.closest(key);
    memo.set(key, near === void 0 ? void 0 : candidates.get(near));
  }
  return memo.get(key)?.replace(LINE, String(split?.line ?? 1));
}
function renameFix(entry, name) {
  let edits = [{ file: entry.file, range: entry.nameRange, newText: name }];
  return entry.closeNameRange && edits.push({ file: entry.file, range: entry.closeNameRange, newText: name }), { description: `rename to '${name}'`, edits };
}
function checkKnown(entry, found, index) {
  let target = index.target;
  if (found.length === 0) {
    let near = suggest(entry, index);
    if (near === void 0) return diagnostic("SPAC3001", entry.file, entry.nameRange, { name: entry.name });
    let params = { name: entry.name, suggestion: near }, extras = { fix: renameFix(entry, near), message: "suggestion" };
    return diagnostic("SPAC3001", entry.file, entry.nameRange, params, extras);
  }
  if (!target) return;
  let own = found.find((f) => f.family === target.family);
  if (!(own && (own.spec.models === void 0 || own.spec.models.includes(target.model.name))))
    return diagnostic("SPAC3003", entry.file, entry.nameRange, { name: entry.name, model: target.model.name });
}

// src/schema/checks/firmware.ts
var ownOf = (found, index) => index.target?.firmware === void 0 ? void 0 : found.find((f) => f.family === index.target?.family);
function checkFirmware(entry, found, index) {
  let range = ownOf(found, index)?.spec.firmware;
  if (range === void 0 || firmwareHas(index.target, range)) return;
  let params = { name: entry.name, target: targetName(index), range };
  return diagnostic("SPAC3012", entry.file, entry.nameRange, params);
}
function checkOptionFirmware(entry, found, index) {
  let type = ownOf(found, index)?.spec.type, value = entry.value;
  if (type?.kind !== "enum" || value === void 0) return;
  let range = type.optionFirmware?.[value];
  if (range === void 0 || firmwareHas(index.target, range)) return;
  let params = { name: entry.name, value, target: targetName(index), range };
  return diagnostic("SPAC3012", entry.file, entry.valueRange ?? entry.nameRange, params, {
    message: "option"
  });
}

// src/schema/check.ts
function checkEntries(entries, index, options = {}) {
  let out = [], reported = /* @__PURE__ */ new Set(), oncePerFile = (d) => {
    let key = `${d.code}\0${d.file}`;
    reported.has(key) || out.push(d), reported.add(key);
  };
  for (let entry of entries) {
    let inScope = entry.path.length > 0 ? index.find(entryTag(entry)) : checkEntry(entry, index, options, out);
    entry.path.length > 0 && oncePerFile(nestedInfo(entry)), !options.encrypted && isSetSecret(entry, inScope) && oncePerFile(secretWarning(entry));
  }
  return out;
}
function checkEntry(entry, index, options, out) {
  let found = index.find(entryTag(entry)), known = found.length === 0 && options.wanted?.("SPAC3001", entry.file) === !1 ? void 0 : checkKnown(entry, found, index);
  if (known && out.push(known), found.length === 0 || known?.code === "SPAC3003") return [];
  let firmware = checkFirmware(entry, found, index);
  if (firmware)
    return out.push(firmware), [];
  let inScope = index.target ? found.filter((f) => f.family === index.target?.family) : found, ranged = checkIndexRange(entry, inScope[0], index);
  ranged && out.push(ranged);
  let value = options.damaged?.(entry) === !0 ? void 0 : checkEntryValue(entry, inScope);
  value && out.push(value);
  let canonical = value ? void 0 : checkCanonical(entry, inScope);
  canonical && out.push(canonical);
  let option = value ? void 0 : checkOptionFirmware(entry, found, index);
  return option && out.push(option), inScope;
}
var isSetSecret = (entry, found) => entry.value !== void 0 && entry.value !== "" && found.some((f) => f.spec.secret === !0);
function nestedInfo(entry) {
  return diagnostic("SPAC3013", entry.file, entry.nameRange, {
    name: entry.name,
    group: entry.path.join("/")
  });
}
function secretWarning(entry) {
  return diagnostic("SPAC3005", entry.file, entry.nameRange, { name: entry.name });
}

// src/workspace/pipeline.ts
async function load(inputs, options) {
  let loaded = await loadProfiles(inputs, options.host), picked = await loadSchemaIndex(options);
  if (!picked.ok) {
    let first = inputs[0]?.file ?? "";
    return {
      loaded,
      index: void 0,
      diagnostics: [unknownTargetDiagnostic(first, picked), ...loaded.diagnostics]
    };
  }
  let index = picked.index, perFile = loaded.files.map((f) => entriesOf(f.items)), entries = perFile.length === 1 ? perFile[0] ?? [] : perFile.flat(), damaged2 = damagedBy(loaded.diagnostics), wanted = options.errorsOnly === !0 ? showable(loaded, options.severities) : void 0, schema = index ? checkEntries(entries, index, { ...options, damaged: damaged2, ...wanted ? { wanted } : {} }) : [], layered = loaded.layered && perFile.length === 1 ? entries : entriesOf(layerLoaded(loaded)), rules = index ? checkRules(entries, layered, index, damaged2) : [], found = [...loaded.diagnostics, ...schema, ...rules], all = tune(found, loaded, options), tuned = options.errorsOnly === !0 ? all.filter((d) => d.severity === "error" || isFixable(d)) : all;
  if (options.showSecrets === !0) return { loaded, index, diagnostics: tuned };
  let hidden = hideSecrets(loaded, index, tuned);
  return { loaded: { ...loaded, sources: hidden.sources }, index, diagnostics: hidden.diagnostics };
}
function showable(loaded, severities) {
  let directives = new Set(
    loaded.files.filter((f) => f.items.some((item) => item.kind === "comment" && isDirective(item.text))).map((f) => f.file)
  );
  return (code, file) => directives.has(file) || (severities?.(file)[code] ?? catalog[code].severity) === "error";
}
function tune(diagnostics, loaded, options) {
  return suppressAndTune(diagnostics, loaded, options.severities);
}
function suppressAndTune(diagnostics, loaded, severities) {
  let { comments, lineOf } = profileComments(loaded), kept = applySuppressions(diagnostics, comments, lineOf);
  return severities ? applySeverities(kept, severities) : kept;
}
function profileComments(loaded) {
  let indexes = /* @__PURE__ */ new Map(), indexOf = (file) => {
    let found = indexes.get(file);
    return found || indexes.set(file, found = lineIndex(loaded.sources.get(file) ?? "")), found;
  }, lineOf = (file, offset) => indexOf(file).position(offset).line - 1;
  return { comments: loaded.files.flatMap(
    (f) => f.items.flatMap(
      (item) => item.kind === "comment" ? [{ file: f.file, text: item.text, range: item.range, line: lineOf(f.file, item.range.start) }] : []
    )
  ), lineOf };
}
function damagedBy(parsed) {
  let errors = parsed.filter((d) => d.severity === "error");
  return (entry) => errors.some(
    (e) => e.file === entry.file && e.range.start <= entry.range.end && e.range.end >= entry.range.start
  );
}
async function check(inputs, options) {
  let { loaded, diagnostics } = await load(inputs, options);
  if (options.errorsOnly !== !0)
    return { diagnostics: sortDiagnostics(diagnostics), sources: loaded.sources };
  let errors = diagnostics.filter((d) => d.severity === "error"), droppedFixable = diagnostics.filter((d) => d.severity !== "error");
  return { diagnostics: sortDiagnostics(errors), sources: loaded.sources, droppedFixable };
}
async function compile(inputs, options) {
  let encrypted = options.encrypted === !0 || options.wrap?.key !== void 0 || options.binary?.key !== void 0, { loaded, index, diagnostics } = await load(inputs, { ...options, encrypted }), items = normalizeValues(layerLoaded(loaded), index);
  if (options.format === "bin")
    return compileBinary(diagnostics, entriesOf(items), index, loaded.sources, options);
  let names = options.names ?? index?.nameTable ?? emptyNameTable, emitted = (options.format ?? "xml") === "xml" ? emitXml(items) : emitText(items, names), result = finish(diagnostics, emitted, loaded.sources);
  return result.output === void 0 ? result : { ...result, bytes: wrapProfile(result.output, options.wrap) };
}
function compileBinary(checked, entries, index, sources, options) {
  let diagnostics = sortDiagnostics(checked);
  return hasErrors(diagnostics) ? { diagnostics, sources } : { diagnostics, sources, bytes: toBinary(entries, familyFor(entries, index), options.binary) };
}
async function decompile(bytes, file, options) {
  let picked = await loadSchemaIndex(options), schemas = picked.ok && picked.index ? picked.index.schemas : [], read = fromBinary(bytes, file, schemas, options);
  if (!read.ok) return { diagnostics: [failureDiagnostic(read, file)], sources: /* @__PURE__ */ new Map() };
  let emitted = options.format === "text" ? emitText(read.entries, schemaIndex([read.family]).nameTable) : emitXml(read.entries), result = finish([], emitted, /* @__PURE__ */ new Map());
  return result.output === void 0 ? result : { ...result, bytes: new TextEncoder().encode(result.output) };
}
function format(input, names = emptyNameTable) {
  let loader = { parsed: /* @__PURE__ */ new Map(), sources: /* @__PURE__ */ new Map(), diagnostics: [] }, { profile } = parseOnce(loader, input), emitted = profile.format === "xml" ? emitXml(profile.items.filter((i) => i.kind !== "import")) : emitText(profile.items, names), result = finish(loader.diagnostics, emitted, loader.sources), changed = result.output !== void 0 && result.output !== input.text;
  return { ...result, changed, files: [profile] };
}
function finish(checked, emitted, sources) {
  let diagnostics = sortDiagnostics([...checked, ...emitted.diagnostics]), shown = hasErrors(checked) ? sortDiagnostics(checked) : diagnostics;
  return hasErrors(shown) ? { diagnostics: shown, sources } : { diagnostics: shown, sources, output: emitted.text };
}
async function expand(inputs, options) {
  let { loaded, index, diagnostics } = await load(inputs, options), preview = previewRules(entriesOf(layerLoaded(loaded)), index, options.device);
  return { diagnostics: sortDiagnostics(diagnostics), sources: loaded.sources, preview };
}
var RULE_SOURCE = "<rule>";
async function expandRule(rule, options) {
  let entry = {
    kind: "entry",
    name: "Profile_Rule",
    nameFormat: "text",
    path: [],
    access: void 0,
    value: rule,
    file: RULE_SOURCE,
    range: { start: 0, end: rule.length },
    nameRange: { start: 0, end: 0 },
    valueRange: { start: 0, end: rule.length }
  }, picked = await loadSchemaIndex(options), index = picked.ok ? picked.index : void 0, diagnostics = index ? checkRules([entry], [entry], index) : [], preview = previewRules([entry], index, options.device, ["Profile_Rule"]);
  return { diagnostics: sortDiagnostics(diagnostics), sources: /* @__PURE__ */ new Map([[RULE_SOURCE, rule]]), preview };
}
var layerLoaded = (loaded) => loaded.layered ? loaded.items : layer(loaded.items);

export {
  hideSecretArguments,
  hideSecrets,
  toBinary,
  familyFor,
  suppressionFilter,
  applySeverities,
  wrapProfile,
  holdsSecret,
  languageOf,
  checkRuleSyntax,
  checkRuleSet,
  checkEntries,
  profileComments,
  damagedBy,
  check,
  compile,
  decompile,
  format,
  expand,
  expandRule
};
