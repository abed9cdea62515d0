import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  closest,
  distance
} from "./chunk-7E2XYKPH.js";
import {
  longGppLetter,
  macroInfo,
  macroNames
} from "./chunk-C4OQ6GRE.js";
import {
  append
} from "./chunk-YXJOSIDR.js";

// src/schema/firmware.ts
var VERSION = /^(\d{1,4}(?:\.\d{1,4}){0,3})([a-z]{0,3}|\([a-z0-9]{1,8}\))$/i;
function parseVersion(text) {
  let match = VERSION.exec(text.trim());
  if (!match) return;
  let [, numbers = "", suffix = ""] = match;
  return { parts: numbers.split(".").map(Number), suffix: suffix.toLowerCase(), text: text.trim() };
}
function compareVersions(a, b) {
  for (let i = 0; i < Math.max(a.parts.length, b.parts.length); i++) {
    let d = (a.parts[i] ?? 0) - (b.parts[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.suffix < b.suffix ? -1 : a.suffix > b.suffix ? 1 : 0;
}
function parseRange(text) {
  let words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > 2) return;
  let bounds = [];
  for (let word of words) {
    let op = word.startsWith(">=") ? ">=" : word.startsWith("<") ? "<" : void 0, version = op === void 0 ? void 0 : parseVersion(word.slice(op.length));
    if (!op || !version) return;
    bounds.push({ op, version });
  }
  return bounds;
}
var rangeProblem = (text) => parseRange(text) === void 0 ? `'${text}' is not a firmware range: write '>=7.5', '<5.2.5' or '>=5.2 <5.3'` : void 0;
function inRange(version, range) {
  let bounds = parseRange(range);
  return bounds ? bounds.every(
    (b) => b.op === ">=" ? compareVersions(version, b.version) >= 0 : compareVersions(version, b.version) < 0
  ) : !0;
}
function parseTarget(text) {
  let at2 = text.indexOf("@");
  if (at2 < 0) return { model: text };
  let model = text.slice(0, at2), written = text.slice(at2 + 1), firmware = parseVersion(written);
  return firmware ? { model, firmware } : { model, badFirmware: written };
}
function linesOnFirmware(model, firmware) {
  let special = firmware && model.firmwareLines?.find((f) => inRange(firmware, f.firmware));
  return special ? special.lines : model.lines;
}
var modelName = (target) => target === void 0 ? target : parseTarget(target).model;

// src/model/names.ts
var SPECIAL = /[ [\]()/]/;
function textNameToXml(name) {
  return hasSpecial(name) ? name.split(SPECIAL).join("_") : name;
}
function hasSpecial(name) {
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c === 32 || c === 40 || c === 41 || c === 47 || c === 91 || c === 93) return !0;
  }
  return !1;
}
var xmlNameOf = (entry) => entry.tag ?? (entry.nameFormat === "xml" ? entry.name : textNameToXml(entry.name)), entryKey = (entry) => entry.path.length === 0 ? xmlNameOf(entry) : [...entry.path, xmlNameOf(entry)].join("/"), emptyNameTable = { textNameOf: () => {
} }, TEXT_NAME_BODY = /^[A-Za-z0-9_.\-/()]+(?:\[[0-9]+\])?$/, XML_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

// src/schema/line-names.ts
function splitLineName(name, format) {
  let base = lineBase(name, format);
  return base === void 0 ? void 0 : { base, line: Number(name.slice(base.length + 1, -1)) };
}
function lineBase(name, format) {
  let [open, close] = format === "text" ? [91, 93] : [95, 95], last = name.length - 1;
  if (name.charCodeAt(last) !== close) return;
  let i = last - 1;
  for (; i >= 0 && isDigit(name.charCodeAt(i)); ) i--;
  if (!(i === last - 1 || i < 0 || name.charCodeAt(i) !== open) && !(format === "xml" && (i < 1 || name.charCodeAt(i - 1) === 95)))
    return hasLineBreak(name, format === "text" ? i : i - 1) ? void 0 : name.slice(0, i);
}
function hasLineBreak(name, end) {
  for (let i = 0; i < end; i++) {
    let c = name.charCodeAt(i);
    if (c === 10 || c === 13 || c === 8232 || c === 8233) return !0;
  }
  return !1;
}
var isDigit = (c) => c >= 48 && c <= 57, familyPattern = (base, format) => format === "text" ? `${base}[n]` : `${base}_{n}_`;
function familyBase(pattern, format) {
  let end = familyPattern("", format);
  return pattern.endsWith(end) ? pattern.slice(0, -end.length) : void 0;
}
var lineName = (base, format, line) => format === "text" ? `${base}[${String(line)}]` : `${base}_${String(line)}_`, lineSpelling = (pattern, line) => pattern.replace("[n]", `[${String(line)}]`).replace("{n}", String(line)), isFamilyPattern = (name) => name.includes("[n]") || name.includes("{n}");

// src/schema/lookup.ts
function findModel(schemas, target) {
  let name = parseTarget(target).model;
  for (let family of schemas) {
    let model = family.models.find((m) => m.name.toLowerCase() === name.toLowerCase());
    if (model) return { model, family };
  }
}
var cores = /* @__PURE__ */ new WeakMap();
function coreOf(schemas) {
  let core = cores.get(schemas);
  if (!core) {
    let byXml = /* @__PURE__ */ new Map(), byBase = /* @__PURE__ */ new Map(), secretTags = /* @__PURE__ */ new Set(), secretBases = /* @__PURE__ */ new Set();
    for (let family of schemas)
      for (let spec of family.parameters) {
        addFound(byXml, spec.xml, { spec, family });
        let base = familyBase(spec.xml, "xml");
        base !== void 0 && addFound(byBase, base, { spec, family }), spec.secret === !0 && (secretTags.add(spec.xml), base !== void 0 && secretBases.add(base));
      }
    core = { byXml, byBase, lines: /* @__PURE__ */ new Map(), spellings: /* @__PURE__ */ new Map(), secretTags, secretBases }, cores.set(schemas, core);
  }
  return core;
}
function addFound(map, key, found) {
  let list = map.get(key);
  list ? list.push(found) : map.set(key, [found]);
}
var NOTHING = Object.freeze([]);
function spellingsOf(core, scope, key) {
  let found = core.spellings.get(key);
  return found || (found = {
    text: [...new Set(scope.flatMap((f) => f.parameters.map((p) => p.name)))],
    xml: [...new Set(scope.flatMap((f) => f.parameters.map((p) => p.xml)))]
  }, core.spellings.set(key, found)), found;
}
function schemaIndex(schemas, targetName2) {
  let core = coreOf(schemas), { byXml, byBase, lines } = core, find = (tag) => {
    let plain = byXml.get(tag) ?? lines.get(tag);
    if (plain) return plain;
    let base = lineBase(tag, "xml"), family = base === void 0 ? void 0 : byBase.get(base);
    if (base === void 0 || family === void 0) return NOTHING;
    let line = Number(tag.slice(base.length + 1, -1)), found = family.map((f) => ({ ...f, index: line }));
    return lines.set(tag, found), found;
  }, { secretTags, secretBases } = core, secret = (tag) => {
    if (secretTags.has(tag)) return !0;
    if (secretBases.size === 0) return !1;
    let known = lines.get(tag);
    if (known) return known.some((f) => f.spec.secret === !0);
    let base = lineBase(tag, "xml");
    return base !== void 0 && secretBases.has(base);
  }, target = targetName2 === void 0 ? void 0 : targetOf(schemas, targetName2);
  return { schemas, ...target ? { target } : {}, find, secret, names: (form) => spellingsOf(core, target ? [target.family] : schemas, target?.family.family ?? "")[form], nameTable: { textNameOf: (tag) => textNameOf(find(tag)[0]) } };
}
function targetOf(schemas, text) {
  let found = findModel(schemas, text), { firmware } = parseTarget(text);
  return found && (firmware ? { ...found, firmware } : found);
}
var firmwareHas = (target, range) => range === void 0 || target?.firmware === void 0 || inRange(target.firmware, range), linesOn = (model, target) => linesOnFirmware(model, target?.firmware), textNameOf = (found) => found === void 0 ? void 0 : found.index === void 0 ? found.spec.name : lineSpelling(found.spec.name, found.index), xmlTagOf = (spec, index) => lineSpelling(spec.xml, index ?? 1), entryTag = (entry) => xmlNameOf(entry), targetName = (index) => index.target === void 0 ? "" : index.target.firmware === void 0 ? index.target.model.name : `${index.target.model.name}@${index.target.firmware.text}`;

// src/schema/types/shared.ts
var problem = (message, at2, length) => ({
  message,
  ...at2 === void 0 ? {} : { at: at2 },
  ...length === void 0 ? {} : { length }
});
function listOf(options, max = 6) {
  let shown = options.map((o) => `'${o}'`);
  return shown.length <= max ? shown.length <= 1 ? shown[0] ?? "" : `${shown.slice(0, -1).join(", ")} or ${shown.at(-1) ?? ""}` : `${shown.slice(0, max).join(", ")} and ${options.length - max} more`;
}
var INTEGER = /^-?[0-9]+$/, HEX = /^0[xX][0-9a-fA-F]+$/, DECIMAL = /^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;
function parseInteger(value) {
  if (INTEGER.test(value)) return Number(value);
  if (HEX.test(value)) return parseInt(value.slice(2), 16);
}
function rangeProblem2(n, min, max, unit = "") {
  let u = unit === "" ? "" : ` ${unit}`;
  if (min !== void 0 && max !== void 0 && (n < min || n > max))
    return problem(`must be from ${min} to ${max}${u}`);
  if (min !== void 0 && n < min) return problem(`must be at least ${min}${u}`);
  if (max !== void 0 && n > max) return problem(`must be at most ${max}${u}`);
}

// src/schema/types/bool.ts
var TRUE = /* @__PURE__ */ new Set(["Yes", "yes", "Enable", "enable", "1"]), FALSE = /* @__PURE__ */ new Set(["No", "no", "Disable", "disable", "0"]), canonicalBool = (value) => TRUE.has(value) ? "Yes" : FALSE.has(value) ? "No" : void 0, meant = (value) => {
  let v = value.trim().toLowerCase();
  return ["yes", "y", "true", "on", "enable", "enabled", "1"].includes(v) ? "Yes" : ["no", "n", "false", "off", "disable", "disabled", "0"].includes(v) ? "No" : void 0;
}, checkBool = (value) => {
  if (canonicalBool(value) !== void 0) return;
  let near = meant(value), found = problem(`expected 'Yes' or 'No'${near ? `; did you mean '${near}'?` : ""}`);
  return near === void 0 ? found : { ...found, suggestion: near };
};

// src/schema/types/dst-rule.ts
var TIME = /^[0-9]{1,2}(?::[0-9]{1,2}(?::[0-9]{1,2})?)?$/;
function dateProblem(text) {
  let [month = "", day = "", weekday = "", time, ...rest] = text.split("/"), inRange2 = (s, lo, hi) => /^-?[0-9]{1,2}$/.test(s) && Number(s) >= lo && Number(s) <= hi;
  if (rest.length > 0 || !inRange2(month, 1, 12))
    return "expected month/day/weekday[/hh:mm:ss] with a month from 1 to 12";
  if (!inRange2(day, -31, 31) || Number(day) === 0)
    return "the day must be from 1 to 31, or from -1 to -31 counted from the month end";
  if (!inRange2(weekday, 0, 7)) return "the weekday must be from 0 (any) to 7";
  if (time !== void 0 && !TIME.test(time)) return "the time must be hh[:mm[:ss]]";
}
var checkDstRule = (value) => {
  let trailing = /;\s*$/.exec(value);
  if (trailing && value.trim() !== ";") {
    let kept = value.slice(0, trailing.index), found = checkParts(kept);
    return found || { ...problem(
      "the rule ends with ';' after its last part, which no guide writes",
      trailing.index,
      1
    ), suggestion: kept, undocumented: !0 };
  }
  return checkParts(value);
};
function checkParts(value) {
  let seen = /* @__PURE__ */ new Set(), at2 = 0;
  for (let part of value.split(";")) {
    let found = partProblem(part, seen, at2);
    if (found) return found;
    at2 += part.length + 1;
  }
  for (let key of ["start", "end"]) if (!seen.has(key)) return problem(`the rule needs '${key}='`);
}
function partProblem(part, seen, at2) {
  let m = /^\s*(start|end|save)\s*=\s*(.*?)\s*$/.exec(part);
  if (!m) return problem("expected 'start=', 'end=' and 'save=' parts separated by ';'", at2, part.length);
  let [, key = "", body = ""] = m;
  if (seen.has(key)) return problem(`'${key}=' is given twice`, at2, part.length);
  seen.add(key);
  let message = key === "save" ? /^[+-]?[0-9]{1,2}(?::[0-9]{1,2}(?::[0-9]{1,2})?)?$/.test(body) ? void 0 : "'save=' must be [+|-]hh[:mm[:ss]]" : dateProblem(body);
  return message === void 0 ? void 0 : problem(message, at2, part.length);
}

// src/schema/types/enum.ts
var checkEnum = (value, spec) => {
  if (spec.options.includes(value)) return;
  let near = spec.options.find((o) => o.toLowerCase() === value.toLowerCase()) ?? closest(value, spec.options), hint = near === void 0 ? "" : `; did you mean '${near}'?`, found = problem(`expected ${listOf(spec.options)}${hint}`);
  return near === void 0 ? found : { ...found, suggestion: near };
};

// src/schema/types/network.ts
var isOctet = (s) => /^[0-9]{1,3}$/.test(s) && Number(s) <= 255, isIpv4 = (s) => {
  let parts = s.split(".");
  return parts.length === 4 && parts.every(isOctet);
}, LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/, isHostName = (s) => s.length <= 253 && s.split(".").every((l) => LABEL.test(l)) && !/^[0-9.]+$/.test(s), checkIpv4 = (value) => isIpv4(value) ? void 0 : problem("expected an IPv4 address such as 192.168.1.10");
function hostProblem(value) {
  let m = /^([^:]*)(?::([0-9]{1,5}))?$/.exec(value), host = m?.[1] ?? "";
  if (!m || !(isIpv4(host) || isHostName(host)))
    return "expected a host name or IPv4 address, with an optional :port";
  if (m[2] !== void 0 && Number(m[2]) > 65535) return "the port must be from 0 to 65535";
}
var checkHost = (value) => {
  if (value.length > 63) return problem("a host name here holds at most 63 characters");
  let message = hostProblem(value);
  return message === void 0 ? void 0 : problem(message);
}, checkUrl = (value, spec) => {
  let schemes = spec.schemes ?? ["http", "https", "tftp"], m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]+)(.*)$/.exec(value);
  if (!m) return problem(`expected a URL such as ${schemes[0] ?? "http"}://host/path`);
  let scheme = (m[1] ?? "").toLowerCase();
  if (!schemes.includes(scheme))
    return problem(`the URL must use ${schemes.map((s) => `${s}://`).join(" or ")}`, 0, (m[1] ?? "").length);
  if ((m[2] ?? "").includes("$")) return;
  let host = hostProblem(m[2] ?? "");
  return host === void 0 ? void 0 : problem(host, scheme.length + 3, (m[2] ?? "").length);
}, checkPhone = (value) => {
  if (value.length > 39) return problem("a phone number holds at most 39 characters");
  if (!(/^\+?[0-9*#,]+$/.test(value) || /^[A-Za-z0-9._*#+-]+@[A-Za-z0-9.-]+(?::[0-9]+)?$/.test(value)))
    return problem("expected a phone number (digits, *, #, +) or a SIP URI such as 1234@sip.example.com");
};

// src/schema/types/numbers.ts
var checkInt = (value, spec) => {
  let n = parseInteger(value);
  return n === void 0 ? problem("expected a whole number (decimal, or hex such as 0x68)") : rangeProblem2(n, spec.min, spec.max, spec.unit);
}, checkDecimal = (value, spec) => DECIMAL.test(value) ? rangeProblem2(Number(value), spec.min, spec.max, spec.unit) : problem(`expected a number such as ${spec.places === 0 ? "5" : ".5 or -3.5"}`), checkPort = (value) => {
  let n = parseInteger(value);
  return n === void 0 ? problem("expected a port number from 0 to 65535") : rangeProblem2(n, 0, 65535);
};

// src/schema/types/scripts.ts
var DURATION = /^(?:\*|[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/, MAX_SCRIPT = 127;
function segmentsProblem(text, offset, frequencies) {
  let at2 = offset;
  for (let segment of text.split(";")) {
    let m = /^([^()]*)\(([^()]*)\)$/.exec(segment);
    if (!m || !DURATION.test(m[1] ?? "") || (m[2] ?? "").split(",").some((s) => !sectionOk(s, frequencies)))
      return problem(
        `expected segments such as ${frequencies > 0 ? "10(*/0/1+2)" : "60(.2/.2,1/4)"}`,
        at2,
        segment.length
      );
    at2 += segment.length + 1;
  }
}
function sectionOk(section, frequencies) {
  let [on = "", off = "", tones, ...rest] = section.split("/").map((s) => s.trim());
  return rest.length > 0 || !DURATION.test(on) || !DURATION.test(off) ? !1 : frequencies === 0 ? tones === void 0 : tones !== void 0 && tones.split("+").every((t) => /^[0-6]$/.test(t) && Number(t) <= frequencies);
}
var checkCadence = (value) => value.length > MAX_SCRIPT ? problem(`a cadence script holds at most ${MAX_SCRIPT} characters`) : segmentsProblem(value, 0, 0), checkTone = (value) => {
  if (value.length > MAX_SCRIPT) return problem(`a tone script holds at most ${MAX_SCRIPT} characters`);
  let semi = value.indexOf(";"), freqs = semi < 0 ? value : value.slice(0, semi), list = freqs.split(",");
  if (list.length > 6 || !list.every((f) => /^[0-9]+(?:\*[0-9]+)?@-?[0-9]+(?:\.[0-9]+)?$/.test(f)))
    return problem(
      "expected up to 6 frequencies such as 350@-19,440@-19 before the first ;",
      0,
      freqs.length
    );
  if (semi < 0)
    return problem("expected the cadence after the frequencies, such as ;10(*/0/1+2)", value.length, 0);
  let found = segmentsProblem(value.slice(semi + 1), semi + 1, list.length), modulated = freqs.indexOf("*");
  return found || modulated < 0 ? found : { ...problem(
    "'*' modulates a frequency, which ToneScript as documented does not: the phone may not play it",
    modulated,
    1
  ), undocumented: !0 };
};

// src/schema/types/text.ts
var checkString = (value, spec) => spec.maxLength !== void 0 && value.length > spec.maxLength ? problem(`holds at most ${spec.maxLength} characters`) : void 0, checkPassword = (value, spec) => spec.maxLength !== void 0 && value.length > spec.maxLength ? problem(`holds at most ${spec.maxLength} characters`) : void 0;
function balanceProblem(value, pairs) {
  let closers = new Set(Object.values(pairs)), stack = [];
  for (let i = 0; i < value.length; i++) {
    let c = value[i] ?? "";
    if (pairs[c] !== void 0) stack.push({ char: c, at: i });
    else if (closers.has(c) && pairs[stack.pop()?.char ?? ""] !== c)
      return problem(`'${c}' has no matching opening bracket`, i, 1);
  }
  let open = stack.pop();
  return open ? problem(`'${open.char}' is not closed`, open.at, 1) : void 0;
}
var DIAL_PLAN_PAIRS = { "(": ")", "[": "]", "<": ">" }, checkDialPlan = (value) => {
  let balance = balanceProblem(value, DIAL_PLAN_PAIRS);
  if (balance) return balance;
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    let c = value[i] ?? "";
    if (c === "<") depth++;
    else if (c === ">") depth--;
    else if (depth === 0 && !/[0-9xX*#.\-[\]()|,:;!SLPTslpt@+^\s]/.test(c))
      return problem(`'${c}' is not a dial plan character`, i, 1);
  }
};

// src/schema/types/time.ts
var TIME_ZONES = [
  "GMT-12:00",
  "GMT-11:00",
  "GMT-10:00",
  "GMT-09:00",
  "GMT-08:00",
  "GMT-07:00",
  "GMT-06:00",
  "GMT-05:00",
  "GMT-04:00",
  "GMT-03:30",
  "GMT-03:00",
  "GMT-02:00",
  "GMT-01:00",
  "GMT",
  "GMT+01:00",
  "GMT+02:00",
  "GMT+03:00",
  "GMT+03:30",
  "GMT+04:00",
  "GMT+05:00",
  "GMT+05:30",
  "GMT+05:45",
  "GMT+06:00",
  "GMT+06:30",
  "GMT+07:00",
  "GMT+08:00",
  "GMT+09:00",
  "GMT+09:30",
  "GMT+10:00",
  "GMT+11:00",
  "GMT+12:00",
  "GMT+13:00"
];
function canonicalZone(value) {
  let m = /^(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(value.trim());
  if (!m) return /^(?:GMT|UTC)$/i.test(value.trim()) ? "GMT" : void 0;
  let zone = `GMT${m[1] ?? ""}${(m[2] ?? "").padStart(2, "0")}:${m[3] ?? "00"}`;
  return TIME_ZONES.includes(zone) ? zone : void 0;
}
var checkTimezone = (value) => {
  if (TIME_ZONES.includes(value)) return;
  let near = canonicalZone(value), found = problem(
    `expected a time zone from 'GMT-12:00' to 'GMT+13:00' as the phone lists it${near ? `; did you mean '${near}'?` : ""}`
  );
  return near === void 0 ? found : { ...found, suggestion: near };
}, checkHhmm = (value) => /^(?:[01][0-9]|2[0-3])[0-5][0-9]$/.test(value) ? void 0 : problem("expected a 24-hour time as HHmm, such as 0230"), checkSchedule = (value) => {
  let at2 = 0;
  for (let item of value.split(",")) {
    if (!/^\s*[0-9]+(?:\s*\+\s*[0-9]+)?\s*$/.test(item))
      return problem(
        "expected delays in seconds separated by ',', each with an optional '+random' part, such as 1800,3600+600",
        at2,
        item.length
      );
    at2 += item.length + 1;
  }
};

// src/schema/types/index.ts
var rules = {
  bool: checkBool,
  enum: checkEnum,
  int: checkInt,
  decimal: checkDecimal,
  timezone: checkTimezone,
  hhmm: checkHhmm,
  ipv4: checkIpv4,
  port: checkPort,
  host: checkHost,
  url: checkUrl,
  phone: checkPhone,
  "dst-rule": checkDstRule,
  schedule: checkSchedule,
  tone: checkTone,
  cadence: checkCadence,
  "dial-plan": checkDialPlan,
  string: checkString,
  password: checkPassword,
  // The rule languages are the rules stage's: it passes its check in as ValueCheckers.rule.
  rule: () => {
  }
};
function checkValue(value, type, checkers = {}) {
  if (type.kind === "rule" && checkers.rule) return checkers.rule(value, type);
  let rule = rules[type.kind];
  return rule(value, type);
}
var typeKinds = Object.keys(rules);

// src/schema/meta-check.ts
var isObj = (v) => typeof v == "object" && v !== null && !Array.isArray(v), ACCESS = ["na", "ro", "rw"];
function metaCheck(data, checkers = {}) {
  let out = [];
  if (!isObj(data)) return [{ path: "", message: "a schema is a JSON object" }];
  data.schemaVersion !== 1 && out.push({ path: "schemaVersion", message: `must be ${1}` }), (typeof data.family != "string" || data.family === "") && out.push({ path: "family", message: "must be a non-empty string" }), typeof data.title != "string" && out.push({ path: "title", message: "must be a string" });
  let models = Array.isArray(data.models) ? data.models : void 0;
  models || out.push({ path: "models", message: "must be an array" }), models?.forEach((m, i) => {
    !isObj(m) || typeof m.name != "string" || !Number.isInteger(m.lines) || m.lines < 1 ? out.push({ path: `models[${i}]`, message: 'must be { "name": string, "lines": whole number >= 1 }' }) : append(out, firmwareLinesProblems(m.firmwareLines, `models[${i}].firmwareLines`));
  });
  let parameters = Array.isArray(data.parameters) ? data.parameters : void 0;
  if (!parameters) return [...out, { path: "parameters", message: "must be an array" }];
  let context = { models: new Set(models?.map((m) => isObj(m) ? m.name : void 0)), seen: /* @__PURE__ */ new Set(), checkers };
  return parameters.forEach((p, i) => append(out, parameterProblems(p, `parameters[${i}]`, context))), out;
}
function parameterProblems(p, path, context) {
  let { models, seen, checkers } = context;
  if (!isObj(p)) return [{ path, message: "must be an object" }];
  let out = [], bad = (key, message) => out.push({ path: `${path}.${key}`, message }), name = typeof p.name == "string" ? p.name : "", xml = typeof p.xml == "string" ? p.xml : "";
  TEXT_NAME_BODY.test(name.replace("[n]", "[1]")) || bad("name", "must be a text parameter name, with [n] for a per-line family"), XML_NAME.test(xml.replace("{n}", "1")) || bad("xml", "must be an XML tag, with {n} for a per-line family"), name.endsWith("[n]") !== xml.includes("{n}") && bad("xml", "a per-line family has both '[n]' in its name and '{n}' in its tag"), seen.has(xml) && bad("xml", `'${xml}' is described twice`), seen.add(xml), ACCESS.includes(p.access) || bad("access", "must be 'na', 'ro' or 'rw'");
  let typeProblem = typeSpecProblem(p.type);
  if (typeProblem) bad("type", typeProblem);
  else if (typeof p.default == "string" && p.default !== "") {
    let problem2 = checkValue(p.default, p.type, checkers);
    problem2 && bad("default", `the default '${p.default}' does not fit the type: ${problem2.message}`);
  }
  for (let key of ["default", "section", "description", "firmware", "rangeNote", "source"])
    p[key] !== void 0 && typeof p[key] != "string" && bad(key, "must be a string");
  let range = typeof p.firmware == "string" ? rangeProblem(p.firmware) : void 0;
  return range && bad("firmware", range), p.models !== void 0 && (!Array.isArray(p.models) || !p.models.every((m) => models.has(m))) && bad("models", "must list models of this schema"), out;
}
var RULE_LANGUAGES = ["profile", "upgrade", "report", "trigger", "log"];
function typeSpecProblem(type) {
  if (!isObj(type) || !typeKinds.includes(type.kind))
    return `'kind' must be one of ${typeKinds.join(", ")}`;
  if (type.kind === "enum") {
    let options = type.options;
    if (!Array.isArray(options) || options.length === 0 || !options.every((o) => typeof o == "string"))
      return "an enum needs a non-empty list of string options";
    let limited = type.optionFirmware;
    if (limited !== void 0) return optionFirmwareProblem(limited, options);
  }
  if (type.kind === "rule" && !RULE_LANGUAGES.includes(type.language))
    return `a rule needs a 'language': one of ${RULE_LANGUAGES.join(", ")}`;
  let schemes = type.schemes;
  if (schemes !== void 0 && !(Array.isArray(schemes) && schemes.every((x) => typeof x == "string")))
    return `'schemes' must be a list of URL schemes such as "http"`;
  for (let key of ["min", "max", "places", "maxLength"])
    if (type[key] !== void 0 && typeof type[key] != "number") return `'${key}' must be a number`;
  if (typeof type.min == "number" && typeof type.max == "number" && type.min > type.max)
    return "'min' is above 'max'";
}
function optionFirmwareProblem(limited, options) {
  if (!isObj(limited)) return "'optionFirmware' maps options to firmware ranges";
  for (let [option, range] of Object.entries(limited)) {
    if (!options.includes(option)) return `'optionFirmware' names '${option}', which is not an option`;
    let problem2 = typeof range == "string" ? rangeProblem(range) : "a range is a string";
    if (problem2) return `'optionFirmware.${option}': ${problem2}`;
  }
}
function firmwareLinesProblems(list, path) {
  if (list === void 0) return [];
  let shape = 'must be a list of { "firmware": range, "lines": whole number >= 1 }';
  return Array.isArray(list) ? list.flatMap((item, i) => {
    if (!isObj(item) || !Number.isInteger(item.lines) || item.lines < 1)
      return [{ path: `${path}[${i}]`, message: shape }];
    let problem2 = typeof item.firmware == "string" ? rangeProblem(item.firmware) : shape;
    return problem2 ? [{ path: `${path}[${i}].firmware`, message: problem2 }] : [];
  }) : [{ path, message: shape }];
}
var asSchema = (data) => data;

// src/schema/builtin.ts
var families = {
  spa5xx: () => import("../lib/schema/data/spa5xx.curated.json", { with: { type: "json" } }),
  spa9xx: () => import("../lib/schema/data/spa9xx.curated.json", { with: { type: "json" } }),
  ata: () => import("../lib/schema/data/ata.curated.json", { with: { type: "json" } })
}, builtinFamilies = Object.keys(families), cache;
function builtinSchemas() {
  return cache ??= Promise.all(Object.values(families).map(async (load) => (await load()).default)), cache;
}

// src/rules/problem.ts
var ruleProblem = (code, span, message, fix) => ({ code, span, message, ...fix ? { fix } : {} }), at = (start, length = 1) => ({ start, end: start + length });

// node_modules/@chevrotain/utils/lib/src/print.js
function PRINT_ERROR(msg) {
  console && console.error && console.error(`Error: ${msg}`);
}
function PRINT_WARNING(msg) {
  console && console.warn && console.warn(`Warning: ${msg}`);
}

// node_modules/@chevrotain/utils/lib/src/timer.js
function timer(func) {
  let start = (/* @__PURE__ */ new Date()).getTime(), val = func();
  return { time: (/* @__PURE__ */ new Date()).getTime() - start, value: val };
}

// node_modules/@chevrotain/utils/lib/src/to-fast-properties.js
function toFastProperties(toBecomeFast) {
  function FakeConstructor() {
  }
  FakeConstructor.prototype = toBecomeFast;
  let fakeInstance = new FakeConstructor();
  function fakeAccess() {
    return typeof fakeInstance.bar;
  }
  return fakeAccess(), fakeAccess(), toBecomeFast;
  (0, eval)(toBecomeFast);
}

// node_modules/@chevrotain/gast/lib/src/model.js
function tokenLabel(tokType) {
  return hasTokenLabel(tokType) ? tokType.LABEL : tokType.name;
}
function hasTokenLabel(obj) {
  return typeof obj.LABEL == "string" && obj.LABEL !== "";
}
var AbstractProduction = class {
  get definition() {
    return this._definition;
  }
  set definition(value) {
    this._definition = value;
  }
  constructor(_definition) {
    this._definition = _definition;
  }
  accept(visitor) {
    visitor.visit(this), this.definition.forEach((prod) => {
      prod.accept(visitor);
    });
  }
}, NonTerminal = class extends AbstractProduction {
  constructor(options) {
    super([]), this.idx = 1, Object.assign(this, pickOnlyDefined(options));
  }
  set definition(definition2) {
  }
  get definition() {
    return this.referencedRule !== void 0 ? this.referencedRule.definition : [];
  }
  accept(visitor) {
    visitor.visit(this);
  }
}, Rule = class extends AbstractProduction {
  constructor(options) {
    super(options.definition), this.orgText = "", Object.assign(this, pickOnlyDefined(options));
  }
}, Alternative = class extends AbstractProduction {
  constructor(options) {
    super(options.definition), this.ignoreAmbiguities = !1, Object.assign(this, pickOnlyDefined(options));
  }
}, Option = class extends AbstractProduction {
  constructor(options) {
    super(options.definition), this.idx = 1, Object.assign(this, pickOnlyDefined(options));
  }
}, RepetitionMandatory = class extends AbstractProduction {
  constructor(options) {
    super(options.definition), this.idx = 1, Object.assign(this, pickOnlyDefined(options));
  }
}, RepetitionMandatoryWithSeparator = class extends AbstractProduction {
  constructor(options) {
    super(options.definition), this.idx = 1, Object.assign(this, pickOnlyDefined(options));
  }
}, Repetition = class extends AbstractProduction {
  constructor(options) {
    super(options.definition), this.idx = 1, Object.assign(this, pickOnlyDefined(options));
  }
}, RepetitionWithSeparator = class extends AbstractProduction {
  constructor(options) {
    super(options.definition), this.idx = 1, Object.assign(this, pickOnlyDefined(options));
  }
}, Alternation = class extends AbstractProduction {
  get definition() {
    return this._definition;
  }
  set definition(value) {
    this._definition = value;
  }
  constructor(options) {
    super(options.definition), this.idx = 1, this.ignoreAmbiguities = !1, this.hasPredicates = !1, Object.assign(this, pickOnlyDefined(options));
  }
}, Terminal = class {
  constructor(options) {
    this.idx = 1, Object.assign(this, pickOnlyDefined(options));
  }
  accept(visitor) {
    visitor.visit(this);
  }
};
function serializeGrammar(topRules) {
  return topRules.map(serializeProduction);
}
function serializeProduction(node) {
  function convertDefinition(definition2) {
    return definition2.map(serializeProduction);
  }
  if (node instanceof NonTerminal) {
    let serializedNonTerminal = {
      type: "NonTerminal",
      name: node.nonTerminalName,
      idx: node.idx
    };
    return typeof node.label == "string" && (serializedNonTerminal.label = node.label), serializedNonTerminal;
  } else {
    if (node instanceof Alternative)
      return {
        type: "Alternative",
        definition: convertDefinition(node.definition)
      };
    if (node instanceof Option)
      return {
        type: "Option",
        idx: node.idx,
        definition: convertDefinition(node.definition)
      };
    if (node instanceof RepetitionMandatory)
      return {
        type: "RepetitionMandatory",
        idx: node.idx,
        definition: convertDefinition(node.definition)
      };
    if (node instanceof RepetitionMandatoryWithSeparator)
      return {
        type: "RepetitionMandatoryWithSeparator",
        idx: node.idx,
        separator: serializeProduction(new Terminal({ terminalType: node.separator })),
        definition: convertDefinition(node.definition)
      };
    if (node instanceof RepetitionWithSeparator)
      return {
        type: "RepetitionWithSeparator",
        idx: node.idx,
        separator: serializeProduction(new Terminal({ terminalType: node.separator })),
        definition: convertDefinition(node.definition)
      };
    if (node instanceof Repetition)
      return {
        type: "Repetition",
        idx: node.idx,
        definition: convertDefinition(node.definition)
      };
    if (node instanceof Alternation)
      return {
        type: "Alternation",
        idx: node.idx,
        definition: convertDefinition(node.definition)
      };
    if (node instanceof Terminal) {
      let serializedTerminal = {
        type: "Terminal",
        name: node.terminalType.name,
        label: tokenLabel(node.terminalType),
        idx: node.idx
      };
      typeof node.label == "string" && (serializedTerminal.terminalLabel = node.label);
      let pattern = node.terminalType.PATTERN;
      return node.terminalType.PATTERN && (serializedTerminal.pattern = pattern instanceof RegExp ? pattern.source : pattern), serializedTerminal;
    } else {
      if (node instanceof Rule)
        return {
          type: "Rule",
          name: node.name,
          orgText: node.orgText,
          definition: convertDefinition(node.definition)
        };
      throw Error("non exhaustive match");
    }
  }
}
function pickOnlyDefined(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== void 0));
}

// node_modules/@chevrotain/gast/lib/src/visitor.js
var GAstVisitor = class {
  visit(node) {
    let nodeAny = node;
    switch (nodeAny.constructor) {
      case NonTerminal:
        return this.visitNonTerminal(nodeAny);
      case Alternative:
        return this.visitAlternative(nodeAny);
      case Option:
        return this.visitOption(nodeAny);
      case RepetitionMandatory:
        return this.visitRepetitionMandatory(nodeAny);
      case RepetitionMandatoryWithSeparator:
        return this.visitRepetitionMandatoryWithSeparator(nodeAny);
      case RepetitionWithSeparator:
        return this.visitRepetitionWithSeparator(nodeAny);
      case Repetition:
        return this.visitRepetition(nodeAny);
      case Alternation:
        return this.visitAlternation(nodeAny);
      case Terminal:
        return this.visitTerminal(nodeAny);
      case Rule:
        return this.visitRule(nodeAny);
      /* c8 ignore next 2 */
      default:
        throw Error("non exhaustive match");
    }
  }
  /* c8 ignore next */
  visitNonTerminal(node) {
  }
  /* c8 ignore next */
  visitAlternative(node) {
  }
  /* c8 ignore next */
  visitOption(node) {
  }
  /* c8 ignore next */
  visitRepetition(node) {
  }
  /* c8 ignore next */
  visitRepetitionMandatory(node) {
  }
  /* c8 ignore next 3 */
  visitRepetitionMandatoryWithSeparator(node) {
  }
  /* c8 ignore next */
  visitRepetitionWithSeparator(node) {
  }
  /* c8 ignore next */
  visitAlternation(node) {
  }
  /* c8 ignore next */
  visitTerminal(node) {
  }
  /* c8 ignore next */
  visitRule(node) {
  }
};

// node_modules/@chevrotain/gast/lib/src/helpers.js
function isSequenceProd(prod) {
  return prod instanceof Alternative || prod instanceof Option || prod instanceof Repetition || prod instanceof RepetitionMandatory || prod instanceof RepetitionMandatoryWithSeparator || prod instanceof RepetitionWithSeparator || prod instanceof Terminal || prod instanceof Rule;
}
function isOptionalProd(prod, alreadyVisited = []) {
  return prod instanceof Option || prod instanceof Repetition || prod instanceof RepetitionWithSeparator ? !0 : prod instanceof Alternation ? prod.definition.some((subProd) => isOptionalProd(subProd, alreadyVisited)) : prod instanceof NonTerminal && alreadyVisited.includes(prod) ? !1 : prod instanceof AbstractProduction ? (prod instanceof NonTerminal && alreadyVisited.push(prod), prod.definition.every((subProd) => isOptionalProd(subProd, alreadyVisited))) : !1;
}
function isBranchingProd(prod) {
  return prod instanceof Alternation;
}
function getProductionDslName(prod) {
  if (prod instanceof NonTerminal)
    return "SUBRULE";
  if (prod instanceof Option)
    return "OPTION";
  if (prod instanceof Alternation)
    return "OR";
  if (prod instanceof RepetitionMandatory)
    return "AT_LEAST_ONE";
  if (prod instanceof RepetitionMandatoryWithSeparator)
    return "AT_LEAST_ONE_SEP";
  if (prod instanceof RepetitionWithSeparator)
    return "MANY_SEP";
  if (prod instanceof Repetition)
    return "MANY";
  if (prod instanceof Terminal)
    return "CONSUME";
  throw Error("non exhaustive match");
}

// node_modules/chevrotain/lib/src/parse/grammar/rest.js
var RestWalker = class {
  walk(prod, prevRest = []) {
    prod.definition.forEach((subProd, index) => {
      let currRest = prod.definition.slice(index + 1);
      if (subProd instanceof NonTerminal)
        this.walkProdRef(subProd, currRest, prevRest);
      else if (subProd instanceof Terminal)
        this.walkTerminal(subProd, currRest, prevRest);
      else if (subProd instanceof Alternative)
        this.walkFlat(subProd, currRest, prevRest);
      else if (subProd instanceof Option)
        this.walkOption(subProd, currRest, prevRest);
      else if (subProd instanceof RepetitionMandatory)
        this.walkAtLeastOne(subProd, currRest, prevRest);
      else if (subProd instanceof RepetitionMandatoryWithSeparator)
        this.walkAtLeastOneSep(subProd, currRest, prevRest);
      else if (subProd instanceof RepetitionWithSeparator)
        this.walkManySep(subProd, currRest, prevRest);
      else if (subProd instanceof Repetition)
        this.walkMany(subProd, currRest, prevRest);
      else if (subProd instanceof Alternation)
        this.walkOr(subProd, currRest, prevRest);
      else
        throw Error("non exhaustive match");
    });
  }
  walkTerminal(terminal, currRest, prevRest) {
  }
  walkProdRef(refProd, currRest, prevRest) {
  }
  walkFlat(flatProd, currRest, prevRest) {
    let fullOrRest = currRest.concat(prevRest);
    this.walk(flatProd, fullOrRest);
  }
  walkOption(optionProd, currRest, prevRest) {
    let fullOrRest = currRest.concat(prevRest);
    this.walk(optionProd, fullOrRest);
  }
  walkAtLeastOne(atLeastOneProd, currRest, prevRest) {
    let fullAtLeastOneRest = [
      new Option({ definition: atLeastOneProd.definition })
    ].concat(currRest, prevRest);
    this.walk(atLeastOneProd, fullAtLeastOneRest);
  }
  walkAtLeastOneSep(atLeastOneSepProd, currRest, prevRest) {
    let fullAtLeastOneSepRest = restForRepetitionWithSeparator(atLeastOneSepProd, currRest, prevRest);
    this.walk(atLeastOneSepProd, fullAtLeastOneSepRest);
  }
  walkMany(manyProd, currRest, prevRest) {
    let fullManyRest = [
      new Option({ definition: manyProd.definition })
    ].concat(currRest, prevRest);
    this.walk(manyProd, fullManyRest);
  }
  walkManySep(manySepProd, currRest, prevRest) {
    let fullManySepRest = restForRepetitionWithSeparator(manySepProd, currRest, prevRest);
    this.walk(manySepProd, fullManySepRest);
  }
  walkOr(orProd, currRest, prevRest) {
    let fullOrRest = currRest.concat(prevRest);
    orProd.definition.forEach((alt) => {
      let prodWrapper = new Alternative({ definition: [alt] });
      this.walk(prodWrapper, fullOrRest);
    });
  }
};
function restForRepetitionWithSeparator(repSepProd, currRest, prevRest) {
  return [
    new Option({
      definition: [
        new Terminal({ terminalType: repSepProd.separator })
      ].concat(repSepProd.definition)
    })
  ].concat(currRest, prevRest);
}

// node_modules/chevrotain/lib/src/parse/grammar/first.js
function first(prod) {
  if (prod instanceof NonTerminal)
    return first(prod.referencedRule);
  if (prod instanceof Terminal)
    return firstForTerminal(prod);
  if (isSequenceProd(prod))
    return firstForSequence(prod);
  if (isBranchingProd(prod))
    return firstForBranching(prod);
  throw Error("non exhaustive match");
}
function firstForSequence(prod) {
  let firstSet = [], seq = prod.definition, nextSubProdIdx = 0, hasInnerProdsRemaining = seq.length > nextSubProdIdx, currSubProd, isLastInnerProdOptional = !0;
  for (; hasInnerProdsRemaining && isLastInnerProdOptional; )
    currSubProd = seq[nextSubProdIdx], isLastInnerProdOptional = isOptionalProd(currSubProd), firstSet = firstSet.concat(first(currSubProd)), nextSubProdIdx = nextSubProdIdx + 1, hasInnerProdsRemaining = seq.length > nextSubProdIdx;
  return [...new Set(firstSet)];
}
function firstForBranching(prod) {
  let allAlternativesFirsts = prod.definition.map((innerProd) => first(innerProd));
  return [...new Set(allAlternativesFirsts.flat())];
}
function firstForTerminal(terminal) {
  return [terminal.terminalType];
}

// node_modules/chevrotain/lib/src/parse/constants.js
var IN = "_~IN~_";

// node_modules/chevrotain/lib/src/parse/grammar/follow.js
var ResyncFollowsWalker = class extends RestWalker {
  constructor(topProd) {
    super(), this.topProd = topProd, this.follows = {};
  }
  startWalking() {
    return this.walk(this.topProd), this.follows;
  }
  walkTerminal(terminal, currRest, prevRest) {
  }
  walkProdRef(refProd, currRest, prevRest) {
    let followName = buildBetweenProdsFollowPrefix(refProd.referencedRule, refProd.idx) + this.topProd.name, fullRest = currRest.concat(prevRest), restProd = new Alternative({ definition: fullRest }), t_in_topProd_follows = first(restProd);
    this.follows[followName] = t_in_topProd_follows;
  }
};
function computeAllProdsFollows(topProductions) {
  let reSyncFollows = {};
  return topProductions.forEach((topProd) => {
    let currRefsFollow = new ResyncFollowsWalker(topProd).startWalking();
    Object.assign(reSyncFollows, currRefsFollow);
  }), reSyncFollows;
}
function buildBetweenProdsFollowPrefix(inner, occurenceInParent) {
  return inner.name + occurenceInParent + IN;
}

// node_modules/@chevrotain/regexp-to-ast/lib/src/utils.js
function cc(char) {
  return char.charCodeAt(0);
}
function insertToSet(item, set) {
  Array.isArray(item) ? item.forEach(function(subItem) {
    set.push(subItem);
  }) : set.push(item);
}
function addFlag(flagObj, flagKey) {
  if (flagObj[flagKey] === !0)
    throw "duplicate flag " + flagKey;
  let x = flagObj[flagKey];
  flagObj[flagKey] = !0;
}
function ASSERT_EXISTS(obj) {
  if (obj === void 0)
    throw Error("Internal Error - Should never get here!");
  return !0;
}
function ASSERT_NEVER_REACH_HERE() {
  throw Error("Internal Error - Should never get here!");
}
function isCharacter(obj) {
  return obj.type === "Character";
}

// node_modules/@chevrotain/regexp-to-ast/lib/src/character-classes.js
var digitsCharCodes = [];
for (let i = cc("0"); i <= cc("9"); i++)
  digitsCharCodes.push(i);
var wordCharCodes = [cc("_")].concat(digitsCharCodes);
for (let i = cc("a"); i <= cc("z"); i++)
  wordCharCodes.push(i);
for (let i = cc("A"); i <= cc("Z"); i++)
  wordCharCodes.push(i);
var whitespaceCodes = [
  cc(" "),
  cc("\f"),
  cc(`
`),
  cc("\r"),
  cc("	"),
  cc("\v"),
  cc("	"),
  cc("\xA0"),
  cc("\u1680"),
  cc("\u2000"),
  cc("\u2001"),
  cc("\u2002"),
  cc("\u2003"),
  cc("\u2004"),
  cc("\u2005"),
  cc("\u2006"),
  cc("\u2007"),
  cc("\u2008"),
  cc("\u2009"),
  cc("\u200A"),
  cc("\u2028"),
  cc("\u2029"),
  cc("\u202F"),
  cc("\u205F"),
  cc("\u3000"),
  cc("\uFEFF")
];

// node_modules/@chevrotain/regexp-to-ast/lib/src/regexp-parser.js
var hexDigitPattern = /[0-9a-fA-F]/, decimalPattern = /[0-9]/, decimalPatternNoZero = /[1-9]/, RegExpParser = class {
  constructor() {
    this.idx = 0, this.input = "", this.groupIdx = 0;
  }
  saveState() {
    return {
      idx: this.idx,
      input: this.input,
      groupIdx: this.groupIdx
    };
  }
  restoreState(newState) {
    this.idx = newState.idx, this.input = newState.input, this.groupIdx = newState.groupIdx;
  }
  pattern(input) {
    this.idx = 0, this.input = input, this.groupIdx = 0, this.consumeChar("/");
    let value = this.disjunction();
    this.consumeChar("/");
    let flags = {
      type: "Flags",
      loc: { begin: this.idx, end: input.length },
      global: !1,
      ignoreCase: !1,
      multiLine: !1,
      unicode: !1,
      sticky: !1
    };
    for (; this.isRegExpFlag(); )
      switch (this.popChar()) {
        case "g":
          addFlag(flags, "global");
          break;
        case "i":
          addFlag(flags, "ignoreCase");
          break;
        case "m":
          addFlag(flags, "multiLine");
          break;
        case "u":
          addFlag(flags, "unicode");
          break;
        case "y":
          addFlag(flags, "sticky");
          break;
      }
    if (this.idx !== this.input.length)
      throw Error("Redundant input: " + this.input.substring(this.idx));
    return {
      type: "Pattern",
      flags,
      value,
      loc: this.loc(0)
    };
  }
  disjunction() {
    let alts = [], begin = this.idx;
    for (alts.push(this.alternative()); this.peekChar() === "|"; )
      this.consumeChar("|"), alts.push(this.alternative());
    return { type: "Disjunction", value: alts, loc: this.loc(begin) };
  }
  alternative() {
    let terms = [], begin = this.idx;
    for (; this.isTerm(); )
      terms.push(this.term());
    return { type: "Alternative", value: terms, loc: this.loc(begin) };
  }
  term() {
    return this.isAssertion() ? this.assertion() : this.atom();
  }
  assertion() {
    let begin = this.idx;
    switch (this.popChar()) {
      case "^":
        return {
          type: "StartAnchor",
          loc: this.loc(begin)
        };
      case "$":
        return { type: "EndAnchor", loc: this.loc(begin) };
      // '\b' or '\B'
      case "\\":
        switch (this.popChar()) {
          case "b":
            return {
              type: "WordBoundary",
              loc: this.loc(begin)
            };
          case "B":
            return {
              type: "NonWordBoundary",
              loc: this.loc(begin)
            };
        }
        throw Error("Invalid Assertion Escape");
      // '(?=' or '(?!'
      case "(":
        this.consumeChar("?");
        let type;
        switch (this.popChar()) {
          case "=":
            type = "Lookahead";
            break;
          case "!":
            type = "NegativeLookahead";
            break;
          case "<": {
            switch (this.popChar()) {
              case "=":
                type = "Lookbehind";
                break;
              case "!":
                type = "NegativeLookbehind";
            }
            break;
          }
        }
        ASSERT_EXISTS(type);
        let disjunction = this.disjunction();
        return this.consumeChar(")"), {
          type,
          value: disjunction,
          loc: this.loc(begin)
        };
    }
    return ASSERT_NEVER_REACH_HERE();
  }
  quantifier(isBacktracking = !1) {
    let range, begin = this.idx;
    switch (this.popChar()) {
      case "*":
        range = {
          atLeast: 0,
          atMost: 1 / 0
        };
        break;
      case "+":
        range = {
          atLeast: 1,
          atMost: 1 / 0
        };
        break;
      case "?":
        range = {
          atLeast: 0,
          atMost: 1
        };
        break;
      case "{":
        let atLeast = this.integerIncludingZero();
        switch (this.popChar()) {
          case "}":
            range = {
              atLeast,
              atMost: atLeast
            };
            break;
          case ",":
            let atMost;
            this.isDigit() ? (atMost = this.integerIncludingZero(), range = {
              atLeast,
              atMost
            }) : range = {
              atLeast,
              atMost: 1 / 0
            }, this.consumeChar("}");
            break;
        }
        if (isBacktracking === !0 && range === void 0)
          return;
        ASSERT_EXISTS(range);
        break;
    }
    if (!(isBacktracking === !0 && range === void 0) && ASSERT_EXISTS(range))
      return this.peekChar(0) === "?" ? (this.consumeChar("?"), range.greedy = !1) : range.greedy = !0, range.type = "Quantifier", range.loc = this.loc(begin), range;
  }
  atom() {
    let atom, begin = this.idx;
    switch (this.peekChar()) {
      case ".":
        atom = this.dotAll();
        break;
      case "\\":
        atom = this.atomEscape();
        break;
      case "[":
        atom = this.characterClass();
        break;
      case "(":
        atom = this.group();
        break;
    }
    return atom === void 0 && this.isPatternCharacter() && (atom = this.patternCharacter()), ASSERT_EXISTS(atom) ? (atom.loc = this.loc(begin), this.isQuantifier() && (atom.quantifier = this.quantifier()), atom) : ASSERT_NEVER_REACH_HERE();
  }
  dotAll() {
    return this.consumeChar("."), {
      type: "Set",
      complement: !0,
      value: [cc(`
`), cc("\r"), cc("\u2028"), cc("\u2029")]
    };
  }
  atomEscape() {
    switch (this.consumeChar("\\"), this.peekChar()) {
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7":
      case "8":
      case "9":
        return this.decimalEscapeAtom();
      case "d":
      case "D":
      case "s":
      case "S":
      case "w":
      case "W":
        return this.characterClassEscape();
      case "f":
      case "n":
      case "r":
      case "t":
      case "v":
        return this.controlEscapeAtom();
      case "c":
        return this.controlLetterEscapeAtom();
      case "0":
        return this.nulCharacterAtom();
      case "x":
        return this.hexEscapeSequenceAtom();
      case "u":
        return this.regExpUnicodeEscapeSequenceAtom();
      default:
        return this.identityEscapeAtom();
    }
  }
  decimalEscapeAtom() {
    return { type: "GroupBackReference", value: this.positiveInteger() };
  }
  characterClassEscape() {
    let set, complement = !1;
    switch (this.popChar()) {
      case "d":
        set = digitsCharCodes;
        break;
      case "D":
        set = digitsCharCodes, complement = !0;
        break;
      case "s":
        set = whitespaceCodes;
        break;
      case "S":
        set = whitespaceCodes, complement = !0;
        break;
      case "w":
        set = wordCharCodes;
        break;
      case "W":
        set = wordCharCodes, complement = !0;
        break;
    }
    return ASSERT_EXISTS(set) ? { type: "Set", value: set, complement } : ASSERT_NEVER_REACH_HERE();
  }
  controlEscapeAtom() {
    let escapeCode;
    switch (this.popChar()) {
      case "f":
        escapeCode = cc("\f");
        break;
      case "n":
        escapeCode = cc(`
`);
        break;
      case "r":
        escapeCode = cc("\r");
        break;
      case "t":
        escapeCode = cc("	");
        break;
      case "v":
        escapeCode = cc("\v");
        break;
    }
    return ASSERT_EXISTS(escapeCode) ? { type: "Character", value: escapeCode } : ASSERT_NEVER_REACH_HERE();
  }
  controlLetterEscapeAtom() {
    this.consumeChar("c");
    let letter = this.popChar();
    if (/[a-zA-Z]/.test(letter) === !1)
      throw Error("Invalid ");
    return { type: "Character", value: letter.toUpperCase().charCodeAt(0) - 64 };
  }
  nulCharacterAtom() {
    return this.consumeChar("0"), { type: "Character", value: cc("\0") };
  }
  hexEscapeSequenceAtom() {
    return this.consumeChar("x"), this.parseHexDigits(2);
  }
  regExpUnicodeEscapeSequenceAtom() {
    return this.consumeChar("u"), this.parseHexDigits(4);
  }
  identityEscapeAtom() {
    let escapedChar = this.popChar();
    return { type: "Character", value: cc(escapedChar) };
  }
  classPatternCharacterAtom() {
    switch (this.peekChar()) {
      // istanbul ignore next
      case `
`:
      // istanbul ignore next
      case "\r":
      // istanbul ignore next
      case "\u2028":
      // istanbul ignore next
      case "\u2029":
      // istanbul ignore next
      case "\\":
      // istanbul ignore next
      case "]":
        throw Error("TBD");
      default:
        let nextChar = this.popChar();
        return { type: "Character", value: cc(nextChar) };
    }
  }
  characterClass() {
    let set = [], complement = !1;
    for (this.consumeChar("["), this.peekChar(0) === "^" && (this.consumeChar("^"), complement = !0); this.isClassAtom(); ) {
      let from = this.classAtom(), isFromSingleChar = from.type === "Character";
      if (isCharacter(from) && this.isRangeDash()) {
        this.consumeChar("-");
        let to = this.classAtom(), isToSingleChar = to.type === "Character";
        if (isCharacter(to)) {
          if (to.value < from.value)
            throw Error("Range out of order in character class");
          set.push({ from: from.value, to: to.value });
        } else
          insertToSet(from.value, set), set.push(cc("-")), insertToSet(to.value, set);
      } else
        insertToSet(from.value, set);
    }
    return this.consumeChar("]"), { type: "Set", complement, value: set };
  }
  classAtom() {
    switch (this.peekChar()) {
      // istanbul ignore next
      case "]":
      // istanbul ignore next
      case `
`:
      // istanbul ignore next
      case "\r":
      // istanbul ignore next
      case "\u2028":
      // istanbul ignore next
      case "\u2029":
        throw Error("TBD");
      case "\\":
        return this.classEscape();
      default:
        return this.classPatternCharacterAtom();
    }
  }
  classEscape() {
    switch (this.consumeChar("\\"), this.peekChar()) {
      // Matches a backspace.
      // (Not to be confused with \b word boundary outside characterClass)
      case "b":
        return this.consumeChar("b"), { type: "Character", value: cc("\b") };
      case "d":
      case "D":
      case "s":
      case "S":
      case "w":
      case "W":
        return this.characterClassEscape();
      case "f":
      case "n":
      case "r":
      case "t":
      case "v":
        return this.controlEscapeAtom();
      case "c":
        return this.controlLetterEscapeAtom();
      case "0":
        return this.nulCharacterAtom();
      case "x":
        return this.hexEscapeSequenceAtom();
      case "u":
        return this.regExpUnicodeEscapeSequenceAtom();
      default:
        return this.identityEscapeAtom();
    }
  }
  group() {
    let capturing = !0;
    this.consumeChar("("), this.peekChar(0) === "?" ? (this.consumeChar("?"), this.consumeChar(":"), capturing = !1) : this.groupIdx++;
    let value = this.disjunction();
    this.consumeChar(")");
    let groupAst = {
      type: "Group",
      capturing,
      value
    };
    return capturing && (groupAst.idx = this.groupIdx), groupAst;
  }
  positiveInteger() {
    let number = this.popChar();
    if (decimalPatternNoZero.test(number) === !1)
      throw Error("Expecting a positive integer");
    for (; decimalPattern.test(this.peekChar(0)); )
      number += this.popChar();
    return parseInt(number, 10);
  }
  integerIncludingZero() {
    let number = this.popChar();
    if (decimalPattern.test(number) === !1)
      throw Error("Expecting an integer");
    for (; decimalPattern.test(this.peekChar(0)); )
      number += this.popChar();
    return parseInt(number, 10);
  }
  patternCharacter() {
    let nextChar = this.popChar();
    switch (nextChar) {
      // istanbul ignore next
      case `
`:
      // istanbul ignore next
      case "\r":
      // istanbul ignore next
      case "\u2028":
      // istanbul ignore next
      case "\u2029":
      // istanbul ignore next
      case "^":
      // istanbul ignore next
      case "$":
      // istanbul ignore next
      case "\\":
      // istanbul ignore next
      case ".":
      // istanbul ignore next
      case "*":
      // istanbul ignore next
      case "+":
      // istanbul ignore next
      case "?":
      // istanbul ignore next
      case "(":
      // istanbul ignore next
      case ")":
      // istanbul ignore next
      case "[":
      // istanbul ignore next
      case "|":
        throw Error("TBD");
      default:
        return { type: "Character", value: cc(nextChar) };
    }
  }
  isRegExpFlag() {
    switch (this.peekChar(0)) {
      case "g":
      case "i":
      case "m":
      case "u":
      case "y":
        return !0;
      default:
        return !1;
    }
  }
  isRangeDash() {
    return this.peekChar() === "-" && this.isClassAtom(1);
  }
  isDigit() {
    return decimalPattern.test(this.peekChar(0));
  }
  isClassAtom(howMuch = 0) {
    switch (this.peekChar(howMuch)) {
      case "]":
      case `
`:
      case "\r":
      case "\u2028":
      case "\u2029":
        return !1;
      default:
        return !0;
    }
  }
  isTerm() {
    return this.isAtom() || this.isAssertion();
  }
  isAtom() {
    if (this.isPatternCharacter())
      return !0;
    switch (this.peekChar(0)) {
      case ".":
      case "\\":
      // atomEscape
      case "[":
      // characterClass
      // TODO: isAtom must be called before isAssertion - disambiguate
      case "(":
        return !0;
      default:
        return !1;
    }
  }
  isAssertion() {
    switch (this.peekChar(0)) {
      case "^":
      case "$":
        return !0;
      // '\b' or '\B'
      case "\\":
        switch (this.peekChar(1)) {
          case "b":
          case "B":
            return !0;
          default:
            return !1;
        }
      // '(?=' or '(?!' or `(?<=` or `(?<!`
      case "(":
        return this.peekChar(1) === "?" && (this.peekChar(2) === "=" || this.peekChar(2) === "!" || this.peekChar(2) === "<" && (this.peekChar(3) === "=" || this.peekChar(3) === "!"));
      default:
        return !1;
    }
  }
  isQuantifier() {
    let prevState = this.saveState();
    try {
      return this.quantifier(!0) !== void 0;
    } catch {
      return !1;
    } finally {
      this.restoreState(prevState);
    }
  }
  isPatternCharacter() {
    switch (this.peekChar()) {
      case "^":
      case "$":
      case "\\":
      case ".":
      case "*":
      case "+":
      case "?":
      case "(":
      case ")":
      case "[":
      case "|":
      case "/":
      case `
`:
      case "\r":
      case "\u2028":
      case "\u2029":
        return !1;
      default:
        return !0;
    }
  }
  parseHexDigits(howMany) {
    let hexString = "";
    for (let i = 0; i < howMany; i++) {
      let hexChar = this.popChar();
      if (hexDigitPattern.test(hexChar) === !1)
        throw Error("Expecting a HexDecimal digits");
      hexString += hexChar;
    }
    return { type: "Character", value: parseInt(hexString, 16) };
  }
  peekChar(howMuch = 0) {
    return this.input[this.idx + howMuch];
  }
  popChar() {
    let nextChar = this.peekChar(0);
    return this.consumeChar(void 0), nextChar;
  }
  consumeChar(char) {
    if (char !== void 0 && this.input[this.idx] !== char)
      throw Error("Expected: '" + char + "' but found: '" + this.input[this.idx] + "' at offset: " + this.idx);
    if (this.idx >= this.input.length)
      throw Error("Unexpected end of input");
    this.idx++;
  }
  loc(begin) {
    return { begin, end: this.idx };
  }
};

// node_modules/@chevrotain/regexp-to-ast/lib/src/base-regexp-visitor.js
var BaseRegExpVisitor = class {
  visitChildren(node) {
    for (let key in node) {
      let child = node[key];
      node.hasOwnProperty(key) && (child.type !== void 0 ? this.visit(child) : Array.isArray(child) && child.forEach((subChild) => {
        this.visit(subChild);
      }, this));
    }
  }
  visit(node) {
    switch (node.type) {
      case "Pattern":
        this.visitPattern(node);
        break;
      case "Flags":
        this.visitFlags(node);
        break;
      case "Disjunction":
        this.visitDisjunction(node);
        break;
      case "Alternative":
        this.visitAlternative(node);
        break;
      case "StartAnchor":
        this.visitStartAnchor(node);
        break;
      case "EndAnchor":
        this.visitEndAnchor(node);
        break;
      case "WordBoundary":
        this.visitWordBoundary(node);
        break;
      case "NonWordBoundary":
        this.visitNonWordBoundary(node);
        break;
      case "Lookahead":
        this.visitLookahead(node);
        break;
      case "NegativeLookahead":
        this.visitNegativeLookahead(node);
        break;
      case "Lookbehind":
        this.visitLookbehind(node);
        break;
      case "NegativeLookbehind":
        this.visitNegativeLookbehind(node);
        break;
      case "Character":
        this.visitCharacter(node);
        break;
      case "Set":
        this.visitSet(node);
        break;
      case "Group":
        this.visitGroup(node);
        break;
      case "GroupBackReference":
        this.visitGroupBackReference(node);
        break;
      case "Quantifier":
        this.visitQuantifier(node);
        break;
    }
    this.visitChildren(node);
  }
  visitPattern(node) {
  }
  visitFlags(node) {
  }
  visitDisjunction(node) {
  }
  visitAlternative(node) {
  }
  // Assertion
  visitStartAnchor(node) {
  }
  visitEndAnchor(node) {
  }
  visitWordBoundary(node) {
  }
  visitNonWordBoundary(node) {
  }
  visitLookahead(node) {
  }
  visitNegativeLookahead(node) {
  }
  visitLookbehind(node) {
  }
  visitNegativeLookbehind(node) {
  }
  // atoms
  visitCharacter(node) {
  }
  visitSet(node) {
  }
  visitGroup(node) {
  }
  visitGroupBackReference(node) {
  }
  visitQuantifier(node) {
  }
};

// node_modules/chevrotain/lib/src/scan/reg_exp_parser.js
var regExpAstCache = {}, regExpParser = new RegExpParser();
function getRegExpAst(regExp) {
  let regExpStr = regExp.toString();
  if (regExpAstCache.hasOwnProperty(regExpStr))
    return regExpAstCache[regExpStr];
  {
    let regExpAst = regExpParser.pattern(regExpStr);
    return regExpAstCache[regExpStr] = regExpAst, regExpAst;
  }
}
function clearRegExpParserCache() {
  regExpAstCache = {};
}

// node_modules/chevrotain/lib/src/scan/reg_exp.js
var complementErrorMessage = "Complement Sets are not supported for first char optimization", failedOptimizationPrefixMsg = `Unable to use "first char" lexer optimizations:
`;
function getOptimizedStartCodesIndices(regExp, ensureOptimizations = !1) {
  try {
    let ast = getRegExpAst(regExp);
    return firstCharOptimizedIndices(ast.value, {}, ast.flags.ignoreCase);
  } catch (e) {
    if (e.message === complementErrorMessage)
      ensureOptimizations && PRINT_WARNING(`${failedOptimizationPrefixMsg}	Unable to optimize: < ${regExp.toString()} >
	Complement Sets cannot be automatically optimized.
	This will disable the lexer's first char optimizations.
	See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#COMPLEMENT for details.`);
    else {
      let msgSuffix = "";
      ensureOptimizations && (msgSuffix = `
	This will disable the lexer's first char optimizations.
	See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#REGEXP_PARSING for details.`), PRINT_ERROR(`${failedOptimizationPrefixMsg}
	Failed parsing: < ${regExp.toString()} >
	Using the @chevrotain/regexp-to-ast library
	Please open an issue at: https://github.com/chevrotain/chevrotain/issues` + msgSuffix);
    }
  }
  return [];
}
function firstCharOptimizedIndices(ast, result, ignoreCase) {
  switch (ast.type) {
    case "Disjunction":
      for (let i = 0; i < ast.value.length; i++)
        firstCharOptimizedIndices(ast.value[i], result, ignoreCase);
      break;
    case "Alternative":
      let terms = ast.value;
      for (let i = 0; i < terms.length; i++) {
        let term = terms[i];
        switch (term.type) {
          case "EndAnchor":
          // A group back reference cannot affect potential starting char.
          // because if a back reference is the first production than automatically
          // the group being referenced has had to come BEFORE so its codes have already been added
          case "GroupBackReference":
          // assertions do not affect potential starting codes
          case "Lookahead":
          case "NegativeLookahead":
          case "Lookbehind":
          case "NegativeLookbehind":
          case "StartAnchor":
          case "WordBoundary":
          case "NonWordBoundary":
            continue;
        }
        let atom = term;
        switch (atom.type) {
          case "Character":
            addOptimizedIdxToResult(atom.value, result, ignoreCase);
            break;
          case "Set":
            if (atom.complement === !0)
              throw Error(complementErrorMessage);
            atom.value.forEach((code) => {
              if (typeof code == "number")
                addOptimizedIdxToResult(code, result, ignoreCase);
              else {
                let range = code;
                if (ignoreCase === !0)
                  for (let rangeCode = range.from; rangeCode <= range.to; rangeCode++)
                    addOptimizedIdxToResult(rangeCode, result, ignoreCase);
                else {
                  for (let rangeCode = range.from; rangeCode <= range.to && rangeCode < minOptimizationVal; rangeCode++)
                    addOptimizedIdxToResult(rangeCode, result, ignoreCase);
                  if (range.to >= minOptimizationVal) {
                    let minUnOptVal = range.from >= minOptimizationVal ? range.from : minOptimizationVal, maxUnOptVal = range.to, minOptIdx = charCodeToOptimizedIndex(minUnOptVal), maxOptIdx = charCodeToOptimizedIndex(maxUnOptVal);
                    for (let currOptIdx = minOptIdx; currOptIdx <= maxOptIdx; currOptIdx++)
                      result[currOptIdx] = currOptIdx;
                  }
                }
              }
            });
            break;
          case "Group":
            firstCharOptimizedIndices(atom.value, result, ignoreCase);
            break;
          /* istanbul ignore next */
          default:
            throw Error("Non Exhaustive Match");
        }
        let isOptionalQuantifier = atom.quantifier !== void 0 && atom.quantifier.atLeast === 0;
        if (
          // A group may be optional due to empty contents /(?:)/
          // or if everything inside it is optional /((a)?)/
          atom.type === "Group" && isWholeOptional(atom) === !1 || // If this term is not a group it may only be optional if it has an optional quantifier
          atom.type !== "Group" && isOptionalQuantifier === !1
        )
          break;
      }
      break;
    /* istanbul ignore next */
    default:
      throw Error("non exhaustive match!");
  }
  return Object.values(result);
}
function addOptimizedIdxToResult(code, result, ignoreCase) {
  let optimizedCharIdx = charCodeToOptimizedIndex(code);
  result[optimizedCharIdx] = optimizedCharIdx, ignoreCase === !0 && handleIgnoreCase(code, result);
}
function handleIgnoreCase(code, result) {
  let char = String.fromCharCode(code), upperChar = char.toUpperCase();
  if (upperChar !== char) {
    let optimizedCharIdx = charCodeToOptimizedIndex(upperChar.charCodeAt(0));
    result[optimizedCharIdx] = optimizedCharIdx;
  } else {
    let lowerChar = char.toLowerCase();
    if (lowerChar !== char) {
      let optimizedCharIdx = charCodeToOptimizedIndex(lowerChar.charCodeAt(0));
      result[optimizedCharIdx] = optimizedCharIdx;
    }
  }
}
function findCode(setNode, targetCharCodes) {
  return setNode.value.find((codeOrRange) => {
    if (typeof codeOrRange == "number")
      return targetCharCodes.includes(codeOrRange);
    {
      let range = codeOrRange;
      return targetCharCodes.find((targetCode) => range.from <= targetCode && targetCode <= range.to) !== void 0;
    }
  });
}
function isWholeOptional(ast) {
  let quantifier = ast.quantifier;
  return quantifier && quantifier.atLeast === 0 ? !0 : ast.value ? Array.isArray(ast.value) ? ast.value.every(isWholeOptional) : isWholeOptional(ast.value) : !1;
}
var CharCodeFinder = class extends BaseRegExpVisitor {
  constructor(targetCharCodes) {
    super(), this.targetCharCodes = targetCharCodes, this.found = !1;
  }
  visitChildren(node) {
    if (this.found !== !0) {
      switch (node.type) {
        case "Lookahead":
          this.visitLookahead(node);
          return;
        case "NegativeLookahead":
          this.visitNegativeLookahead(node);
          return;
        case "Lookbehind":
          this.visitLookbehind(node);
          return;
        case "NegativeLookbehind":
          this.visitNegativeLookbehind(node);
          return;
      }
      super.visitChildren(node);
    }
  }
  visitCharacter(node) {
    this.targetCharCodes.includes(node.value) && (this.found = !0);
  }
  visitSet(node) {
    node.complement ? findCode(node, this.targetCharCodes) === void 0 && (this.found = !0) : findCode(node, this.targetCharCodes) !== void 0 && (this.found = !0);
  }
};
function canMatchCharCode(charCodes, pattern) {
  if (pattern instanceof RegExp) {
    let ast = getRegExpAst(pattern), charCodeFinder = new CharCodeFinder(charCodes);
    return charCodeFinder.visit(ast), charCodeFinder.found;
  } else {
    for (let char of pattern) {
      let charCode = char.charCodeAt(0);
      if (charCodes.includes(charCode))
        return !0;
    }
    return !1;
  }
}

// node_modules/chevrotain/lib/src/scan/lexer.js
var PATTERN = "PATTERN", DEFAULT_MODE = "defaultMode", MODES = "modes";
function analyzeTokenTypes(tokenTypes, options) {
  options = Object.assign({ safeMode: !1, positionTracking: "full", lineTerminatorCharacters: ["\r", `
`], tracer: (msg, action) => action() }, options);
  let tracer = options.tracer;
  options.safeMode || tracer("initCharCodeToOptimizedIndexMap", () => {
    initCharCodeToOptimizedIndexMap();
  });
  let onlyRelevantTypes;
  tracer("Reject Lexer.NA", () => {
    onlyRelevantTypes = tokenTypes.filter((currType) => currType[PATTERN] !== Lexer.NA);
  });
  let hasCustom = !1, allTransformedPatterns;
  tracer("Transform Patterns", () => {
    hasCustom = !1, allTransformedPatterns = onlyRelevantTypes.map((currType) => {
      let currPattern = currType[PATTERN];
      if (currPattern instanceof RegExp) {
        let regExpSource = currPattern.source;
        return regExpSource.length === 1 && // only these regExp meta characters which can appear in a length one regExp
        regExpSource !== "^" && regExpSource !== "$" && regExpSource !== "." && !currPattern.ignoreCase ? regExpSource : regExpSource.length === 2 && regExpSource[0] === "\\" && // not a meta character
        ![
          "d",
          "D",
          "s",
          "S",
          "t",
          "r",
          "n",
          "t",
          "0",
          "c",
          "b",
          "B",
          "f",
          "v",
          "w",
          "W"
        ].includes(regExpSource[1]) ? regExpSource[1] : addStickyFlag(currPattern);
      } else {
        if (typeof currPattern == "function")
          return hasCustom = !0, { exec: currPattern };
        if (typeof currPattern == "object")
          return hasCustom = !0, currPattern;
        if (typeof currPattern == "string") {
          if (currPattern.length === 1)
            return currPattern;
          {
            let escapedRegExpString = currPattern.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&"), wrappedRegExp = new RegExp(escapedRegExpString);
            return addStickyFlag(wrappedRegExp);
          }
        } else
          throw Error("non exhaustive match");
      }
    });
  });
  let patternIdxToType, patternIdxToGroup, patternIdxToLongerAltIdxArr, patternIdxToPushMode, patternIdxToPopMode;
  tracer("misc mapping", () => {
    patternIdxToType = onlyRelevantTypes.map((currType) => currType.tokenTypeIdx), patternIdxToGroup = onlyRelevantTypes.map((clazz) => {
      let groupName = clazz.GROUP;
      if (groupName !== Lexer.SKIPPED) {
        if (typeof groupName == "string")
          return groupName;
        if (groupName === void 0)
          return !1;
        throw Error("non exhaustive match");
      }
    }), patternIdxToLongerAltIdxArr = onlyRelevantTypes.map((clazz) => {
      let longerAltType = clazz.LONGER_ALT;
      if (longerAltType)
        return Array.isArray(longerAltType) ? longerAltType.map((type) => onlyRelevantTypes.indexOf(type)) : [onlyRelevantTypes.indexOf(longerAltType)];
    }), patternIdxToPushMode = onlyRelevantTypes.map((clazz) => clazz.PUSH_MODE), patternIdxToPopMode = onlyRelevantTypes.map((clazz) => Object.hasOwn(clazz, "POP_MODE"));
  });
  let patternIdxToCanLineTerminator;
  tracer("Line Terminator Handling", () => {
    let lineTerminatorCharCodes = getCharCodes(options.lineTerminatorCharacters);
    patternIdxToCanLineTerminator = onlyRelevantTypes.map((tokType) => !1), options.positionTracking !== "onlyOffset" && (patternIdxToCanLineTerminator = onlyRelevantTypes.map((tokType) => Object.hasOwn(tokType, "LINE_BREAKS") ? !!tokType.LINE_BREAKS : checkLineBreaksIssues(tokType, lineTerminatorCharCodes) === !1 && canMatchCharCode(lineTerminatorCharCodes, tokType.PATTERN)));
  });
  let patternIdxToIsCustom, patternIdxToShort, emptyGroups, patternIdxToConfig;
  tracer("Misc Mapping #2", () => {
    patternIdxToIsCustom = onlyRelevantTypes.map(isCustomPattern), patternIdxToShort = allTransformedPatterns.map(isShortPattern), emptyGroups = onlyRelevantTypes.reduce((acc, clazz) => {
      let groupName = clazz.GROUP;
      return typeof groupName == "string" && groupName !== Lexer.SKIPPED && (acc[groupName] = []), acc;
    }, {}), patternIdxToConfig = allTransformedPatterns.map((x, idx) => ({
      pattern: allTransformedPatterns[idx],
      longerAlt: patternIdxToLongerAltIdxArr[idx],
      canLineTerminator: patternIdxToCanLineTerminator[idx],
      isCustom: patternIdxToIsCustom[idx],
      short: patternIdxToShort[idx],
      group: patternIdxToGroup[idx],
      push: patternIdxToPushMode[idx],
      pop: patternIdxToPopMode[idx],
      tokenTypeIdx: patternIdxToType[idx],
      tokenType: onlyRelevantTypes[idx]
    }));
  });
  let canBeOptimized = !0, charCodeToPatternIdxToConfig = [];
  return options.safeMode || tracer("First Char Optimization", () => {
    charCodeToPatternIdxToConfig = onlyRelevantTypes.reduce((result, currTokType, idx) => {
      if (typeof currTokType.PATTERN == "string") {
        let charCode = currTokType.PATTERN.charCodeAt(0), optimizedIdx = charCodeToOptimizedIndex(charCode);
        addToMapOfArrays(result, optimizedIdx, patternIdxToConfig[idx]);
      } else if (Array.isArray(currTokType.START_CHARS_HINT)) {
        let lastOptimizedIdx;
        currTokType.START_CHARS_HINT.forEach((charOrInt) => {
          let charCode = typeof charOrInt == "string" ? charOrInt.charCodeAt(0) : charOrInt, currOptimizedIdx = charCodeToOptimizedIndex(charCode);
          lastOptimizedIdx !== currOptimizedIdx && (lastOptimizedIdx = currOptimizedIdx, addToMapOfArrays(result, currOptimizedIdx, patternIdxToConfig[idx]));
        });
      } else if (currTokType.PATTERN instanceof RegExp)
        if (currTokType.PATTERN.unicode)
          canBeOptimized = !1, options.ensureOptimizations && PRINT_ERROR(`${failedOptimizationPrefixMsg}	Unable to analyze < ${currTokType.PATTERN.toString()} > pattern.
	The regexp unicode flag is not currently supported by the regexp-to-ast library.
	This will disable the lexer's first char optimizations.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#UNICODE_OPTIMIZE`);
        else {
          let optimizedCodes = getOptimizedStartCodesIndices(currTokType.PATTERN, options.ensureOptimizations);
          optimizedCodes.length === 0 && (canBeOptimized = !1), optimizedCodes.forEach((code) => {
            addToMapOfArrays(result, code, patternIdxToConfig[idx]);
          });
        }
      else
        options.ensureOptimizations && PRINT_ERROR(`${failedOptimizationPrefixMsg}	TokenType: <${currTokType.name}> is using a custom token pattern without providing <start_chars_hint> parameter.
	This will disable the lexer's first char optimizations.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#CUSTOM_OPTIMIZE`), canBeOptimized = !1;
      return result;
    }, []);
  }), {
    emptyGroups,
    patternIdxToConfig,
    charCodeToPatternIdxToConfig,
    hasCustom,
    canBeOptimized
  };
}
function validatePatterns(tokenTypes, validModesNames) {
  let errors = [], missingResult = findMissingPatterns(tokenTypes);
  errors = errors.concat(missingResult.errors);
  let invalidResult = findInvalidPatterns(missingResult.valid), validTokenTypes = invalidResult.valid;
  return errors = errors.concat(invalidResult.errors), errors = errors.concat(validateRegExpPattern(validTokenTypes)), errors = errors.concat(findInvalidGroupType(validTokenTypes)), errors = errors.concat(findModesThatDoNotExist(validTokenTypes, validModesNames)), errors = errors.concat(findUnreachablePatterns(validTokenTypes)), errors;
}
function validateRegExpPattern(tokenTypes) {
  let errors = [], withRegExpPatterns = tokenTypes.filter((currTokType) => currTokType[PATTERN] instanceof RegExp);
  return errors = errors.concat(findEndOfInputAnchor(withRegExpPatterns)), errors = errors.concat(findStartOfInputAnchor(withRegExpPatterns)), errors = errors.concat(findUnsupportedFlags(withRegExpPatterns)), errors = errors.concat(findDuplicatePatterns(withRegExpPatterns)), errors = errors.concat(findEmptyMatchRegExps(withRegExpPatterns)), errors;
}
function findMissingPatterns(tokenTypes) {
  let tokenTypesWithMissingPattern = tokenTypes.filter((currType) => !Object.hasOwn(currType, PATTERN)), errors = tokenTypesWithMissingPattern.map((currType) => ({
    message: "Token Type: ->" + currType.name + "<- missing static 'PATTERN' property",
    type: LexerDefinitionErrorType.MISSING_PATTERN,
    tokenTypes: [currType]
  })), valid = tokenTypes.filter((x) => !tokenTypesWithMissingPattern.includes(x));
  return { errors, valid };
}
function findInvalidPatterns(tokenTypes) {
  let tokenTypesWithInvalidPattern = tokenTypes.filter((currType) => {
    let pattern = currType[PATTERN];
    return !(pattern instanceof RegExp) && typeof pattern != "function" && !Object.hasOwn(pattern, "exec") && typeof pattern != "string";
  }), errors = tokenTypesWithInvalidPattern.map((currType) => ({
    message: "Token Type: ->" + currType.name + "<- static 'PATTERN' can only be a RegExp, a Function matching the {CustomPatternMatcherFunc} type or an Object matching the {ICustomPattern} interface.",
    type: LexerDefinitionErrorType.INVALID_PATTERN,
    tokenTypes: [currType]
  })), valid = tokenTypes.filter((x) => !tokenTypesWithInvalidPattern.includes(x));
  return { errors, valid };
}
var end_of_input = /[^\\][$]/;
function findEndOfInputAnchor(tokenTypes) {
  class EndAnchorFinder extends BaseRegExpVisitor {
    constructor() {
      super(...arguments), this.found = !1;
    }
    visitEndAnchor(node) {
      this.found = !0;
    }
  }
  return tokenTypes.filter((currType) => {
    let pattern = currType.PATTERN;
    try {
      let regexpAst = getRegExpAst(pattern), endAnchorVisitor = new EndAnchorFinder();
      return endAnchorVisitor.visit(regexpAst), endAnchorVisitor.found;
    } catch {
      return end_of_input.test(pattern.source);
    }
  }).map((currType) => ({
    message: `Unexpected RegExp Anchor Error:
	Token Type: ->` + currType.name + `<- static 'PATTERN' cannot contain end of input anchor '$'
	See chevrotain.io/docs/guide/resolving_lexer_errors.html#ANCHORS	for details.`,
    type: LexerDefinitionErrorType.EOI_ANCHOR_FOUND,
    tokenTypes: [currType]
  }));
}
function findEmptyMatchRegExps(tokenTypes) {
  return tokenTypes.filter((currType) => currType.PATTERN.test("")).map((currType) => ({
    message: "Token Type: ->" + currType.name + "<- static 'PATTERN' must not match an empty string",
    type: LexerDefinitionErrorType.EMPTY_MATCH_PATTERN,
    tokenTypes: [currType]
  }));
}
var start_of_input = /[^\\[][\^]|^\^/;
function findStartOfInputAnchor(tokenTypes) {
  class StartAnchorFinder extends BaseRegExpVisitor {
    constructor() {
      super(...arguments), this.found = !1;
    }
    visitStartAnchor(node) {
      this.found = !0;
    }
  }
  return tokenTypes.filter((currType) => {
    let pattern = currType.PATTERN;
    try {
      let regexpAst = getRegExpAst(pattern), startAnchorVisitor = new StartAnchorFinder();
      return startAnchorVisitor.visit(regexpAst), startAnchorVisitor.found;
    } catch {
      return start_of_input.test(pattern.source);
    }
  }).map((currType) => ({
    message: `Unexpected RegExp Anchor Error:
	Token Type: ->` + currType.name + `<- static 'PATTERN' cannot contain start of input anchor '^'
	See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#ANCHORS	for details.`,
    type: LexerDefinitionErrorType.SOI_ANCHOR_FOUND,
    tokenTypes: [currType]
  }));
}
function findUnsupportedFlags(tokenTypes) {
  return tokenTypes.filter((currType) => {
    let pattern = currType[PATTERN];
    return pattern instanceof RegExp && (pattern.multiline || pattern.global);
  }).map((currType) => ({
    message: "Token Type: ->" + currType.name + "<- static 'PATTERN' may NOT contain global('g') or multiline('m')",
    type: LexerDefinitionErrorType.UNSUPPORTED_FLAGS_FOUND,
    tokenTypes: [currType]
  }));
}
function findDuplicatePatterns(tokenTypes) {
  let found = [], identicalPatterns = tokenTypes.map((outerType) => tokenTypes.reduce((result, innerType) => (outerType.PATTERN.source === innerType.PATTERN.source && !found.includes(innerType) && innerType.PATTERN !== Lexer.NA && (found.push(innerType), result.push(innerType)), result), []));
  return identicalPatterns = identicalPatterns.filter(Boolean), identicalPatterns.filter((currIdenticalSet) => currIdenticalSet.length > 1).map((setOfIdentical) => {
    let tokenTypeNames = setOfIdentical.map((currType) => currType.name);
    return {
      message: `The same RegExp pattern ->${setOfIdentical[0].PATTERN}<-has been used in all of the following Token Types: ${tokenTypeNames.join(", ")} <-`,
      type: LexerDefinitionErrorType.DUPLICATE_PATTERNS_FOUND,
      tokenTypes: setOfIdentical
    };
  });
}
function findInvalidGroupType(tokenTypes) {
  return tokenTypes.filter((clazz) => {
    if (!Object.hasOwn(clazz, "GROUP"))
      return !1;
    let group = clazz.GROUP;
    return group !== Lexer.SKIPPED && group !== Lexer.NA && typeof group != "string";
  }).map((currType) => ({
    message: "Token Type: ->" + currType.name + "<- static 'GROUP' can only be Lexer.SKIPPED/Lexer.NA/A String",
    type: LexerDefinitionErrorType.INVALID_GROUP_TYPE_FOUND,
    tokenTypes: [currType]
  }));
}
function findModesThatDoNotExist(tokenTypes, validModes) {
  return tokenTypes.filter((clazz) => clazz.PUSH_MODE !== void 0 && !validModes.includes(clazz.PUSH_MODE)).map((tokType) => ({
    message: `Token Type: ->${tokType.name}<- static 'PUSH_MODE' value cannot refer to a Lexer Mode ->${tokType.PUSH_MODE}<-which does not exist`,
    type: LexerDefinitionErrorType.PUSH_MODE_DOES_NOT_EXIST,
    tokenTypes: [tokType]
  }));
}
function findUnreachablePatterns(tokenTypes) {
  let errors = [], canBeTested = tokenTypes.reduce((result, tokType, idx) => {
    let pattern = tokType.PATTERN;
    return pattern === Lexer.NA || (typeof pattern == "string" ? result.push({ str: pattern, idx, tokenType: tokType }) : pattern instanceof RegExp && noMetaChar(pattern) && result.push({ str: pattern.source, idx, tokenType: tokType })), result;
  }, []);
  return tokenTypes.forEach((aTokType, aIdx) => {
    canBeTested.forEach(({ str: bStr, idx: bIdx, tokenType: bTokType }) => {
      if (aIdx < bIdx && tryToMatchStrToPattern(bStr, aTokType.PATTERN)) {
        let msg = `Token: ->${bTokType.name}<- can never be matched.
Because it appears AFTER the Token Type ->${aTokType.name}<-in the lexer's definition.
See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#UNREACHABLE`;
        errors.push({
          message: msg,
          type: LexerDefinitionErrorType.UNREACHABLE_PATTERN,
          tokenTypes: [aTokType, bTokType]
        });
      }
    });
  }), errors;
}
function tryToMatchStrToPattern(str, pattern) {
  if (pattern instanceof RegExp) {
    if (usesLookAheadOrBehind(pattern))
      return !1;
    let regExpArray = pattern.exec(str);
    return regExpArray !== null && regExpArray.index === 0;
  } else {
    if (typeof pattern == "function")
      return pattern(str, 0, [], {});
    if (Object.hasOwn(pattern, "exec"))
      return pattern.exec(str, 0, [], {});
    if (typeof pattern == "string")
      return pattern === str;
    throw Error("non exhaustive match");
  }
}
function noMetaChar(regExp) {
  return [
    ".",
    "\\",
    "[",
    "]",
    "|",
    "^",
    "$",
    "(",
    ")",
    "?",
    "*",
    "+",
    "{"
  ].find((char) => regExp.source.indexOf(char) !== -1) === void 0;
}
function usesLookAheadOrBehind(regExp) {
  return /(\(\?=)|(\(\?!)|(\(\?<=)|(\(\?<!)/.test(regExp.source);
}
function addStickyFlag(pattern) {
  let flags = pattern.ignoreCase ? "iy" : "y";
  return new RegExp(`${pattern.source}`, flags);
}
function performRuntimeChecks(lexerDefinition, trackLines, lineTerminatorCharacters) {
  let errors = [];
  return Object.hasOwn(lexerDefinition, DEFAULT_MODE) || errors.push({
    message: "A MultiMode Lexer cannot be initialized without a <" + DEFAULT_MODE + `> property in its definition
`,
    type: LexerDefinitionErrorType.MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE
  }), Object.hasOwn(lexerDefinition, MODES) || errors.push({
    message: "A MultiMode Lexer cannot be initialized without a <" + MODES + `> property in its definition
`,
    type: LexerDefinitionErrorType.MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY
  }), Object.hasOwn(lexerDefinition, MODES) && Object.hasOwn(lexerDefinition, DEFAULT_MODE) && !Object.hasOwn(lexerDefinition.modes, lexerDefinition.defaultMode) && errors.push({
    message: `A MultiMode Lexer cannot be initialized with a ${DEFAULT_MODE}: <${lexerDefinition.defaultMode}>which does not exist
`,
    type: LexerDefinitionErrorType.MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST
  }), Object.hasOwn(lexerDefinition, MODES) && Object.keys(lexerDefinition.modes).forEach((currModeName) => {
    let currModeValue = lexerDefinition.modes[currModeName];
    currModeValue.forEach((currTokType, currIdx) => {
      currTokType === void 0 ? errors.push({
        message: `A Lexer cannot be initialized using an undefined Token Type. Mode:<${currModeName}> at index: <${currIdx}>
`,
        type: LexerDefinitionErrorType.LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED
      }) : Object.hasOwn(currTokType, "LONGER_ALT") && (Array.isArray(currTokType.LONGER_ALT) ? currTokType.LONGER_ALT : [currTokType.LONGER_ALT]).forEach((currLongerAlt) => {
        currLongerAlt !== void 0 && !currModeValue.includes(currLongerAlt) && errors.push({
          message: `A MultiMode Lexer cannot be initialized with a longer_alt <${currLongerAlt.name}> on token <${currTokType.name}> outside of mode <${currModeName}>
`,
          type: LexerDefinitionErrorType.MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE
        });
      });
    });
  }), errors;
}
function performWarningRuntimeChecks(lexerDefinition, trackLines, lineTerminatorCharacters) {
  let warnings = [], hasAnyLineBreak = !1, concreteTokenTypes = Object.values(lexerDefinition.modes || {}).flat().filter(Boolean).filter((currType) => currType[PATTERN] !== Lexer.NA), terminatorCharCodes = getCharCodes(lineTerminatorCharacters);
  return trackLines && concreteTokenTypes.forEach((tokType) => {
    let currIssue = checkLineBreaksIssues(tokType, terminatorCharCodes);
    if (currIssue !== !1) {
      let warningDescriptor = {
        message: buildLineBreakIssueMessage(tokType, currIssue),
        type: currIssue.issue,
        tokenType: tokType
      };
      warnings.push(warningDescriptor);
    } else
      Object.hasOwn(tokType, "LINE_BREAKS") ? tokType.LINE_BREAKS === !0 && (hasAnyLineBreak = !0) : canMatchCharCode(terminatorCharCodes, tokType.PATTERN) && (hasAnyLineBreak = !0);
  }), trackLines && !hasAnyLineBreak && warnings.push({
    message: `Warning: No LINE_BREAKS Found.
	This Lexer has been defined to track line and column information,
	But none of the Token Types can be identified as matching a line terminator.
	See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#LINE_BREAKS 
	for details.`,
    type: LexerDefinitionErrorType.NO_LINE_BREAKS_FLAGS
  }), warnings;
}
function cloneEmptyGroups(emptyGroups) {
  let clonedResult = {};
  return Object.keys(emptyGroups).forEach((currKey) => {
    let currGroupValue = emptyGroups[currKey];
    if (Array.isArray(currGroupValue))
      clonedResult[currKey] = [];
    else
      throw Error("non exhaustive match");
  }), clonedResult;
}
function isCustomPattern(tokenType) {
  let pattern = tokenType.PATTERN;
  if (pattern instanceof RegExp)
    return !1;
  if (typeof pattern == "function")
    return !0;
  if (Object.hasOwn(pattern, "exec"))
    return !0;
  if (typeof pattern == "string")
    return !1;
  throw Error("non exhaustive match");
}
function isShortPattern(pattern) {
  return typeof pattern == "string" && pattern.length === 1 ? pattern.charCodeAt(0) : !1;
}
var LineTerminatorOptimizedTester = {
  // implements /\n|\r\n?/g.test
  test: function(text) {
    let len = text.length;
    for (let i = this.lastIndex; i < len; i++) {
      let c = text.charCodeAt(i);
      if (c === 10)
        return this.lastIndex = i + 1, !0;
      if (c === 13)
        return text.charCodeAt(i + 1) === 10 ? this.lastIndex = i + 2 : this.lastIndex = i + 1, !0;
    }
    return !1;
  },
  lastIndex: 0
};
function checkLineBreaksIssues(tokType, lineTerminatorCharCodes) {
  if (Object.hasOwn(tokType, "LINE_BREAKS"))
    return !1;
  if (tokType.PATTERN instanceof RegExp) {
    try {
      canMatchCharCode(lineTerminatorCharCodes, tokType.PATTERN);
    } catch (e) {
      return {
        issue: LexerDefinitionErrorType.IDENTIFY_TERMINATOR,
        errMsg: e.message
      };
    }
    return !1;
  } else {
    if (typeof tokType.PATTERN == "string")
      return !1;
    if (isCustomPattern(tokType))
      return { issue: LexerDefinitionErrorType.CUSTOM_LINE_BREAK };
    throw Error("non exhaustive match");
  }
}
function buildLineBreakIssueMessage(tokType, details) {
  if (details.issue === LexerDefinitionErrorType.IDENTIFY_TERMINATOR)
    return `Warning: unable to identify line terminator usage in pattern.
	The problem is in the <${tokType.name}> Token Type
	 Root cause: ${details.errMsg}.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#IDENTIFY_TERMINATOR`;
  if (details.issue === LexerDefinitionErrorType.CUSTOM_LINE_BREAK)
    return `Warning: A Custom Token Pattern should specify the <line_breaks> option.
	The problem is in the <${tokType.name}> Token Type
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#CUSTOM_LINE_BREAK`;
  throw Error("non exhaustive match");
}
function getCharCodes(charsOrCodes) {
  return charsOrCodes.map((numOrString) => typeof numOrString == "string" ? numOrString.charCodeAt(0) : numOrString);
}
function addToMapOfArrays(map, key, value) {
  map[key] === void 0 ? map[key] = [value] : map[key].push(value);
}
var minOptimizationVal = 256, charCodeToOptimizedIdxMap = [];
function charCodeToOptimizedIndex(charCode) {
  return charCode < minOptimizationVal ? charCode : charCodeToOptimizedIdxMap[charCode];
}
function initCharCodeToOptimizedIndexMap() {
  if (charCodeToOptimizedIdxMap.length === 0) {
    charCodeToOptimizedIdxMap = new Array(65536);
    for (let i = 0; i < 65536; i++)
      charCodeToOptimizedIdxMap[i] = i > 255 ? 255 + ~~(i / 255) : i;
  }
}

// node_modules/chevrotain/lib/src/scan/tokens.js
function tokenStructuredMatcher(tokInstance, tokConstructor) {
  let instanceType = tokInstance.tokenTypeIdx;
  return instanceType === tokConstructor.tokenTypeIdx ? !0 : tokConstructor.isParent === !0 && tokConstructor.categoryMatchesMap[instanceType] === !0;
}
function tokenStructuredMatcherNoCategories(token, tokType) {
  return token.tokenTypeIdx === tokType.tokenTypeIdx;
}
var tokenShortNameIdx = 1, tokenIdxToClass = {};
function augmentTokenTypes(tokenTypes) {
  let tokenTypesAndParents = expandCategories(tokenTypes);
  assignTokenDefaultProps(tokenTypesAndParents), assignCategoriesMapProp(tokenTypesAndParents), assignCategoriesTokensProp(tokenTypesAndParents), tokenTypesAndParents.forEach((tokType) => {
    tokType.isParent = tokType.categoryMatches.length > 0;
  });
}
function expandCategories(tokenTypes) {
  let result = [...tokenTypes], categories = tokenTypes, searching = !0;
  for (; searching; ) {
    categories = categories.map((currTokType) => currTokType.CATEGORIES).flat().filter(Boolean);
    let newCategories = categories.filter((x) => !result.includes(x));
    result = result.concat(newCategories), newCategories.length === 0 ? searching = !1 : categories = newCategories;
  }
  return result;
}
function assignTokenDefaultProps(tokenTypes) {
  tokenTypes.forEach((currTokType) => {
    hasShortKeyProperty(currTokType) || (tokenIdxToClass[tokenShortNameIdx] = currTokType, currTokType.tokenTypeIdx = tokenShortNameIdx++), hasCategoriesProperty(currTokType) && !Array.isArray(currTokType.CATEGORIES) && (currTokType.CATEGORIES = [currTokType.CATEGORIES]), hasCategoriesProperty(currTokType) || (currTokType.CATEGORIES = []), hasExtendingTokensTypesProperty(currTokType) || (currTokType.categoryMatches = []), hasExtendingTokensTypesMapProperty(currTokType) || (currTokType.categoryMatchesMap = {});
  });
}
function assignCategoriesTokensProp(tokenTypes) {
  tokenTypes.forEach((currTokType) => {
    currTokType.categoryMatches = [], Object.keys(currTokType.categoryMatchesMap).forEach((key) => {
      currTokType.categoryMatches.push(tokenIdxToClass[key].tokenTypeIdx);
    });
  });
}
function assignCategoriesMapProp(tokenTypes) {
  tokenTypes.forEach((currTokType) => {
    singleAssignCategoriesToksMap([], currTokType);
  });
}
function singleAssignCategoriesToksMap(path, nextNode) {
  path.forEach((pathNode) => {
    nextNode.categoryMatchesMap[pathNode.tokenTypeIdx] = !0;
  }), nextNode.CATEGORIES.forEach((nextCategory) => {
    let newPath = path.concat(nextNode);
    newPath.includes(nextCategory) || singleAssignCategoriesToksMap(newPath, nextCategory);
  });
}
function hasShortKeyProperty(tokType) {
  return Object.hasOwn(tokType ?? {}, "tokenTypeIdx");
}
function hasCategoriesProperty(tokType) {
  return Object.hasOwn(tokType ?? {}, "CATEGORIES");
}
function hasExtendingTokensTypesProperty(tokType) {
  return Object.hasOwn(tokType ?? {}, "categoryMatches");
}
function hasExtendingTokensTypesMapProperty(tokType) {
  return Object.hasOwn(tokType ?? {}, "categoryMatchesMap");
}
function isTokenType(tokType) {
  return Object.hasOwn(tokType ?? {}, "tokenTypeIdx");
}

// node_modules/chevrotain/lib/src/scan/lexer_errors_public.js
var defaultLexerErrorProvider = {
  buildUnableToPopLexerModeMessage(token) {
    return `Unable to pop Lexer Mode after encountering Token ->${token.image}<- The Mode Stack is empty`;
  },
  buildUnexpectedCharactersMessage(fullText, startOffset, length, line, column, mode) {
    return `unexpected character: ->${fullText.charAt(startOffset)}<- at offset: ${startOffset}, skipped ${length} characters.`;
  }
};

// node_modules/chevrotain/lib/src/scan/lexer_public.js
var LexerDefinitionErrorType;
(function(LexerDefinitionErrorType2) {
  LexerDefinitionErrorType2[LexerDefinitionErrorType2.MISSING_PATTERN = 0] = "MISSING_PATTERN", LexerDefinitionErrorType2[LexerDefinitionErrorType2.INVALID_PATTERN = 1] = "INVALID_PATTERN", LexerDefinitionErrorType2[LexerDefinitionErrorType2.EOI_ANCHOR_FOUND = 2] = "EOI_ANCHOR_FOUND", LexerDefinitionErrorType2[LexerDefinitionErrorType2.UNSUPPORTED_FLAGS_FOUND = 3] = "UNSUPPORTED_FLAGS_FOUND", LexerDefinitionErrorType2[LexerDefinitionErrorType2.DUPLICATE_PATTERNS_FOUND = 4] = "DUPLICATE_PATTERNS_FOUND", LexerDefinitionErrorType2[LexerDefinitionErrorType2.INVALID_GROUP_TYPE_FOUND = 5] = "INVALID_GROUP_TYPE_FOUND", LexerDefinitionErrorType2[LexerDefinitionErrorType2.PUSH_MODE_DOES_NOT_EXIST = 6] = "PUSH_MODE_DOES_NOT_EXIST", LexerDefinitionErrorType2[LexerDefinitionErrorType2.MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE = 7] = "MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE", LexerDefinitionErrorType2[LexerDefinitionErrorType2.MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY = 8] = "MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY", LexerDefinitionErrorType2[LexerDefinitionErrorType2.MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST = 9] = "MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST", LexerDefinitionErrorType2[LexerDefinitionErrorType2.LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED = 10] = "LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED", LexerDefinitionErrorType2[LexerDefinitionErrorType2.SOI_ANCHOR_FOUND = 11] = "SOI_ANCHOR_FOUND", LexerDefinitionErrorType2[LexerDefinitionErrorType2.EMPTY_MATCH_PATTERN = 12] = "EMPTY_MATCH_PATTERN", LexerDefinitionErrorType2[LexerDefinitionErrorType2.NO_LINE_BREAKS_FLAGS = 13] = "NO_LINE_BREAKS_FLAGS", LexerDefinitionErrorType2[LexerDefinitionErrorType2.UNREACHABLE_PATTERN = 14] = "UNREACHABLE_PATTERN", LexerDefinitionErrorType2[LexerDefinitionErrorType2.IDENTIFY_TERMINATOR = 15] = "IDENTIFY_TERMINATOR", LexerDefinitionErrorType2[LexerDefinitionErrorType2.CUSTOM_LINE_BREAK = 16] = "CUSTOM_LINE_BREAK", LexerDefinitionErrorType2[LexerDefinitionErrorType2.MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE = 17] = "MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE";
})(LexerDefinitionErrorType || (LexerDefinitionErrorType = {}));
var DEFAULT_LEXER_CONFIG = {
  deferDefinitionErrorsHandling: !1,
  positionTracking: "full",
  lineTerminatorsPattern: /\n|\r\n?/g,
  lineTerminatorCharacters: [`
`, "\r"],
  ensureOptimizations: !1,
  safeMode: !1,
  errorMessageProvider: defaultLexerErrorProvider,
  traceInitPerf: !1,
  skipValidations: !1,
  recoveryEnabled: !0
};
Object.freeze(DEFAULT_LEXER_CONFIG);
var Lexer = class {
  constructor(lexerDefinition, config = DEFAULT_LEXER_CONFIG) {
    if (this.lexerDefinition = lexerDefinition, this.lexerDefinitionErrors = [], this.lexerDefinitionWarning = [], this.patternIdxToConfig = {}, this.charCodeToPatternIdxToConfig = {}, this.modes = [], this.emptyGroups = {}, this.trackStartLines = !0, this.trackEndLines = !0, this.hasCustom = !1, this.canModeBeOptimized = {}, this.TRACE_INIT = (phaseDesc, phaseImpl) => {
      if (this.traceInitPerf === !0) {
        this.traceInitIndent++;
        let indent = new Array(this.traceInitIndent + 1).join("	");
        this.traceInitIndent < this.traceInitMaxIdent && console.log(`${indent}--> <${phaseDesc}>`);
        let { time, value } = timer(phaseImpl), traceMethod = time > 10 ? console.warn : console.log;
        return this.traceInitIndent < this.traceInitMaxIdent && traceMethod(`${indent}<-- <${phaseDesc}> time: ${time}ms`), this.traceInitIndent--, value;
      } else
        return phaseImpl();
    }, typeof config == "boolean")
      throw Error(`The second argument to the Lexer constructor is now an ILexerConfig Object.
a boolean 2nd argument is no longer supported`);
    this.config = Object.assign({}, DEFAULT_LEXER_CONFIG, config);
    let traceInitVal = this.config.traceInitPerf;
    traceInitVal === !0 ? (this.traceInitMaxIdent = 1 / 0, this.traceInitPerf = !0) : typeof traceInitVal == "number" && (this.traceInitMaxIdent = traceInitVal, this.traceInitPerf = !0), this.traceInitIndent = -1, this.TRACE_INIT("Lexer Constructor", () => {
      let actualDefinition, hasOnlySingleMode = !0;
      this.TRACE_INIT("Lexer Config handling", () => {
        if (this.config.lineTerminatorsPattern === DEFAULT_LEXER_CONFIG.lineTerminatorsPattern)
          this.config.lineTerminatorsPattern = LineTerminatorOptimizedTester;
        else if (this.config.lineTerminatorCharacters === DEFAULT_LEXER_CONFIG.lineTerminatorCharacters)
          throw Error(`Error: Missing <lineTerminatorCharacters> property on the Lexer config.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#MISSING_LINE_TERM_CHARS`);
        if (config.safeMode && config.ensureOptimizations)
          throw Error('"safeMode" and "ensureOptimizations" flags are mutually exclusive.');
        this.trackStartLines = /full|onlyStart/i.test(this.config.positionTracking), this.trackEndLines = /full/i.test(this.config.positionTracking), Array.isArray(lexerDefinition) ? actualDefinition = {
          modes: { defaultMode: [...lexerDefinition] },
          defaultMode: DEFAULT_MODE
        } : (hasOnlySingleMode = !1, actualDefinition = Object.assign({}, lexerDefinition));
      }), this.config.skipValidations === !1 && (this.TRACE_INIT("performRuntimeChecks", () => {
        this.lexerDefinitionErrors = this.lexerDefinitionErrors.concat(performRuntimeChecks(actualDefinition, this.trackStartLines, this.config.lineTerminatorCharacters));
      }), this.TRACE_INIT("performWarningRuntimeChecks", () => {
        this.lexerDefinitionWarning = this.lexerDefinitionWarning.concat(performWarningRuntimeChecks(actualDefinition, this.trackStartLines, this.config.lineTerminatorCharacters));
      })), actualDefinition.modes = actualDefinition.modes ? actualDefinition.modes : {}, Object.entries(actualDefinition.modes).forEach(([currModeName, currModeValue]) => {
        actualDefinition.modes[currModeName] = currModeValue.filter((currTokType) => currTokType !== void 0);
      });
      let allModeNames = Object.keys(actualDefinition.modes);
      if (Object.entries(actualDefinition.modes).forEach(([currModName, currModDef]) => {
        this.TRACE_INIT(`Mode: <${currModName}> processing`, () => {
          if (this.modes.push(currModName), this.config.skipValidations === !1 && this.TRACE_INIT("validatePatterns", () => {
            this.lexerDefinitionErrors = this.lexerDefinitionErrors.concat(validatePatterns(currModDef, allModeNames));
          }), this.lexerDefinitionErrors.length === 0) {
            augmentTokenTypes(currModDef);
            let currAnalyzeResult;
            this.TRACE_INIT("analyzeTokenTypes", () => {
              currAnalyzeResult = analyzeTokenTypes(currModDef, {
                lineTerminatorCharacters: this.config.lineTerminatorCharacters,
                positionTracking: config.positionTracking,
                ensureOptimizations: config.ensureOptimizations,
                safeMode: config.safeMode,
                tracer: this.TRACE_INIT
              });
            }), this.patternIdxToConfig[currModName] = currAnalyzeResult.patternIdxToConfig, this.charCodeToPatternIdxToConfig[currModName] = currAnalyzeResult.charCodeToPatternIdxToConfig, this.emptyGroups = Object.assign({}, this.emptyGroups, currAnalyzeResult.emptyGroups), this.hasCustom = currAnalyzeResult.hasCustom || this.hasCustom, this.canModeBeOptimized[currModName] = currAnalyzeResult.canBeOptimized;
          }
        });
      }), this.defaultMode = actualDefinition.defaultMode, this.lexerDefinitionErrors.length > 0 && !this.config.deferDefinitionErrorsHandling) {
        let allErrMessagesString = this.lexerDefinitionErrors.map((error) => error.message).join(`-----------------------
`);
        throw new Error(`Errors detected in definition of Lexer:
` + allErrMessagesString);
      }
      this.lexerDefinitionWarning.forEach((warningDescriptor) => {
        PRINT_WARNING(warningDescriptor.message);
      }), this.TRACE_INIT("Choosing sub-methods implementations", () => {
        if (hasOnlySingleMode && (this.handleModes = () => {
        }), this.trackStartLines === !1 && (this.computeNewColumn = (x) => x), this.trackEndLines === !1 && (this.updateTokenEndLineColumnLocation = () => {
        }), /full/i.test(this.config.positionTracking))
          this.createTokenInstance = this.createFullToken;
        else if (/onlyStart/i.test(this.config.positionTracking))
          this.createTokenInstance = this.createStartOnlyToken;
        else if (/onlyOffset/i.test(this.config.positionTracking))
          this.createTokenInstance = this.createOffsetOnlyToken;
        else
          throw Error(`Invalid <positionTracking> config option: "${this.config.positionTracking}"`);
        this.hasCustom ? (this.addToken = this.addTokenUsingPush, this.handlePayload = this.handlePayloadWithCustom) : (this.addToken = this.addTokenUsingMemberAccess, this.handlePayload = this.handlePayloadNoCustom);
      }), this.TRACE_INIT("Failed Optimization Warnings", () => {
        let unOptimizedModes = Object.entries(this.canModeBeOptimized).reduce((cannotBeOptimized, [modeName, canBeOptimized]) => (canBeOptimized === !1 && cannotBeOptimized.push(modeName), cannotBeOptimized), []);
        if (config.ensureOptimizations && unOptimizedModes.length > 0)
          throw Error(`Lexer Modes: < ${unOptimizedModes.join(", ")} > cannot be optimized.
	 Disable the "ensureOptimizations" lexer config flag to silently ignore this and run the lexer in an un-optimized mode.
	 Or inspect the console log for details on how to resolve these issues.`);
      }), this.TRACE_INIT("clearRegExpParserCache", () => {
        clearRegExpParserCache();
      }), this.TRACE_INIT("toFastProperties", () => {
        toFastProperties(this);
      });
    });
  }
  tokenize(text, initialMode = this.defaultMode) {
    if (this.lexerDefinitionErrors.length > 0) {
      let allErrMessagesString = this.lexerDefinitionErrors.map((error) => error.message).join(`-----------------------
`);
      throw new Error(`Unable to Tokenize because Errors detected in definition of Lexer:
` + allErrMessagesString);
    }
    return this.tokenizeInternal(text, initialMode);
  }
  // There is quite a bit of duplication between this and "tokenizeInternalLazy"
  // This is intentional due to performance considerations.
  // this method also used quite a bit of `!` none null assertions because it is too optimized
  // for `tsc` to always understand it is "safe"
  tokenizeInternal(text, initialMode) {
    let i, j, k, matchAltImage, longerAlt, matchedImage, payload, altPayload, imageLength, group, tokType, newToken, errLength, msg, match, orgText = text, orgLength = orgText.length, offset = 0, matchedTokensIndex = 0, guessedNumberOfTokens = this.hasCustom ? 0 : Math.floor(text.length / 10), matchedTokens = new Array(guessedNumberOfTokens), errors = [], line = this.trackStartLines ? 1 : void 0, column = this.trackStartLines ? 1 : void 0, groups = cloneEmptyGroups(this.emptyGroups), trackLines = this.trackStartLines, lineTerminatorPattern = this.config.lineTerminatorsPattern, currModePatternsLength = 0, patternIdxToConfig = [], currCharCodeToPatternIdxToConfig = [], modeStack = [], emptyArray = [];
    Object.freeze(emptyArray);
    let isOptimizedMode = !1, pop_mode = (popToken) => {
      if (modeStack.length === 1 && // if we have both a POP_MODE and a PUSH_MODE this is in-fact a "transition"
      // So no error should occur.
      popToken.tokenType.PUSH_MODE === void 0) {
        let msg2 = this.config.errorMessageProvider.buildUnableToPopLexerModeMessage(popToken);
        errors.push({
          offset: popToken.startOffset,
          line: popToken.startLine,
          column: popToken.startColumn,
          length: popToken.image.length,
          message: msg2
        });
      } else {
        modeStack.pop();
        let newMode = modeStack.at(-1);
        patternIdxToConfig = this.patternIdxToConfig[newMode], currCharCodeToPatternIdxToConfig = this.charCodeToPatternIdxToConfig[newMode], currModePatternsLength = patternIdxToConfig.length;
        let modeCanBeOptimized = this.canModeBeOptimized[newMode] && this.config.safeMode === !1;
        currCharCodeToPatternIdxToConfig && modeCanBeOptimized ? isOptimizedMode = !0 : isOptimizedMode = !1;
      }
    };
    function push_mode(newMode) {
      modeStack.push(newMode), currCharCodeToPatternIdxToConfig = this.charCodeToPatternIdxToConfig[newMode], patternIdxToConfig = this.patternIdxToConfig[newMode], currModePatternsLength = patternIdxToConfig.length, currModePatternsLength = patternIdxToConfig.length;
      let modeCanBeOptimized = this.canModeBeOptimized[newMode] && this.config.safeMode === !1;
      currCharCodeToPatternIdxToConfig && modeCanBeOptimized ? isOptimizedMode = !0 : isOptimizedMode = !1;
    }
    push_mode.call(this, initialMode);
    let currConfig, recoveryEnabled = this.config.recoveryEnabled;
    for (; offset < orgLength; ) {
      matchedImage = null, imageLength = -1;
      let nextCharCode = orgText.charCodeAt(offset), chosenPatternIdxToConfig;
      if (isOptimizedMode) {
        let optimizedCharIdx = charCodeToOptimizedIndex(nextCharCode), possiblePatterns = currCharCodeToPatternIdxToConfig[optimizedCharIdx];
        chosenPatternIdxToConfig = possiblePatterns !== void 0 ? possiblePatterns : emptyArray;
      } else
        chosenPatternIdxToConfig = patternIdxToConfig;
      let chosenPatternsLength = chosenPatternIdxToConfig.length;
      for (i = 0; i < chosenPatternsLength; i++) {
        currConfig = chosenPatternIdxToConfig[i];
        let currPattern = currConfig.pattern;
        payload = null;
        let singleCharCode = currConfig.short;
        if (singleCharCode !== !1 ? nextCharCode === singleCharCode && (imageLength = 1, matchedImage = currPattern) : currConfig.isCustom === !0 ? (match = currPattern.exec(orgText, offset, matchedTokens, groups), match !== null ? (matchedImage = match[0], imageLength = matchedImage.length, match.payload !== void 0 && (payload = match.payload)) : matchedImage = null) : (currPattern.lastIndex = offset, imageLength = this.matchLength(currPattern, text, offset)), imageLength !== -1) {
          if (longerAlt = currConfig.longerAlt, longerAlt !== void 0) {
            matchedImage = text.substring(offset, offset + imageLength);
            let longerAltLength = longerAlt.length;
            for (k = 0; k < longerAltLength; k++) {
              let longerAltConfig = patternIdxToConfig[longerAlt[k]], longerAltPattern = longerAltConfig.pattern;
              if (altPayload = null, longerAltConfig.isCustom === !0 ? (match = longerAltPattern.exec(orgText, offset, matchedTokens, groups), match !== null ? (matchAltImage = match[0], match.payload !== void 0 && (altPayload = match.payload)) : matchAltImage = null) : (longerAltPattern.lastIndex = offset, matchAltImage = this.match(longerAltPattern, text, offset)), matchAltImage && matchAltImage.length > matchedImage.length) {
                matchedImage = matchAltImage, imageLength = matchAltImage.length, payload = altPayload, currConfig = longerAltConfig;
                break;
              }
            }
          }
          break;
        }
      }
      if (imageLength !== -1) {
        if (group = currConfig.group, group !== void 0 && (matchedImage = matchedImage !== null ? matchedImage : text.substring(offset, offset + imageLength), tokType = currConfig.tokenTypeIdx, newToken = this.createTokenInstance(matchedImage, offset, tokType, currConfig.tokenType, line, column, imageLength), this.handlePayload(newToken, payload), group === !1 ? matchedTokensIndex = this.addToken(matchedTokens, matchedTokensIndex, newToken) : groups[group].push(newToken)), trackLines === !0 && currConfig.canLineTerminator === !0) {
          let numOfLTsInMatch = 0, foundTerminator, lastLTEndOffset;
          lineTerminatorPattern.lastIndex = 0;
          do
            matchedImage = matchedImage !== null ? matchedImage : text.substring(offset, offset + imageLength), foundTerminator = lineTerminatorPattern.test(matchedImage), foundTerminator === !0 && (lastLTEndOffset = lineTerminatorPattern.lastIndex - 1, numOfLTsInMatch++);
          while (foundTerminator === !0);
          numOfLTsInMatch !== 0 ? (line = line + numOfLTsInMatch, column = imageLength - lastLTEndOffset, this.updateTokenEndLineColumnLocation(newToken, group, lastLTEndOffset, numOfLTsInMatch, line, column, imageLength)) : column = this.computeNewColumn(column, imageLength);
        } else
          column = this.computeNewColumn(column, imageLength);
        offset = offset + imageLength, this.handleModes(currConfig, pop_mode, push_mode, newToken);
      } else {
        let errorStartOffset = offset, errorLine = line, errorColumn = column, foundResyncPoint = recoveryEnabled === !1;
        for (; foundResyncPoint === !1 && offset < orgLength; )
          for (offset++, j = 0; j < currModePatternsLength; j++) {
            let currConfig2 = patternIdxToConfig[j], currPattern = currConfig2.pattern, singleCharCode = currConfig2.short;
            if (singleCharCode !== !1 ? orgText.charCodeAt(offset) === singleCharCode && (foundResyncPoint = !0) : currConfig2.isCustom === !0 ? foundResyncPoint = currPattern.exec(orgText, offset, matchedTokens, groups) !== null : (currPattern.lastIndex = offset, foundResyncPoint = currPattern.exec(text) !== null), foundResyncPoint === !0)
              break;
          }
        if (errLength = offset - errorStartOffset, column = this.computeNewColumn(column, errLength), msg = this.config.errorMessageProvider.buildUnexpectedCharactersMessage(orgText, errorStartOffset, errLength, errorLine, errorColumn, modeStack.at(-1)), errors.push({
          offset: errorStartOffset,
          line: errorLine,
          column: errorColumn,
          length: errLength,
          message: msg
        }), recoveryEnabled === !1)
          break;
      }
    }
    return this.hasCustom || (matchedTokens.length = matchedTokensIndex), {
      tokens: matchedTokens,
      groups,
      errors
    };
  }
  handleModes(config, pop_mode, push_mode, newToken) {
    if (config.pop === !0) {
      let pushMode = config.push;
      pop_mode(newToken), pushMode !== void 0 && push_mode.call(this, pushMode);
    } else config.push !== void 0 && push_mode.call(this, config.push);
  }
  // TODO: decrease this under 600 characters? inspect stripping comments option in TSC compiler
  updateTokenEndLineColumnLocation(newToken, group, lastLTIdx, numOfLTsInMatch, line, column, imageLength) {
    let lastCharIsLT, fixForEndingInLT;
    group !== void 0 && (lastCharIsLT = lastLTIdx === imageLength - 1, fixForEndingInLT = lastCharIsLT ? -1 : 0, numOfLTsInMatch === 1 && lastCharIsLT === !0 || (newToken.endLine = line + fixForEndingInLT, newToken.endColumn = column - 1 + -fixForEndingInLT));
  }
  computeNewColumn(oldColumn, imageLength) {
    return oldColumn + imageLength;
  }
  createOffsetOnlyToken(image, startOffset, tokenTypeIdx, tokenType) {
    return {
      image,
      startOffset,
      tokenTypeIdx,
      tokenType
    };
  }
  createStartOnlyToken(image, startOffset, tokenTypeIdx, tokenType, startLine, startColumn) {
    return {
      image,
      startOffset,
      startLine,
      startColumn,
      tokenTypeIdx,
      tokenType
    };
  }
  createFullToken(image, startOffset, tokenTypeIdx, tokenType, startLine, startColumn, imageLength) {
    return {
      image,
      startOffset,
      endOffset: startOffset + imageLength - 1,
      startLine,
      endLine: startLine,
      startColumn,
      endColumn: startColumn + imageLength - 1,
      tokenTypeIdx,
      tokenType
    };
  }
  addTokenUsingPush(tokenVector, index, tokenToAdd) {
    return tokenVector.push(tokenToAdd), index;
  }
  addTokenUsingMemberAccess(tokenVector, index, tokenToAdd) {
    return tokenVector[index] = tokenToAdd, index++, index;
  }
  handlePayloadNoCustom(token, payload) {
  }
  handlePayloadWithCustom(token, payload) {
    payload !== null && (token.payload = payload);
  }
  match(pattern, text, offset) {
    return pattern.test(text) === !0 ? text.substring(offset, pattern.lastIndex) : null;
  }
  matchLength(pattern, text, offset) {
    return pattern.test(text) === !0 ? pattern.lastIndex - offset : -1;
  }
};
Lexer.SKIPPED = "This marks a skipped Token pattern, this means each token identified by it will be consumed and then thrown into oblivion, this can be used to for example to completely ignore whitespace.";
Lexer.NA = /NOT_APPLICABLE/;

// node_modules/chevrotain/lib/src/scan/tokens_public.js
function tokenLabel2(tokType) {
  return hasTokenLabel2(tokType) ? tokType.LABEL : tokType.name;
}
function hasTokenLabel2(obj) {
  return typeof obj.LABEL == "string" && obj.LABEL !== "";
}
var PARENT = "parent", CATEGORIES = "categories", LABEL2 = "label", GROUP = "group", PUSH_MODE = "push_mode", POP_MODE = "pop_mode", LONGER_ALT = "longer_alt", LINE_BREAKS = "line_breaks", START_CHARS_HINT = "start_chars_hint";
function createToken(config) {
  return createTokenInternal(config);
}
function createTokenInternal(config) {
  let pattern = config.pattern, tokenType = {};
  if (tokenType.name = config.name, pattern !== void 0 && (tokenType.PATTERN = pattern), Object.hasOwn(config, PARENT))
    throw `The parent property is no longer supported.
See: https://github.com/chevrotain/chevrotain/issues/564#issuecomment-349062346 for details.`;
  return Object.hasOwn(config, CATEGORIES) && (tokenType.CATEGORIES = config[CATEGORIES]), augmentTokenTypes([tokenType]), Object.hasOwn(config, LABEL2) && (tokenType.LABEL = config[LABEL2]), Object.hasOwn(config, GROUP) && (tokenType.GROUP = config[GROUP]), Object.hasOwn(config, POP_MODE) && (tokenType.POP_MODE = config[POP_MODE]), Object.hasOwn(config, PUSH_MODE) && (tokenType.PUSH_MODE = config[PUSH_MODE]), Object.hasOwn(config, LONGER_ALT) && (tokenType.LONGER_ALT = config[LONGER_ALT]), Object.hasOwn(config, LINE_BREAKS) && (tokenType.LINE_BREAKS = config[LINE_BREAKS]), Object.hasOwn(config, START_CHARS_HINT) && (tokenType.START_CHARS_HINT = config[START_CHARS_HINT]), tokenType;
}
var EOF = createToken({ name: "EOF", pattern: Lexer.NA });
augmentTokenTypes([EOF]);
function createTokenInstance(tokType, image, startOffset, endOffset, startLine, endLine, startColumn, endColumn) {
  return {
    image,
    startOffset,
    endOffset,
    startLine,
    endLine,
    startColumn,
    endColumn,
    tokenTypeIdx: tokType.tokenTypeIdx,
    tokenType: tokType
  };
}
function tokenMatcher(token, tokType) {
  return tokenStructuredMatcher(token, tokType);
}

// node_modules/chevrotain/lib/src/parse/errors_public.js
var defaultParserErrorProvider = {
  buildMismatchTokenMessage({ expected, actual, previous, ruleName }) {
    return `Expecting ${hasTokenLabel2(expected) ? `--> ${tokenLabel2(expected)} <--` : `token of type --> ${expected.name} <--`} but found --> '${actual.image}' <--`;
  },
  buildNotAllInputParsedMessage({ firstRedundant, ruleName }) {
    return "Redundant input, expecting EOF but found: " + firstRedundant.image;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, customUserDescription, ruleName }) {
    let errPrefix = "Expecting: ", errSuffix = `
but found: '` + actual[0].image + "'";
    if (customUserDescription)
      return errPrefix + customUserDescription + errSuffix;
    {
      let calculatedDescription = `one of these possible Token sequences:
${expectedPathsPerAlt.reduce((result, currAltPaths) => result.concat(currAltPaths), []).map((currPath) => `[${currPath.map((currTokenType) => tokenLabel2(currTokenType)).join(", ")}]`).map((itemMsg, idx) => `  ${idx + 1}. ${itemMsg}`).join(`
`)}`;
      return errPrefix + calculatedDescription + errSuffix;
    }
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, customUserDescription, ruleName }) {
    let errPrefix = "Expecting: ", errSuffix = `
but found: '` + actual[0].image + "'";
    if (customUserDescription)
      return errPrefix + customUserDescription + errSuffix;
    {
      let calculatedDescription = `expecting at least one iteration which starts with one of these possible Token sequences::
  <${expectedIterationPaths.map((currPath) => `[${currPath.map((currTokenType) => tokenLabel2(currTokenType)).join(",")}]`).join(" ,")}>`;
      return errPrefix + calculatedDescription + errSuffix;
    }
  }
};
Object.freeze(defaultParserErrorProvider);
var defaultGrammarResolverErrorProvider = {
  buildRuleNotFoundError(topLevelRule, undefinedRule) {
    return "Invalid grammar, reference to a rule which is not defined: ->" + undefinedRule.nonTerminalName + `<-
inside top level rule: ->` + topLevelRule.name + "<-";
  }
}, defaultGrammarValidatorErrorProvider = {
  buildDuplicateFoundError(topLevelRule, duplicateProds) {
    function getExtraProductionArgument2(prod) {
      return prod instanceof Terminal ? prod.terminalType.name : prod instanceof NonTerminal ? prod.nonTerminalName : "";
    }
    let topLevelName = topLevelRule.name, duplicateProd = duplicateProds[0], index = duplicateProd.idx, dslName = getProductionDslName(duplicateProd), extraArgument = getExtraProductionArgument2(duplicateProd), hasExplicitIndex = index > 0, msg = `->${dslName}${hasExplicitIndex ? index : ""}<- ${extraArgument ? `with argument: ->${extraArgument}<-` : ""}
                  appears more than once (${duplicateProds.length} times) in the top level rule: ->${topLevelName}<-.                  
                  For further details see: https://chevrotain.io/docs/FAQ.html#NUMERICAL_SUFFIXES 
                  `;
    return msg = msg.replace(/[ \t]+/g, " "), msg = msg.replace(/\s\s+/g, `
`), msg;
  },
  buildNamespaceConflictError(rule) {
    return `Namespace conflict found in grammar.
The grammar has both a Terminal(Token) and a Non-Terminal(Rule) named: <${rule.name}>.
To resolve this make sure each Terminal and Non-Terminal names are unique
This is easy to accomplish by using the convention that Terminal names start with an uppercase letter
and Non-Terminal names start with a lower case letter.`;
  },
  buildAlternationPrefixAmbiguityError(options) {
    let pathMsg = options.prefixPath.map((currTok) => tokenLabel2(currTok)).join(", "), occurrence = options.alternation.idx === 0 ? "" : options.alternation.idx;
    return `Ambiguous alternatives: <${options.ambiguityIndices.join(" ,")}> due to common lookahead prefix
in <OR${occurrence}> inside <${options.topLevelRule.name}> Rule,
<${pathMsg}> may appears as a prefix path in all these alternatives.
See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#COMMON_PREFIX
For Further details.`;
  },
  buildAlternationAmbiguityError(options) {
    let occurrence = options.alternation.idx === 0 ? "" : options.alternation.idx, isEmptyPath = options.prefixPath.length === 0, currMessage = `Ambiguous Alternatives Detected: <${options.ambiguityIndices.join(" ,")}> in <OR${occurrence}> inside <${options.topLevelRule.name}> Rule,
`;
    if (isEmptyPath)
      currMessage += `These alternatives are all empty (match no tokens), making them indistinguishable.
Only the last alternative may be empty.
`;
    else {
      let pathMsg = options.prefixPath.map((currtok) => tokenLabel2(currtok)).join(", ");
      currMessage += `<${pathMsg}> may appears as a prefix path in all these alternatives.
`;
    }
    return currMessage += `See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#AMBIGUOUS_ALTERNATIVES
For Further details.`, currMessage;
  },
  buildEmptyRepetitionError(options) {
    let dslName = getProductionDslName(options.repetition);
    return options.repetition.idx !== 0 && (dslName += options.repetition.idx), `The repetition <${dslName}> within Rule <${options.topLevelRule.name}> can never consume any tokens.
This could lead to an infinite loop.`;
  },
  // TODO: remove - `errors_public` from nyc.config.js exclude
  //       once this method is fully removed from this file
  buildTokenNameError(options) {
    return "deprecated";
  },
  buildEmptyAlternationError(options) {
    return `Ambiguous empty alternative: <${options.emptyChoiceIdx + 1}> in <OR${options.alternation.idx}> inside <${options.topLevelRule.name}> Rule.
Only the last alternative may be an empty alternative.`;
  },
  buildTooManyAlternativesError(options) {
    return `An Alternation cannot have more than 256 alternatives:
<OR${options.alternation.idx}> inside <${options.topLevelRule.name}> Rule.
 has ${options.alternation.definition.length + 1} alternatives.`;
  },
  buildLeftRecursionError(options) {
    let ruleName = options.topLevelRule.name, pathNames = options.leftRecursionPath.map((currRule) => currRule.name), leftRecursivePath = `${ruleName} --> ${pathNames.concat([ruleName]).join(" --> ")}`;
    return `Left Recursion found in grammar.
rule: <${ruleName}> can be invoked from itself (directly or indirectly)
without consuming any Tokens. The grammar path that causes this is: 
 ${leftRecursivePath}
 To fix this refactor your grammar to remove the left recursion.
see: https://en.wikipedia.org/wiki/LL_parser#Left_factoring.`;
  },
  // TODO: remove - `errors_public` from nyc.config.js exclude
  //       once this method is fully removed from this file
  buildInvalidRuleNameError(options) {
    return "deprecated";
  },
  buildDuplicateRuleNameError(options) {
    let ruleName;
    return options.topLevelRule instanceof Rule ? ruleName = options.topLevelRule.name : ruleName = options.topLevelRule, `Duplicate definition, rule: ->${ruleName}<- is already defined in the grammar: ->${options.grammarName}<-`;
  }
};

// node_modules/chevrotain/lib/src/parse/grammar/resolver.js
function resolveGrammar(topLevels, errMsgProvider) {
  let refResolver = new GastRefResolverVisitor(topLevels, errMsgProvider);
  return refResolver.resolveRefs(), refResolver.errors;
}
var GastRefResolverVisitor = class extends GAstVisitor {
  constructor(nameToTopRule, errMsgProvider) {
    super(), this.nameToTopRule = nameToTopRule, this.errMsgProvider = errMsgProvider, this.errors = [];
  }
  resolveRefs() {
    Object.values(this.nameToTopRule).forEach((prod) => {
      this.currTopLevel = prod, prod.accept(this);
    });
  }
  visitNonTerminal(node) {
    let ref = this.nameToTopRule[node.nonTerminalName];
    if (ref)
      node.referencedRule = ref;
    else {
      let msg = this.errMsgProvider.buildRuleNotFoundError(this.currTopLevel, node);
      this.errors.push({
        message: msg,
        type: ParserDefinitionErrorType.UNRESOLVED_SUBRULE_REF,
        ruleName: this.currTopLevel.name,
        unresolvedRefName: node.nonTerminalName
      });
    }
  }
};

// node_modules/chevrotain/lib/src/parse/grammar/interpreter.js
var AbstractNextPossibleTokensWalker = class extends RestWalker {
  constructor(topProd, path) {
    super(), this.topProd = topProd, this.path = path, this.possibleTokTypes = [], this.nextProductionName = "", this.nextProductionOccurrence = 0, this.found = !1, this.isAtEndOfPath = !1;
  }
  startWalking() {
    if (this.found = !1, this.path.ruleStack[0] !== this.topProd.name)
      throw Error("The path does not start with the walker's top Rule!");
    return this.ruleStack = [...this.path.ruleStack].reverse(), this.occurrenceStack = [...this.path.occurrenceStack].reverse(), this.ruleStack.pop(), this.occurrenceStack.pop(), this.updateExpectedNext(), this.walk(this.topProd), this.possibleTokTypes;
  }
  walk(prod, prevRest = []) {
    this.found || super.walk(prod, prevRest);
  }
  walkProdRef(refProd, currRest, prevRest) {
    if (refProd.referencedRule.name === this.nextProductionName && refProd.idx === this.nextProductionOccurrence) {
      let fullRest = currRest.concat(prevRest);
      this.updateExpectedNext(), this.walk(refProd.referencedRule, fullRest);
    }
  }
  updateExpectedNext() {
    this.ruleStack.length === 0 ? (this.nextProductionName = "", this.nextProductionOccurrence = 0, this.isAtEndOfPath = !0) : (this.nextProductionName = this.ruleStack.pop(), this.nextProductionOccurrence = this.occurrenceStack.pop());
  }
}, NextAfterTokenWalker = class extends AbstractNextPossibleTokensWalker {
  constructor(topProd, path) {
    super(topProd, path), this.path = path, this.nextTerminalName = "", this.nextTerminalOccurrence = 0, this.nextTerminalName = this.path.lastTok.name, this.nextTerminalOccurrence = this.path.lastTokOccurrence;
  }
  walkTerminal(terminal, currRest, prevRest) {
    if (this.isAtEndOfPath && terminal.terminalType.name === this.nextTerminalName && terminal.idx === this.nextTerminalOccurrence && !this.found) {
      let fullRest = currRest.concat(prevRest), restProd = new Alternative({ definition: fullRest });
      this.possibleTokTypes = first(restProd), this.found = !0;
    }
  }
}, AbstractNextTerminalAfterProductionWalker = class extends RestWalker {
  constructor(topRule, occurrence) {
    super(), this.topRule = topRule, this.occurrence = occurrence, this.result = {
      token: void 0,
      occurrence: void 0,
      isEndOfRule: void 0
    };
  }
  startWalking() {
    return this.walk(this.topRule), this.result;
  }
}, NextTerminalAfterManyWalker = class extends AbstractNextTerminalAfterProductionWalker {
  walkMany(manyProd, currRest, prevRest) {
    if (manyProd.idx === this.occurrence) {
      let firstAfterMany = currRest.concat(prevRest)[0];
      this.result.isEndOfRule = firstAfterMany === void 0, firstAfterMany instanceof Terminal && (this.result.token = firstAfterMany.terminalType, this.result.occurrence = firstAfterMany.idx);
    } else
      super.walkMany(manyProd, currRest, prevRest);
  }
}, NextTerminalAfterManySepWalker = class extends AbstractNextTerminalAfterProductionWalker {
  walkManySep(manySepProd, currRest, prevRest) {
    if (manySepProd.idx === this.occurrence) {
      let firstAfterManySep = currRest.concat(prevRest)[0];
      this.result.isEndOfRule = firstAfterManySep === void 0, firstAfterManySep instanceof Terminal && (this.result.token = firstAfterManySep.terminalType, this.result.occurrence = firstAfterManySep.idx);
    } else
      super.walkManySep(manySepProd, currRest, prevRest);
  }
}, NextTerminalAfterAtLeastOneWalker = class extends AbstractNextTerminalAfterProductionWalker {
  walkAtLeastOne(atLeastOneProd, currRest, prevRest) {
    if (atLeastOneProd.idx === this.occurrence) {
      let firstAfterAtLeastOne = currRest.concat(prevRest)[0];
      this.result.isEndOfRule = firstAfterAtLeastOne === void 0, firstAfterAtLeastOne instanceof Terminal && (this.result.token = firstAfterAtLeastOne.terminalType, this.result.occurrence = firstAfterAtLeastOne.idx);
    } else
      super.walkAtLeastOne(atLeastOneProd, currRest, prevRest);
  }
}, NextTerminalAfterAtLeastOneSepWalker = class extends AbstractNextTerminalAfterProductionWalker {
  walkAtLeastOneSep(atleastOneSepProd, currRest, prevRest) {
    if (atleastOneSepProd.idx === this.occurrence) {
      let firstAfterfirstAfterAtLeastOneSep = currRest.concat(prevRest)[0];
      this.result.isEndOfRule = firstAfterfirstAfterAtLeastOneSep === void 0, firstAfterfirstAfterAtLeastOneSep instanceof Terminal && (this.result.token = firstAfterfirstAfterAtLeastOneSep.terminalType, this.result.occurrence = firstAfterfirstAfterAtLeastOneSep.idx);
    } else
      super.walkAtLeastOneSep(atleastOneSepProd, currRest, prevRest);
  }
};
function possiblePathsFrom(targetDef, maxLength, currPath = []) {
  currPath = [...currPath];
  let result = [], i = 0;
  function remainingPathWith(nextDef) {
    return nextDef.concat(targetDef.slice(i + 1));
  }
  function getAlternativesForProd(definition2) {
    let alternatives = possiblePathsFrom(remainingPathWith(definition2), maxLength, currPath);
    return result.concat(alternatives);
  }
  for (; currPath.length < maxLength && i < targetDef.length; ) {
    let prod = targetDef[i];
    if (prod instanceof Alternative)
      return getAlternativesForProd(prod.definition);
    if (prod instanceof NonTerminal)
      return getAlternativesForProd(prod.definition);
    if (prod instanceof Option)
      result = getAlternativesForProd(prod.definition);
    else if (prod instanceof RepetitionMandatory) {
      let newDef = prod.definition.concat([
        new Repetition({
          definition: prod.definition
        })
      ]);
      return getAlternativesForProd(newDef);
    } else if (prod instanceof RepetitionMandatoryWithSeparator) {
      let newDef = [
        new Alternative({ definition: prod.definition }),
        new Repetition({
          definition: [new Terminal({ terminalType: prod.separator })].concat(prod.definition)
        })
      ];
      return getAlternativesForProd(newDef);
    } else if (prod instanceof RepetitionWithSeparator) {
      let newDef = prod.definition.concat([
        new Repetition({
          definition: [new Terminal({ terminalType: prod.separator })].concat(prod.definition)
        })
      ]);
      result = getAlternativesForProd(newDef);
    } else if (prod instanceof Repetition) {
      let newDef = prod.definition.concat([
        new Repetition({
          definition: prod.definition
        })
      ]);
      result = getAlternativesForProd(newDef);
    } else {
      if (prod instanceof Alternation)
        return prod.definition.forEach((currAlt) => {
          currAlt.definition.length !== 0 && (result = getAlternativesForProd(currAlt.definition));
        }), result;
      if (prod instanceof Terminal)
        currPath.push(prod.terminalType);
      else
        throw Error("non exhaustive match");
    }
    i++;
  }
  return result.push({
    partialPath: currPath,
    suffixDef: targetDef.slice(i)
  }), result;
}
function nextPossibleTokensAfter(initialDef, tokenVector, tokMatcher, maxLookAhead) {
  let EXIT_NON_TERMINAL = "EXIT_NONE_TERMINAL", EXIT_NON_TERMINAL_ARR = [EXIT_NON_TERMINAL], EXIT_ALTERNATIVE = "EXIT_ALTERNATIVE", foundCompletePath = !1, tokenVectorLength = tokenVector.length, minimalAlternativesIndex = tokenVectorLength - maxLookAhead - 1, result = [], possiblePaths = [];
  for (possiblePaths.push({
    idx: -1,
    def: initialDef,
    ruleStack: [],
    occurrenceStack: []
  }); possiblePaths.length !== 0; ) {
    let currPath = possiblePaths.pop();
    if (currPath === EXIT_ALTERNATIVE) {
      foundCompletePath && possiblePaths.at(-1).idx <= minimalAlternativesIndex && possiblePaths.pop();
      continue;
    }
    let currDef = currPath.def, currIdx = currPath.idx, currRuleStack = currPath.ruleStack, currOccurrenceStack = currPath.occurrenceStack;
    if (currDef.length === 0)
      continue;
    let prod = currDef[0];
    if (prod === EXIT_NON_TERMINAL) {
      let nextPath = {
        idx: currIdx,
        def: currDef.slice(1),
        ruleStack: currRuleStack.slice(0, -1),
        occurrenceStack: currOccurrenceStack.slice(0, -1)
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof Terminal)
      if (currIdx < tokenVectorLength - 1) {
        let nextIdx = currIdx + 1, actualToken = tokenVector[nextIdx];
        if (tokMatcher(actualToken, prod.terminalType)) {
          let nextPath = {
            idx: nextIdx,
            def: currDef.slice(1),
            ruleStack: currRuleStack,
            occurrenceStack: currOccurrenceStack
          };
          possiblePaths.push(nextPath);
        }
      } else if (currIdx === tokenVectorLength - 1)
        result.push({
          nextTokenType: prod.terminalType,
          nextTokenOccurrence: prod.idx,
          ruleStack: currRuleStack,
          occurrenceStack: currOccurrenceStack
        }), foundCompletePath = !0;
      else
        throw Error("non exhaustive match");
    else if (prod instanceof NonTerminal) {
      let newRuleStack = [...currRuleStack];
      newRuleStack.push(prod.nonTerminalName);
      let newOccurrenceStack = [...currOccurrenceStack];
      newOccurrenceStack.push(prod.idx);
      let nextPath = {
        idx: currIdx,
        def: prod.definition.concat(EXIT_NON_TERMINAL_ARR, currDef.slice(1)),
        ruleStack: newRuleStack,
        occurrenceStack: newOccurrenceStack
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof Option) {
      let nextPathWithout = {
        idx: currIdx,
        def: currDef.slice(1),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWithout), possiblePaths.push(EXIT_ALTERNATIVE);
      let nextPathWith = {
        idx: currIdx,
        def: prod.definition.concat(currDef.slice(1)),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWith);
    } else if (prod instanceof RepetitionMandatory) {
      let secondIteration = new Repetition({
        definition: prod.definition,
        idx: prod.idx
      }), nextDef = prod.definition.concat([secondIteration], currDef.slice(1)), nextPath = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof RepetitionMandatoryWithSeparator) {
      let separatorGast = new Terminal({
        terminalType: prod.separator
      }), secondIteration = new Repetition({
        definition: [separatorGast].concat(prod.definition),
        idx: prod.idx
      }), nextDef = prod.definition.concat([secondIteration], currDef.slice(1)), nextPath = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPath);
    } else if (prod instanceof RepetitionWithSeparator) {
      let nextPathWithout = {
        idx: currIdx,
        def: currDef.slice(1),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWithout), possiblePaths.push(EXIT_ALTERNATIVE);
      let separatorGast = new Terminal({
        terminalType: prod.separator
      }), nthRepetition = new Repetition({
        definition: [separatorGast].concat(prod.definition),
        idx: prod.idx
      }), nextDef = prod.definition.concat([nthRepetition], currDef.slice(1)), nextPathWith = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWith);
    } else if (prod instanceof Repetition) {
      let nextPathWithout = {
        idx: currIdx,
        def: currDef.slice(1),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWithout), possiblePaths.push(EXIT_ALTERNATIVE);
      let nthRepetition = new Repetition({
        definition: prod.definition,
        idx: prod.idx
      }), nextDef = prod.definition.concat([nthRepetition], currDef.slice(1)), nextPathWith = {
        idx: currIdx,
        def: nextDef,
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      };
      possiblePaths.push(nextPathWith);
    } else if (prod instanceof Alternation)
      for (let i = prod.definition.length - 1; i >= 0; i--) {
        let currAlt = prod.definition[i], currAltPath = {
          idx: currIdx,
          def: currAlt.definition.concat(currDef.slice(1)),
          ruleStack: currRuleStack,
          occurrenceStack: currOccurrenceStack
        };
        possiblePaths.push(currAltPath), possiblePaths.push(EXIT_ALTERNATIVE);
      }
    else if (prod instanceof Alternative)
      possiblePaths.push({
        idx: currIdx,
        def: prod.definition.concat(currDef.slice(1)),
        ruleStack: currRuleStack,
        occurrenceStack: currOccurrenceStack
      });
    else if (prod instanceof Rule)
      possiblePaths.push(expandTopLevelRule(prod, currIdx, currRuleStack, currOccurrenceStack));
    else
      throw Error("non exhaustive match");
  }
  return result;
}
function expandTopLevelRule(topRule, currIdx, currRuleStack, currOccurrenceStack) {
  let newRuleStack = [...currRuleStack];
  newRuleStack.push(topRule.name);
  let newCurrOccurrenceStack = [...currOccurrenceStack];
  return newCurrOccurrenceStack.push(1), {
    idx: currIdx,
    def: topRule.definition,
    ruleStack: newRuleStack,
    occurrenceStack: newCurrOccurrenceStack
  };
}

// node_modules/chevrotain/lib/src/parse/grammar/lookahead.js
var PROD_TYPE;
(function(PROD_TYPE2) {
  PROD_TYPE2[PROD_TYPE2.OPTION = 0] = "OPTION", PROD_TYPE2[PROD_TYPE2.REPETITION = 1] = "REPETITION", PROD_TYPE2[PROD_TYPE2.REPETITION_MANDATORY = 2] = "REPETITION_MANDATORY", PROD_TYPE2[PROD_TYPE2.REPETITION_MANDATORY_WITH_SEPARATOR = 3] = "REPETITION_MANDATORY_WITH_SEPARATOR", PROD_TYPE2[PROD_TYPE2.REPETITION_WITH_SEPARATOR = 4] = "REPETITION_WITH_SEPARATOR", PROD_TYPE2[PROD_TYPE2.ALTERNATION = 5] = "ALTERNATION";
})(PROD_TYPE || (PROD_TYPE = {}));
function getProdType(prod) {
  if (prod instanceof Option || prod === "Option")
    return PROD_TYPE.OPTION;
  if (prod instanceof Repetition || prod === "Repetition")
    return PROD_TYPE.REPETITION;
  if (prod instanceof RepetitionMandatory || prod === "RepetitionMandatory")
    return PROD_TYPE.REPETITION_MANDATORY;
  if (prod instanceof RepetitionMandatoryWithSeparator || prod === "RepetitionMandatoryWithSeparator")
    return PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR;
  if (prod instanceof RepetitionWithSeparator || prod === "RepetitionWithSeparator")
    return PROD_TYPE.REPETITION_WITH_SEPARATOR;
  if (prod instanceof Alternation || prod === "Alternation")
    return PROD_TYPE.ALTERNATION;
  throw Error("non exhaustive match");
}
function buildLookaheadFuncForOr(occurrence, ruleGrammar2, maxLookahead, hasPredicates, dynamicTokensEnabled, laFuncBuilder) {
  let lookAheadPaths = getLookaheadPathsForOr(occurrence, ruleGrammar2, maxLookahead), tokenMatcher2 = areTokenCategoriesNotUsed(lookAheadPaths) ? tokenStructuredMatcherNoCategories : tokenStructuredMatcher;
  return laFuncBuilder(lookAheadPaths, hasPredicates, tokenMatcher2, dynamicTokensEnabled);
}
function buildLookaheadFuncForOptionalProd(occurrence, ruleGrammar2, k, dynamicTokensEnabled, prodType, lookaheadBuilder) {
  let lookAheadPaths = getLookaheadPathsForOptionalProd(occurrence, ruleGrammar2, prodType, k), tokenMatcher2 = areTokenCategoriesNotUsed(lookAheadPaths) ? tokenStructuredMatcherNoCategories : tokenStructuredMatcher;
  return lookaheadBuilder(lookAheadPaths[0], tokenMatcher2, dynamicTokensEnabled);
}
function buildAlternativesLookAheadFunc(alts, hasPredicates, tokenMatcher2, dynamicTokensEnabled) {
  let numOfAlts = alts.length, areAllOneTokenLookahead = alts.every((currAlt) => currAlt.every((currPath) => currPath.length === 1));
  if (hasPredicates)
    return function(orAlts) {
      let predicates = orAlts.map((currAlt) => currAlt.GATE);
      for (let t = 0; t < numOfAlts; t++) {
        let currAlt = alts[t], currNumOfPaths = currAlt.length, currPredicate = predicates[t];
        if (!(currPredicate !== void 0 && currPredicate.call(this) === !1))
          nextPath: for (let j = 0; j < currNumOfPaths; j++) {
            let currPath = currAlt[j], currPathLength = currPath.length;
            for (let i = 0; i < currPathLength; i++) {
              let nextToken = this.LA_FAST(i + 1);
              if (tokenMatcher2(nextToken, currPath[i]) === !1)
                continue nextPath;
            }
            return t;
          }
      }
    };
  if (areAllOneTokenLookahead && !dynamicTokensEnabled) {
    let choiceToAlt = alts.map((currAlt) => currAlt.flat()).reduce((result, currAlt, idx) => (currAlt.forEach((currTokType) => {
      currTokType.tokenTypeIdx in result || (result[currTokType.tokenTypeIdx] = idx), currTokType.categoryMatches.forEach((currExtendingType) => {
        Object.hasOwn(result, currExtendingType) || (result[currExtendingType] = idx);
      });
    }), result), {});
    return function() {
      let nextToken = this.LA_FAST(1);
      return choiceToAlt[nextToken.tokenTypeIdx];
    };
  } else
    return function() {
      for (let t = 0; t < numOfAlts; t++) {
        let currAlt = alts[t], currNumOfPaths = currAlt.length;
        nextPath: for (let j = 0; j < currNumOfPaths; j++) {
          let currPath = currAlt[j], currPathLength = currPath.length;
          for (let i = 0; i < currPathLength; i++) {
            let nextToken = this.LA_FAST(i + 1);
            if (tokenMatcher2(nextToken, currPath[i]) === !1)
              continue nextPath;
          }
          return t;
        }
      }
    };
}
function buildSingleAlternativeLookaheadFunction(alt, tokenMatcher2, dynamicTokensEnabled) {
  let areAllOneTokenLookahead = alt.every((currPath) => currPath.length === 1), numOfPaths = alt.length;
  if (areAllOneTokenLookahead && !dynamicTokensEnabled) {
    let singleTokensTypes = alt.flat();
    if (singleTokensTypes.length === 1 && singleTokensTypes[0].categoryMatches.length === 0) {
      let expectedTokenUniqueKey = singleTokensTypes[0].tokenTypeIdx;
      return function() {
        return this.LA_FAST(1).tokenTypeIdx === expectedTokenUniqueKey;
      };
    } else {
      let choiceToAlt = singleTokensTypes.reduce((result, currTokType, idx) => (result[currTokType.tokenTypeIdx] = !0, currTokType.categoryMatches.forEach((currExtendingType) => {
        result[currExtendingType] = !0;
      }), result), []);
      return function() {
        let nextToken = this.LA_FAST(1);
        return choiceToAlt[nextToken.tokenTypeIdx] === !0;
      };
    }
  } else
    return function() {
      nextPath: for (let j = 0; j < numOfPaths; j++) {
        let currPath = alt[j], currPathLength = currPath.length;
        for (let i = 0; i < currPathLength; i++) {
          let nextToken = this.LA_FAST(i + 1);
          if (tokenMatcher2(nextToken, currPath[i]) === !1)
            continue nextPath;
        }
        return !0;
      }
      return !1;
    };
}
var RestDefinitionFinderWalker = class extends RestWalker {
  constructor(topProd, targetOccurrence, targetProdType) {
    super(), this.topProd = topProd, this.targetOccurrence = targetOccurrence, this.targetProdType = targetProdType;
  }
  startWalking() {
    return this.walk(this.topProd), this.restDef;
  }
  checkIsTarget(node, expectedProdType, currRest, prevRest) {
    return node.idx === this.targetOccurrence && this.targetProdType === expectedProdType ? (this.restDef = currRest.concat(prevRest), !0) : !1;
  }
  walkOption(optionProd, currRest, prevRest) {
    this.checkIsTarget(optionProd, PROD_TYPE.OPTION, currRest, prevRest) || super.walkOption(optionProd, currRest, prevRest);
  }
  walkAtLeastOne(atLeastOneProd, currRest, prevRest) {
    this.checkIsTarget(atLeastOneProd, PROD_TYPE.REPETITION_MANDATORY, currRest, prevRest) || super.walkOption(atLeastOneProd, currRest, prevRest);
  }
  walkAtLeastOneSep(atLeastOneSepProd, currRest, prevRest) {
    this.checkIsTarget(atLeastOneSepProd, PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR, currRest, prevRest) || super.walkOption(atLeastOneSepProd, currRest, prevRest);
  }
  walkMany(manyProd, currRest, prevRest) {
    this.checkIsTarget(manyProd, PROD_TYPE.REPETITION, currRest, prevRest) || super.walkOption(manyProd, currRest, prevRest);
  }
  walkManySep(manySepProd, currRest, prevRest) {
    this.checkIsTarget(manySepProd, PROD_TYPE.REPETITION_WITH_SEPARATOR, currRest, prevRest) || super.walkOption(manySepProd, currRest, prevRest);
  }
}, InsideDefinitionFinderVisitor = class extends GAstVisitor {
  constructor(targetOccurrence, targetProdType, targetRef) {
    super(), this.targetOccurrence = targetOccurrence, this.targetProdType = targetProdType, this.targetRef = targetRef, this.result = [];
  }
  checkIsTarget(node, expectedProdName) {
    node.idx === this.targetOccurrence && this.targetProdType === expectedProdName && (this.targetRef === void 0 || node === this.targetRef) && (this.result = node.definition);
  }
  visitOption(node) {
    this.checkIsTarget(node, PROD_TYPE.OPTION);
  }
  visitRepetition(node) {
    this.checkIsTarget(node, PROD_TYPE.REPETITION);
  }
  visitRepetitionMandatory(node) {
    this.checkIsTarget(node, PROD_TYPE.REPETITION_MANDATORY);
  }
  visitRepetitionMandatoryWithSeparator(node) {
    this.checkIsTarget(node, PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR);
  }
  visitRepetitionWithSeparator(node) {
    this.checkIsTarget(node, PROD_TYPE.REPETITION_WITH_SEPARATOR);
  }
  visitAlternation(node) {
    this.checkIsTarget(node, PROD_TYPE.ALTERNATION);
  }
};
function initializeArrayOfArrays(size) {
  let result = new Array(size);
  for (let i = 0; i < size; i++)
    result[i] = [];
  return result;
}
function pathToHashKeys(path) {
  let keys = [""];
  for (let i = 0; i < path.length; i++) {
    let tokType = path[i], longerKeys = [];
    for (let j = 0; j < keys.length; j++) {
      let currShorterKey = keys[j];
      longerKeys.push(currShorterKey + "_" + tokType.tokenTypeIdx);
      for (let t = 0; t < tokType.categoryMatches.length; t++) {
        let categoriesKeySuffix = "_" + tokType.categoryMatches[t];
        longerKeys.push(currShorterKey + categoriesKeySuffix);
      }
    }
    keys = longerKeys;
  }
  return keys;
}
function isUniquePrefixHash(altKnownPathsKeys, searchPathKeys, idx) {
  for (let currAltIdx = 0; currAltIdx < altKnownPathsKeys.length; currAltIdx++) {
    if (currAltIdx === idx)
      continue;
    let otherAltKnownPathsKeys = altKnownPathsKeys[currAltIdx];
    for (let searchIdx = 0; searchIdx < searchPathKeys.length; searchIdx++) {
      let searchKey = searchPathKeys[searchIdx];
      if (otherAltKnownPathsKeys[searchKey] === !0)
        return !1;
    }
  }
  return !0;
}
function lookAheadSequenceFromAlternatives(altsDefs, k) {
  let partialAlts = altsDefs.map((currAlt) => possiblePathsFrom([currAlt], 1)), finalResult = initializeArrayOfArrays(partialAlts.length), altsHashes = partialAlts.map((currAltPaths) => {
    let dict = {};
    return currAltPaths.forEach((item) => {
      pathToHashKeys(item.partialPath).forEach((currKey) => {
        dict[currKey] = !0;
      });
    }), dict;
  }), newData = partialAlts;
  for (let pathLength = 1; pathLength <= k; pathLength++) {
    let currDataset = newData;
    newData = initializeArrayOfArrays(currDataset.length);
    for (let altIdx = 0; altIdx < currDataset.length; altIdx++) {
      let currAltPathsAndSuffixes = currDataset[altIdx];
      for (let currPathIdx = 0; currPathIdx < currAltPathsAndSuffixes.length; currPathIdx++) {
        let currPathPrefix = currAltPathsAndSuffixes[currPathIdx].partialPath, suffixDef = currAltPathsAndSuffixes[currPathIdx].suffixDef, prefixKeys = pathToHashKeys(currPathPrefix);
        if (isUniquePrefixHash(altsHashes, prefixKeys, altIdx) || suffixDef.length === 0 || currPathPrefix.length === k) {
          let currAltResult = finalResult[altIdx];
          if (containsPath(currAltResult, currPathPrefix) === !1) {
            currAltResult.push(currPathPrefix);
            for (let j = 0; j < prefixKeys.length; j++) {
              let currKey = prefixKeys[j];
              altsHashes[altIdx][currKey] = !0;
            }
          }
        } else {
          let newPartialPathsAndSuffixes = possiblePathsFrom(suffixDef, pathLength + 1, currPathPrefix);
          newData[altIdx] = newData[altIdx].concat(newPartialPathsAndSuffixes), newPartialPathsAndSuffixes.forEach((item) => {
            pathToHashKeys(item.partialPath).forEach((key) => {
              altsHashes[altIdx][key] = !0;
            });
          });
        }
      }
    }
  }
  return finalResult;
}
function getLookaheadPathsForOr(occurrence, ruleGrammar2, k, orProd) {
  let visitor = new InsideDefinitionFinderVisitor(occurrence, PROD_TYPE.ALTERNATION, orProd);
  return ruleGrammar2.accept(visitor), lookAheadSequenceFromAlternatives(visitor.result, k);
}
function getLookaheadPathsForOptionalProd(occurrence, ruleGrammar2, prodType, k) {
  let insideDefVisitor = new InsideDefinitionFinderVisitor(occurrence, prodType);
  ruleGrammar2.accept(insideDefVisitor);
  let insideDef = insideDefVisitor.result, afterDef = new RestDefinitionFinderWalker(ruleGrammar2, occurrence, prodType).startWalking(), insideFlat = new Alternative({ definition: insideDef }), afterFlat = new Alternative({ definition: afterDef });
  return lookAheadSequenceFromAlternatives([insideFlat, afterFlat], k);
}
function containsPath(alternative, searchPath) {
  compareOtherPath: for (let i = 0; i < alternative.length; i++) {
    let otherPath = alternative[i];
    if (otherPath.length === searchPath.length) {
      for (let j = 0; j < otherPath.length; j++) {
        let searchTok = searchPath[j], otherTok = otherPath[j];
        if ((searchTok === otherTok || otherTok.categoryMatchesMap[searchTok.tokenTypeIdx] !== void 0) === !1)
          continue compareOtherPath;
      }
      return !0;
    }
  }
  return !1;
}
function isStrictPrefixOfPath(prefix, other) {
  return prefix.length < other.length && prefix.every((tokType, idx) => {
    let otherTokType = other[idx];
    return tokType === otherTokType || otherTokType.categoryMatchesMap[tokType.tokenTypeIdx];
  });
}
function areTokenCategoriesNotUsed(lookAheadPaths) {
  return lookAheadPaths.every((singleAltPaths) => singleAltPaths.every((singlePath) => singlePath.every((token) => token.categoryMatches.length === 0)));
}

// node_modules/chevrotain/lib/src/parse/grammar/checks.js
function validateLookahead(options) {
  return options.lookaheadStrategy.validate({
    rules: options.rules,
    tokenTypes: options.tokenTypes,
    grammarName: options.grammarName
  }).map((errorMessage) => Object.assign({ type: ParserDefinitionErrorType.CUSTOM_LOOKAHEAD_VALIDATION }, errorMessage));
}
function validateGrammar(topLevels, tokenTypes, errMsgProvider, grammarName) {
  let duplicateErrors = topLevels.flatMap((currTopLevel) => validateDuplicateProductions(currTopLevel, errMsgProvider)), termsNamespaceConflictErrors = checkTerminalAndNoneTerminalsNameSpace(topLevels, tokenTypes, errMsgProvider), tooManyAltsErrors = topLevels.flatMap((curRule) => validateTooManyAlts(curRule, errMsgProvider)), duplicateRulesError = topLevels.flatMap((curRule) => validateRuleDoesNotAlreadyExist(curRule, topLevels, grammarName, errMsgProvider));
  return duplicateErrors.concat(termsNamespaceConflictErrors, tooManyAltsErrors, duplicateRulesError);
}
function validateDuplicateProductions(topLevelRule, errMsgProvider) {
  let collectorVisitor2 = new OccurrenceValidationCollector();
  topLevelRule.accept(collectorVisitor2);
  let allRuleProductions = collectorVisitor2.allProductions, productionGroups = Object.groupBy(allRuleProductions, identifyProductionForDuplicates), duplicates = Object.fromEntries(Object.entries(productionGroups).filter(([_k, currGroup]) => currGroup.length > 1));
  return Object.values(duplicates).map((currDuplicates) => {
    let firstProd = currDuplicates[0], msg = errMsgProvider.buildDuplicateFoundError(topLevelRule, currDuplicates), dslName = getProductionDslName(firstProd), defError = {
      message: msg,
      type: ParserDefinitionErrorType.DUPLICATE_PRODUCTIONS,
      ruleName: topLevelRule.name,
      dslName,
      occurrence: firstProd.idx
    }, param = getExtraProductionArgument(firstProd);
    return param && (defError.parameter = param), defError;
  });
}
function identifyProductionForDuplicates(prod) {
  return `${getProductionDslName(prod)}_#_${prod.idx}_#_${getExtraProductionArgument(prod)}`;
}
function getExtraProductionArgument(prod) {
  return prod instanceof Terminal ? prod.terminalType.name : prod instanceof NonTerminal ? prod.nonTerminalName : "";
}
var OccurrenceValidationCollector = class extends GAstVisitor {
  constructor() {
    super(...arguments), this.allProductions = [];
  }
  visitNonTerminal(subrule) {
    this.allProductions.push(subrule);
  }
  visitOption(option) {
    this.allProductions.push(option);
  }
  visitRepetitionWithSeparator(manySep) {
    this.allProductions.push(manySep);
  }
  visitRepetitionMandatory(atLeastOne) {
    this.allProductions.push(atLeastOne);
  }
  visitRepetitionMandatoryWithSeparator(atLeastOneSep) {
    this.allProductions.push(atLeastOneSep);
  }
  visitRepetition(many) {
    this.allProductions.push(many);
  }
  visitAlternation(or) {
    this.allProductions.push(or);
  }
  visitTerminal(terminal) {
    this.allProductions.push(terminal);
  }
};
function validateRuleDoesNotAlreadyExist(rule, allRules, className, errMsgProvider) {
  let errors = [];
  if (allRules.reduce((result, curRule) => curRule.name === rule.name ? result + 1 : result, 0) > 1) {
    let errMsg = errMsgProvider.buildDuplicateRuleNameError({
      topLevelRule: rule,
      grammarName: className
    });
    errors.push({
      message: errMsg,
      type: ParserDefinitionErrorType.DUPLICATE_RULE_NAME,
      ruleName: rule.name
    });
  }
  return errors;
}
function validateRuleIsOverridden(ruleName, definedRulesNames, className) {
  let errors = [], errMsg;
  return definedRulesNames.includes(ruleName) || (errMsg = `Invalid rule override, rule: ->${ruleName}<- cannot be overridden in the grammar: ->${className}<-as it is not defined in any of the super grammars `, errors.push({
    message: errMsg,
    type: ParserDefinitionErrorType.INVALID_RULE_OVERRIDE,
    ruleName
  })), errors;
}
function validateNoLeftRecursion(topRule, currRule, errMsgProvider, path = []) {
  let errors = [], nextNonTerminals = getFirstNoneTerminal(currRule.definition);
  if (nextNonTerminals.length === 0)
    return [];
  {
    let ruleName = topRule.name;
    nextNonTerminals.includes(topRule) && errors.push({
      message: errMsgProvider.buildLeftRecursionError({
        topLevelRule: topRule,
        leftRecursionPath: path
      }),
      type: ParserDefinitionErrorType.LEFT_RECURSION,
      ruleName
    });
    let excluded = path.concat([topRule]), errorsFromNextSteps = nextNonTerminals.filter((x) => !excluded.includes(x)).flatMap((currRefRule) => {
      let newPath = [...path];
      return newPath.push(currRefRule), validateNoLeftRecursion(topRule, currRefRule, errMsgProvider, newPath);
    });
    return errors.concat(errorsFromNextSteps);
  }
}
function getFirstNoneTerminal(definition2) {
  let result = [];
  if (definition2.length === 0)
    return result;
  let firstProd = definition2[0];
  if (firstProd instanceof NonTerminal)
    result.push(firstProd.referencedRule);
  else if (firstProd instanceof Alternative || firstProd instanceof Option || firstProd instanceof RepetitionMandatory || firstProd instanceof RepetitionMandatoryWithSeparator || firstProd instanceof RepetitionWithSeparator || firstProd instanceof Repetition)
    result = result.concat(getFirstNoneTerminal(firstProd.definition));
  else if (firstProd instanceof Alternation)
    result = firstProd.definition.map((currSubDef) => getFirstNoneTerminal(currSubDef.definition)).flat();
  else if (!(firstProd instanceof Terminal))
    throw Error("non exhaustive match");
  let isFirstOptional = isOptionalProd(firstProd), hasMore = definition2.length > 1;
  if (isFirstOptional && hasMore) {
    let rest = definition2.slice(1);
    return result.concat(getFirstNoneTerminal(rest));
  } else
    return result;
}
var OrCollector = class extends GAstVisitor {
  constructor() {
    super(...arguments), this.alternations = [];
  }
  visitAlternation(node) {
    this.alternations.push(node);
  }
};
function validateEmptyOrAlternative(topLevelRule, errMsgProvider) {
  let orCollector = new OrCollector();
  return topLevelRule.accept(orCollector), orCollector.alternations.flatMap((currOr) => currOr.definition.slice(0, -1).flatMap((currAlternative, currAltIdx) => nextPossibleTokensAfter([currAlternative], [], tokenStructuredMatcher, 1).length === 0 ? [
    {
      message: errMsgProvider.buildEmptyAlternationError({
        topLevelRule,
        alternation: currOr,
        emptyChoiceIdx: currAltIdx
      }),
      type: ParserDefinitionErrorType.NONE_LAST_EMPTY_ALT,
      ruleName: topLevelRule.name,
      occurrence: currOr.idx,
      alternative: currAltIdx + 1
    }
  ] : []));
}
function validateAmbiguousAlternationAlternatives(topLevelRule, globalMaxLookahead, errMsgProvider) {
  let orCollector = new OrCollector();
  topLevelRule.accept(orCollector);
  let ors = orCollector.alternations;
  return ors = ors.filter((currOr) => currOr.ignoreAmbiguities !== !0), ors.flatMap((currOr) => {
    let currOccurrence = currOr.idx, actualMaxLookahead = currOr.maxLookahead || globalMaxLookahead, alternatives = getLookaheadPathsForOr(currOccurrence, topLevelRule, actualMaxLookahead, currOr), altsAmbiguityErrors = checkAlternativesAmbiguities(alternatives, currOr, topLevelRule, errMsgProvider), altsPrefixAmbiguityErrors = checkPrefixAlternativesAmbiguities(alternatives, currOr, topLevelRule, errMsgProvider);
    return altsAmbiguityErrors.concat(altsPrefixAmbiguityErrors);
  });
}
var RepetitionCollector = class extends GAstVisitor {
  constructor() {
    super(...arguments), this.allProductions = [];
  }
  visitRepetitionWithSeparator(manySep) {
    this.allProductions.push(manySep);
  }
  visitRepetitionMandatory(atLeastOne) {
    this.allProductions.push(atLeastOne);
  }
  visitRepetitionMandatoryWithSeparator(atLeastOneSep) {
    this.allProductions.push(atLeastOneSep);
  }
  visitRepetition(many) {
    this.allProductions.push(many);
  }
};
function validateTooManyAlts(topLevelRule, errMsgProvider) {
  let orCollector = new OrCollector();
  return topLevelRule.accept(orCollector), orCollector.alternations.flatMap((currOr) => currOr.definition.length > 255 ? [
    {
      message: errMsgProvider.buildTooManyAlternativesError({
        topLevelRule,
        alternation: currOr
      }),
      type: ParserDefinitionErrorType.TOO_MANY_ALTS,
      ruleName: topLevelRule.name,
      occurrence: currOr.idx
    }
  ] : []);
}
function validateSomeNonEmptyLookaheadPath(topLevelRules, maxLookahead, errMsgProvider) {
  let errors = [];
  return topLevelRules.forEach((currTopRule) => {
    let collectorVisitor2 = new RepetitionCollector();
    currTopRule.accept(collectorVisitor2), collectorVisitor2.allProductions.forEach((currProd) => {
      let prodType = getProdType(currProd), actualMaxLookahead = currProd.maxLookahead || maxLookahead, currOccurrence = currProd.idx;
      if (getLookaheadPathsForOptionalProd(currOccurrence, currTopRule, prodType, actualMaxLookahead)[0].flat().length === 0) {
        let errMsg = errMsgProvider.buildEmptyRepetitionError({
          topLevelRule: currTopRule,
          repetition: currProd
        });
        errors.push({
          message: errMsg,
          type: ParserDefinitionErrorType.NO_NON_EMPTY_LOOKAHEAD,
          ruleName: currTopRule.name
        });
      }
    });
  }), errors;
}
function checkAlternativesAmbiguities(alternatives, alternation, rule, errMsgProvider) {
  let foundAmbiguousPaths = [];
  return alternatives.reduce((result, currAlt, currAltIdx) => (alternation.definition[currAltIdx].ignoreAmbiguities === !0 || currAlt.forEach((currPath) => {
    let altsCurrPathAppearsIn = [currAltIdx];
    alternatives.forEach((currOtherAlt, currOtherAltIdx) => {
      currAltIdx !== currOtherAltIdx && containsPath(currOtherAlt, currPath) && // ignore (skip) ambiguities with this "other" alternative
      alternation.definition[currOtherAltIdx].ignoreAmbiguities !== !0 && altsCurrPathAppearsIn.push(currOtherAltIdx);
    }), altsCurrPathAppearsIn.length > 1 && !containsPath(foundAmbiguousPaths, currPath) && (foundAmbiguousPaths.push(currPath), result.push({
      alts: altsCurrPathAppearsIn,
      path: currPath
    }));
  }), result), []).map((currAmbDescriptor) => {
    let ambgIndices = currAmbDescriptor.alts.map((currAltIdx) => currAltIdx + 1);
    return {
      message: errMsgProvider.buildAlternationAmbiguityError({
        topLevelRule: rule,
        alternation,
        ambiguityIndices: ambgIndices,
        prefixPath: currAmbDescriptor.path
      }),
      type: ParserDefinitionErrorType.AMBIGUOUS_ALTS,
      ruleName: rule.name,
      occurrence: alternation.idx,
      alternatives: currAmbDescriptor.alts
    };
  });
}
function checkPrefixAlternativesAmbiguities(alternatives, alternation, rule, errMsgProvider) {
  let pathsAndIndices = alternatives.reduce((result, currAlt, idx) => {
    let currPathsAndIdx = currAlt.map((currPath) => ({ idx, path: currPath }));
    return result.concat(currPathsAndIdx);
  }, []);
  return pathsAndIndices.flatMap((currPathAndIdx) => {
    if (alternation.definition[currPathAndIdx.idx].ignoreAmbiguities === !0)
      return [];
    let targetIdx = currPathAndIdx.idx, targetPath = currPathAndIdx.path;
    return pathsAndIndices.filter((searchPathAndIdx) => (
      // ignore (skip) ambiguities with this "other" alternative
      alternation.definition[searchPathAndIdx.idx].ignoreAmbiguities !== !0 && searchPathAndIdx.idx < targetIdx && // checking for strict prefix because identical lookaheads
      // will be be detected using a different validation.
      isStrictPrefixOfPath(searchPathAndIdx.path, targetPath)
    )).map((currAmbPathAndIdx) => {
      let ambgIndices = [currAmbPathAndIdx.idx + 1, targetIdx + 1], occurrence = alternation.idx === 0 ? "" : alternation.idx;
      return {
        message: errMsgProvider.buildAlternationPrefixAmbiguityError({
          topLevelRule: rule,
          alternation,
          ambiguityIndices: ambgIndices,
          prefixPath: currAmbPathAndIdx.path
        }),
        type: ParserDefinitionErrorType.AMBIGUOUS_PREFIX_ALTS,
        ruleName: rule.name,
        occurrence,
        alternatives: ambgIndices
      };
    });
  });
}
function checkTerminalAndNoneTerminalsNameSpace(topLevels, tokenTypes, errMsgProvider) {
  let errors = [], tokenNames = tokenTypes.map((currToken) => currToken.name);
  return topLevels.forEach((currRule) => {
    let currRuleName = currRule.name;
    if (tokenNames.includes(currRuleName)) {
      let errMsg = errMsgProvider.buildNamespaceConflictError(currRule);
      errors.push({
        message: errMsg,
        type: ParserDefinitionErrorType.CONFLICT_TOKENS_RULES_NAMESPACE,
        ruleName: currRuleName
      });
    }
  }), errors;
}

// node_modules/chevrotain/lib/src/parse/grammar/gast/gast_resolver_public.js
function resolveGrammar2(options) {
  let actualOptions = Object.assign({ errMsgProvider: defaultGrammarResolverErrorProvider }, options), topRulesTable = {};
  return options.rules.forEach((rule) => {
    topRulesTable[rule.name] = rule;
  }), resolveGrammar(topRulesTable, actualOptions.errMsgProvider);
}
function validateGrammar2(options) {
  var _a;
  let errMsgProvider = (_a = options.errMsgProvider) !== null && _a !== void 0 ? _a : defaultGrammarValidatorErrorProvider;
  return validateGrammar(options.rules, options.tokenTypes, errMsgProvider, options.grammarName);
}

// node_modules/chevrotain/lib/src/parse/exceptions_public.js
var MISMATCHED_TOKEN_EXCEPTION = "MismatchedTokenException", NO_VIABLE_ALT_EXCEPTION = "NoViableAltException", EARLY_EXIT_EXCEPTION = "EarlyExitException", NOT_ALL_INPUT_PARSED_EXCEPTION = "NotAllInputParsedException", RECOGNITION_EXCEPTION_NAMES = [
  MISMATCHED_TOKEN_EXCEPTION,
  NO_VIABLE_ALT_EXCEPTION,
  EARLY_EXIT_EXCEPTION,
  NOT_ALL_INPUT_PARSED_EXCEPTION
];
Object.freeze(RECOGNITION_EXCEPTION_NAMES);
function isRecognitionException(error) {
  return RECOGNITION_EXCEPTION_NAMES.includes(error.name);
}
var RecognitionException = class extends Error {
  constructor(message, token) {
    super(message), this.token = token, this.resyncedTokens = [], Object.setPrototypeOf(this, new.target.prototype), Error.captureStackTrace && Error.captureStackTrace(this, this.constructor);
  }
}, MismatchedTokenException = class extends RecognitionException {
  constructor(message, token, previousToken) {
    super(message, token), this.previousToken = previousToken, this.name = MISMATCHED_TOKEN_EXCEPTION;
  }
}, NoViableAltException = class extends RecognitionException {
  constructor(message, token, previousToken) {
    super(message, token), this.previousToken = previousToken, this.name = NO_VIABLE_ALT_EXCEPTION;
  }
}, NotAllInputParsedException = class extends RecognitionException {
  constructor(message, token) {
    super(message, token), this.name = NOT_ALL_INPUT_PARSED_EXCEPTION;
  }
}, EarlyExitException = class extends RecognitionException {
  constructor(message, token, previousToken) {
    super(message, token), this.previousToken = previousToken, this.name = EARLY_EXIT_EXCEPTION;
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/recoverable.js
var EOF_FOLLOW_KEY = {}, IN_RULE_RECOVERY_EXCEPTION = "InRuleRecoveryException", InRuleRecoveryException = class extends Error {
  constructor(message) {
    super(message), this.name = IN_RULE_RECOVERY_EXCEPTION;
  }
}, Recoverable = class {
  initRecoverable(config) {
    this.firstAfterRepMap = {}, this.resyncFollows = {}, this.recoveryEnabled = Object.hasOwn(config, "recoveryEnabled") ? config.recoveryEnabled : DEFAULT_PARSER_CONFIG.recoveryEnabled, this.recoveryEnabled && (this.attemptInRepetitionRecovery = attemptInRepetitionRecovery);
  }
  getTokenToInsert(tokType) {
    let tokToInsert = createTokenInstance(tokType, "", NaN, NaN, NaN, NaN, NaN, NaN);
    return tokToInsert.isInsertedInRecovery = !0, tokToInsert;
  }
  canTokenTypeBeInsertedInRecovery(tokType) {
    return !0;
  }
  canTokenTypeBeDeletedInRecovery(tokType) {
    return !0;
  }
  tryInRepetitionRecovery(grammarRule, grammarRuleArgs, lookAheadFunc, expectedTokType) {
    let reSyncTokType = this.findReSyncTokenType(), savedLexerState = this.exportLexerState(), resyncedTokens = [], passedResyncPoint = !1, nextTokenWithoutResync = this.LA_FAST(1), currToken = this.LA_FAST(1), generateErrorMessage = () => {
      let previousToken = this.LA(0), msg = this.errorMessageProvider.buildMismatchTokenMessage({
        expected: expectedTokType,
        actual: nextTokenWithoutResync,
        previous: previousToken,
        ruleName: this.getCurrRuleFullName()
      }), error = new MismatchedTokenException(msg, nextTokenWithoutResync, this.LA(0));
      error.resyncedTokens = resyncedTokens.slice(0, -1), this.SAVE_ERROR(error);
    };
    for (; !passedResyncPoint; )
      if (this.tokenMatcher(currToken, expectedTokType)) {
        generateErrorMessage();
        return;
      } else if (lookAheadFunc.call(this)) {
        generateErrorMessage(), grammarRule.apply(this, grammarRuleArgs);
        return;
      } else this.tokenMatcher(currToken, reSyncTokType) ? passedResyncPoint = !0 : (currToken = this.SKIP_TOKEN(), this.addToResyncTokens(currToken, resyncedTokens));
    this.importLexerState(savedLexerState);
  }
  shouldInRepetitionRecoveryBeTried(expectTokAfterLastMatch, nextTokIdx, notStuck) {
    return !(notStuck === !1 || this.tokenMatcher(this.LA_FAST(1), expectTokAfterLastMatch) || this.isBackTracking() || this.canPerformInRuleRecovery(expectTokAfterLastMatch, this.getFollowsForInRuleRecovery(expectTokAfterLastMatch, nextTokIdx)));
  }
  // TODO: should this be a member method or a utility? it does not have any state or usage of 'this'...
  // TODO: should this be more explicitly part of the public API?
  getNextPossibleTokenTypes(grammarPath) {
    let topRuleName = grammarPath.ruleStack[0], topProduction = this.getGAstProductions()[topRuleName];
    return new NextAfterTokenWalker(topProduction, grammarPath).startWalking();
  }
  // Error Recovery functionality
  getFollowsForInRuleRecovery(tokType, tokIdxInRule) {
    let grammarPath = this.getCurrentGrammarPath(tokType, tokIdxInRule);
    return this.getNextPossibleTokenTypes(grammarPath);
  }
  tryInRuleRecovery(expectedTokType, follows) {
    if (this.canRecoverWithSingleTokenInsertion(expectedTokType, follows))
      return this.getTokenToInsert(expectedTokType);
    if (this.canRecoverWithSingleTokenDeletion(expectedTokType)) {
      let nextTok = this.SKIP_TOKEN();
      return this.consumeToken(), nextTok;
    }
    throw new InRuleRecoveryException("sad sad panda");
  }
  canPerformInRuleRecovery(expectedToken, follows) {
    return this.canRecoverWithSingleTokenInsertion(expectedToken, follows) || this.canRecoverWithSingleTokenDeletion(expectedToken);
  }
  canRecoverWithSingleTokenInsertion(expectedTokType, follows) {
    if (!this.canTokenTypeBeInsertedInRecovery(expectedTokType) || follows.length === 0)
      return !1;
    let mismatchedTok = this.LA_FAST(1);
    return follows.find((possibleFollowsTokType) => this.tokenMatcher(mismatchedTok, possibleFollowsTokType)) !== void 0;
  }
  canRecoverWithSingleTokenDeletion(expectedTokType) {
    return this.canTokenTypeBeDeletedInRecovery(expectedTokType) ? this.tokenMatcher(
      // not using LA_FAST because LA(2) might be un-safe with maxLookahead=1
      // in some edge cases (?)
      this.LA(2),
      expectedTokType
    ) : !1;
  }
  isInCurrentRuleReSyncSet(tokenTypeIdx) {
    let followKey = this.getCurrFollowKey();
    return this.getFollowSetFromFollowKey(followKey).includes(tokenTypeIdx);
  }
  findReSyncTokenType() {
    let allPossibleReSyncTokTypes = this.flattenFollowSet(), nextToken = this.LA_FAST(1), k = 2;
    for (; ; ) {
      let foundMatch = allPossibleReSyncTokTypes.find((resyncTokType) => tokenMatcher(nextToken, resyncTokType));
      if (foundMatch !== void 0)
        return foundMatch;
      nextToken = this.LA(k), k++;
    }
  }
  getCurrFollowKey() {
    if (this.RULE_STACK_IDX === 0)
      return EOF_FOLLOW_KEY;
    let currRuleShortName = this.currRuleShortName, currRuleIdx = this.getLastExplicitRuleOccurrenceIndex(), prevRuleShortName = this.getPreviousExplicitRuleShortName();
    return {
      ruleName: this.shortRuleNameToFullName(currRuleShortName),
      idxInCallingRule: currRuleIdx,
      inRule: this.shortRuleNameToFullName(prevRuleShortName)
    };
  }
  buildFullFollowKeyStack() {
    let explicitRuleStack = this.RULE_STACK, explicitOccurrenceStack = this.RULE_OCCURRENCE_STACK, len = this.RULE_STACK_IDX + 1, result = new Array(len);
    for (let idx = 0; idx < len; idx++)
      idx === 0 ? result[idx] = EOF_FOLLOW_KEY : result[idx] = {
        ruleName: this.shortRuleNameToFullName(explicitRuleStack[idx]),
        idxInCallingRule: explicitOccurrenceStack[idx],
        inRule: this.shortRuleNameToFullName(explicitRuleStack[idx - 1])
      };
    return result;
  }
  flattenFollowSet() {
    return this.buildFullFollowKeyStack().map((currKey) => this.getFollowSetFromFollowKey(currKey)).flat();
  }
  getFollowSetFromFollowKey(followKey) {
    if (followKey === EOF_FOLLOW_KEY)
      return [EOF];
    let followName = followKey.ruleName + followKey.idxInCallingRule + IN + followKey.inRule;
    return this.resyncFollows[followName];
  }
  // It does not make any sense to include a virtual EOF token in the list of resynced tokens
  // as EOF does not really exist and thus does not contain any useful information (line/column numbers)
  addToResyncTokens(token, resyncTokens) {
    return this.tokenMatcher(token, EOF) || resyncTokens.push(token), resyncTokens;
  }
  reSyncTo(tokType) {
    let resyncedTokens = [], nextTok = this.LA_FAST(1);
    for (; this.tokenMatcher(nextTok, tokType) === !1; )
      nextTok = this.SKIP_TOKEN(), this.addToResyncTokens(nextTok, resyncedTokens);
    return resyncedTokens.slice(0, -1);
  }
  attemptInRepetitionRecovery(prodFunc, args, lookaheadFunc, dslMethodIdx, prodOccurrence, nextToksWalker, notStuck) {
  }
  getCurrentGrammarPath(tokType, tokIdxInRule) {
    let pathRuleStack = this.getHumanReadableRuleStack(), pathOccurrenceStack = this.RULE_OCCURRENCE_STACK.slice(0, this.RULE_OCCURRENCE_STACK_IDX + 1);
    return {
      ruleStack: pathRuleStack,
      occurrenceStack: pathOccurrenceStack,
      lastTok: tokType,
      lastTokOccurrence: tokIdxInRule
    };
  }
  getHumanReadableRuleStack() {
    let len = this.RULE_STACK_IDX + 1, result = new Array(len);
    for (let i = 0; i < len; i++)
      result[i] = this.shortRuleNameToFullName(this.RULE_STACK[i]);
    return result;
  }
};
function attemptInRepetitionRecovery(prodFunc, args, lookaheadFunc, dslMethodIdx, prodOccurrence, nextToksWalker, notStuck) {
  let key = this.getKeyForAutomaticLookahead(dslMethodIdx, prodOccurrence), firstAfterRepInfo = this.firstAfterRepMap[key];
  if (firstAfterRepInfo === void 0) {
    let currRuleName = this.getCurrRuleFullName(), ruleGrammar2 = this.getGAstProductions()[currRuleName];
    firstAfterRepInfo = new nextToksWalker(ruleGrammar2, prodOccurrence).startWalking(), this.firstAfterRepMap[key] = firstAfterRepInfo;
  }
  let expectTokAfterLastMatch = firstAfterRepInfo.token, nextTokIdx = firstAfterRepInfo.occurrence, isEndOfRule = firstAfterRepInfo.isEndOfRule;
  this.RULE_STACK_IDX === 0 && isEndOfRule && expectTokAfterLastMatch === void 0 && (expectTokAfterLastMatch = EOF, nextTokIdx = 1), !(expectTokAfterLastMatch === void 0 || nextTokIdx === void 0) && this.shouldInRepetitionRecoveryBeTried(expectTokAfterLastMatch, nextTokIdx, notStuck) && this.tryInRepetitionRecovery(prodFunc, args, lookaheadFunc, expectTokAfterLastMatch);
}

// node_modules/chevrotain/lib/src/parse/grammar/keys.js
function getKeyForAutomaticLookahead(ruleIdx, dslMethodIdx, occurrence) {
  return occurrence | dslMethodIdx | ruleIdx;
}

// node_modules/chevrotain/lib/src/parse/grammar/llk_lookahead.js
var LLkLookaheadStrategy = class {
  constructor(options) {
    var _a;
    this.maxLookahead = (_a = options?.maxLookahead) !== null && _a !== void 0 ? _a : DEFAULT_PARSER_CONFIG.maxLookahead;
  }
  validate(options) {
    let leftRecursionErrors = this.validateNoLeftRecursion(options.rules);
    if (leftRecursionErrors.length === 0) {
      let emptyAltErrors = this.validateEmptyOrAlternatives(options.rules), ambiguousAltsErrors = this.validateAmbiguousAlternationAlternatives(options.rules, this.maxLookahead), emptyRepetitionErrors = this.validateSomeNonEmptyLookaheadPath(options.rules, this.maxLookahead);
      return [
        ...leftRecursionErrors,
        ...emptyAltErrors,
        ...ambiguousAltsErrors,
        ...emptyRepetitionErrors
      ];
    }
    return leftRecursionErrors;
  }
  validateNoLeftRecursion(rules2) {
    return rules2.flatMap((currTopRule) => validateNoLeftRecursion(currTopRule, currTopRule, defaultGrammarValidatorErrorProvider));
  }
  validateEmptyOrAlternatives(rules2) {
    return rules2.flatMap((currTopRule) => validateEmptyOrAlternative(currTopRule, defaultGrammarValidatorErrorProvider));
  }
  validateAmbiguousAlternationAlternatives(rules2, maxLookahead) {
    return rules2.flatMap((currTopRule) => validateAmbiguousAlternationAlternatives(currTopRule, maxLookahead, defaultGrammarValidatorErrorProvider));
  }
  validateSomeNonEmptyLookaheadPath(rules2, maxLookahead) {
    return validateSomeNonEmptyLookaheadPath(rules2, maxLookahead, defaultGrammarValidatorErrorProvider);
  }
  buildLookaheadForAlternation(options) {
    return buildLookaheadFuncForOr(options.prodOccurrence, options.rule, options.maxLookahead, options.hasPredicates, options.dynamicTokensEnabled, buildAlternativesLookAheadFunc);
  }
  buildLookaheadForOptional(options) {
    return buildLookaheadFuncForOptionalProd(options.prodOccurrence, options.rule, options.maxLookahead, options.dynamicTokensEnabled, getProdType(options.prodType), buildSingleAlternativeLookaheadFunction);
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/looksahead.js
var LooksAhead = class {
  initLooksAhead(config) {
    this.dynamicTokensEnabled = Object.hasOwn(config, "dynamicTokensEnabled") ? config.dynamicTokensEnabled : DEFAULT_PARSER_CONFIG.dynamicTokensEnabled, this.maxLookahead = Object.hasOwn(config, "maxLookahead") ? config.maxLookahead : DEFAULT_PARSER_CONFIG.maxLookahead, this.lookaheadStrategy = Object.hasOwn(config, "lookaheadStrategy") ? config.lookaheadStrategy : new LLkLookaheadStrategy({ maxLookahead: this.maxLookahead }), this.lookAheadFuncsCache = /* @__PURE__ */ new Map();
  }
  preComputeLookaheadFunctions(rules2) {
    rules2.forEach((currRule) => {
      this.TRACE_INIT(`${currRule.name} Rule Lookahead`, () => {
        let { alternation, repetition, option, repetitionMandatory, repetitionMandatoryWithSeparator, repetitionWithSeparator } = collectMethods(currRule);
        alternation.forEach((currProd) => {
          let prodIdx = currProd.idx === 0 ? "" : currProd.idx;
          this.TRACE_INIT(`${getProductionDslName(currProd)}${prodIdx}`, () => {
            let laFunc = this.lookaheadStrategy.buildLookaheadForAlternation({
              prodOccurrence: currProd.idx,
              rule: currRule,
              maxLookahead: currProd.maxLookahead || this.maxLookahead,
              hasPredicates: currProd.hasPredicates,
              dynamicTokensEnabled: this.dynamicTokensEnabled
            }), key = getKeyForAutomaticLookahead(this.fullRuleNameToShort[currRule.name], 256, currProd.idx);
            this.setLaFuncCache(key, laFunc);
          });
        }), repetition.forEach((currProd) => {
          this.computeLookaheadFunc(currRule, currProd.idx, 768, "Repetition", currProd.maxLookahead, getProductionDslName(currProd));
        }), option.forEach((currProd) => {
          this.computeLookaheadFunc(currRule, currProd.idx, 512, "Option", currProd.maxLookahead, getProductionDslName(currProd));
        }), repetitionMandatory.forEach((currProd) => {
          this.computeLookaheadFunc(currRule, currProd.idx, 1024, "RepetitionMandatory", currProd.maxLookahead, getProductionDslName(currProd));
        }), repetitionMandatoryWithSeparator.forEach((currProd) => {
          this.computeLookaheadFunc(currRule, currProd.idx, 1536, "RepetitionMandatoryWithSeparator", currProd.maxLookahead, getProductionDslName(currProd));
        }), repetitionWithSeparator.forEach((currProd) => {
          this.computeLookaheadFunc(currRule, currProd.idx, 1280, "RepetitionWithSeparator", currProd.maxLookahead, getProductionDslName(currProd));
        });
      });
    });
  }
  computeLookaheadFunc(rule, prodOccurrence, prodKey, prodType, prodMaxLookahead, dslMethodName) {
    this.TRACE_INIT(`${dslMethodName}${prodOccurrence === 0 ? "" : prodOccurrence}`, () => {
      let laFunc = this.lookaheadStrategy.buildLookaheadForOptional({
        prodOccurrence,
        rule,
        maxLookahead: prodMaxLookahead || this.maxLookahead,
        dynamicTokensEnabled: this.dynamicTokensEnabled,
        prodType
      }), key = getKeyForAutomaticLookahead(this.fullRuleNameToShort[rule.name], prodKey, prodOccurrence);
      this.setLaFuncCache(key, laFunc);
    });
  }
  // this actually returns a number, but it is always used as a string (object prop key)
  getKeyForAutomaticLookahead(dslMethodIdx, occurrence) {
    return getKeyForAutomaticLookahead(this.currRuleShortName, dslMethodIdx, occurrence);
  }
  getLaFuncFromCache(key) {
    return this.lookAheadFuncsCache.get(key);
  }
  /* istanbul ignore next */
  setLaFuncCache(key, value) {
    this.lookAheadFuncsCache.set(key, value);
  }
}, DslMethodsCollectorVisitor = class extends GAstVisitor {
  constructor() {
    super(...arguments), this.dslMethods = {
      option: [],
      alternation: [],
      repetition: [],
      repetitionWithSeparator: [],
      repetitionMandatory: [],
      repetitionMandatoryWithSeparator: []
    };
  }
  reset() {
    this.dslMethods = {
      option: [],
      alternation: [],
      repetition: [],
      repetitionWithSeparator: [],
      repetitionMandatory: [],
      repetitionMandatoryWithSeparator: []
    };
  }
  visitOption(option) {
    this.dslMethods.option.push(option);
  }
  visitRepetitionWithSeparator(manySep) {
    this.dslMethods.repetitionWithSeparator.push(manySep);
  }
  visitRepetitionMandatory(atLeastOne) {
    this.dslMethods.repetitionMandatory.push(atLeastOne);
  }
  visitRepetitionMandatoryWithSeparator(atLeastOneSep) {
    this.dslMethods.repetitionMandatoryWithSeparator.push(atLeastOneSep);
  }
  visitRepetition(many) {
    this.dslMethods.repetition.push(many);
  }
  visitAlternation(or) {
    this.dslMethods.alternation.push(or);
  }
}, collectorVisitor = new DslMethodsCollectorVisitor();
function collectMethods(rule) {
  collectorVisitor.reset(), rule.accept(collectorVisitor);
  let dslMethods = collectorVisitor.dslMethods;
  return collectorVisitor.reset(), dslMethods;
}

// node_modules/chevrotain/lib/src/parse/cst/cst.js
function setNodeLocationOnlyOffset(currNodeLocation, newLocationInfo) {
  isNaN(currNodeLocation.startOffset) === !0 ? (currNodeLocation.startOffset = newLocationInfo.startOffset, currNodeLocation.endOffset = newLocationInfo.endOffset) : currNodeLocation.endOffset < newLocationInfo.endOffset && (currNodeLocation.endOffset = newLocationInfo.endOffset);
}
function setNodeLocationFull(currNodeLocation, newLocationInfo) {
  isNaN(currNodeLocation.startOffset) === !0 ? (currNodeLocation.startOffset = newLocationInfo.startOffset, currNodeLocation.startColumn = newLocationInfo.startColumn, currNodeLocation.startLine = newLocationInfo.startLine, currNodeLocation.endOffset = newLocationInfo.endOffset, currNodeLocation.endColumn = newLocationInfo.endColumn, currNodeLocation.endLine = newLocationInfo.endLine) : currNodeLocation.endOffset < newLocationInfo.endOffset && (currNodeLocation.endOffset = newLocationInfo.endOffset, currNodeLocation.endColumn = newLocationInfo.endColumn, currNodeLocation.endLine = newLocationInfo.endLine);
}
function addTerminalToCst(node, token, tokenTypeName) {
  node.children[tokenTypeName] === void 0 ? node.children[tokenTypeName] = [token] : node.children[tokenTypeName].push(token);
}
function addNoneTerminalToCst(node, ruleName, ruleResult) {
  node.children[ruleName] === void 0 ? node.children[ruleName] = [ruleResult] : node.children[ruleName].push(ruleResult);
}

// node_modules/chevrotain/lib/src/lang/lang_extensions.js
var NAME = "name";
function defineNameProp(obj, nameValue) {
  Object.defineProperty(obj, NAME, {
    enumerable: !1,
    configurable: !0,
    writable: !1,
    value: nameValue
  });
}

// node_modules/chevrotain/lib/src/parse/cst/cst_visitor.js
function defaultVisit(ctx, param) {
  let childrenNames = Object.keys(ctx), childrenNamesLength = childrenNames.length;
  for (let i = 0; i < childrenNamesLength; i++) {
    let currChildName = childrenNames[i], currChildArray = ctx[currChildName], currChildArrayLength = currChildArray.length;
    for (let j = 0; j < currChildArrayLength; j++) {
      let currChild = currChildArray[j];
      currChild.tokenTypeIdx === void 0 && this[currChild.name](currChild.children, param);
    }
  }
}
function createBaseSemanticVisitorConstructor(grammarName, ruleNames) {
  let derivedConstructor = function() {
  };
  defineNameProp(derivedConstructor, grammarName + "BaseSemantics");
  let semanticProto = {
    visit: function(cstNode, param) {
      if (Array.isArray(cstNode) && (cstNode = cstNode[0]), cstNode !== void 0)
        return this[cstNode.name](cstNode.children, param);
    },
    validateVisitor: function() {
      let semanticDefinitionErrors = validateVisitor(this, ruleNames);
      if (semanticDefinitionErrors.length !== 0) {
        let errorMessages = semanticDefinitionErrors.map((currDefError) => currDefError.msg);
        throw Error(`Errors Detected in CST Visitor <${this.constructor.name}>:
	${errorMessages.join(`

`).replace(/\n/g, `
	`)}`);
      }
    }
  };
  return derivedConstructor.prototype = semanticProto, derivedConstructor.prototype.constructor = derivedConstructor, derivedConstructor._RULE_NAMES = ruleNames, derivedConstructor;
}
function createBaseVisitorConstructorWithDefaults(grammarName, ruleNames, baseConstructor) {
  let derivedConstructor = function() {
  };
  defineNameProp(derivedConstructor, grammarName + "BaseSemanticsWithDefaults");
  let withDefaultsProto = Object.create(baseConstructor.prototype);
  return ruleNames.forEach((ruleName) => {
    withDefaultsProto[ruleName] = defaultVisit;
  }), derivedConstructor.prototype = withDefaultsProto, derivedConstructor.prototype.constructor = derivedConstructor, derivedConstructor;
}
var CstVisitorDefinitionError;
(function(CstVisitorDefinitionError2) {
  CstVisitorDefinitionError2[CstVisitorDefinitionError2.REDUNDANT_METHOD = 0] = "REDUNDANT_METHOD", CstVisitorDefinitionError2[CstVisitorDefinitionError2.MISSING_METHOD = 1] = "MISSING_METHOD";
})(CstVisitorDefinitionError || (CstVisitorDefinitionError = {}));
function validateVisitor(visitorInstance, ruleNames) {
  return validateMissingCstMethods(visitorInstance, ruleNames);
}
function validateMissingCstMethods(visitorInstance, ruleNames) {
  return ruleNames.filter((currRuleName) => typeof visitorInstance[currRuleName] != "function").map((currRuleName) => ({
    msg: `Missing visitor method: <${currRuleName}> on ${visitorInstance.constructor.name} CST Visitor.`,
    type: CstVisitorDefinitionError.MISSING_METHOD,
    methodName: currRuleName
  })).filter(Boolean);
}

// node_modules/chevrotain/lib/src/parse/parser/traits/tree_builder.js
var TreeBuilder = class {
  initTreeBuilder(config) {
    if (this.CST_STACK = [], this.outputCst = config.outputCst, this.nodeLocationTracking = Object.hasOwn(config, "nodeLocationTracking") ? config.nodeLocationTracking : DEFAULT_PARSER_CONFIG.nodeLocationTracking, !this.outputCst)
      this.cstInvocationStateUpdate = () => {
      }, this.cstFinallyStateUpdate = () => {
      }, this.cstPostTerminal = () => {
      }, this.cstPostNonTerminal = () => {
      }, this.cstPostRule = () => {
      };
    else if (/full/i.test(this.nodeLocationTracking))
      this.recoveryEnabled ? (this.setNodeLocationFromToken = setNodeLocationFull, this.setNodeLocationFromNode = setNodeLocationFull, this.cstPostRule = () => {
      }, this.setInitialNodeLocation = this.setInitialNodeLocationFullRecovery) : (this.setNodeLocationFromToken = () => {
      }, this.setNodeLocationFromNode = () => {
      }, this.cstPostRule = this.cstPostRuleFull, this.setInitialNodeLocation = this.setInitialNodeLocationFullRegular);
    else if (/onlyOffset/i.test(this.nodeLocationTracking))
      this.recoveryEnabled ? (this.setNodeLocationFromToken = setNodeLocationOnlyOffset, this.setNodeLocationFromNode = setNodeLocationOnlyOffset, this.cstPostRule = () => {
      }, this.setInitialNodeLocation = this.setInitialNodeLocationOnlyOffsetRecovery) : (this.setNodeLocationFromToken = () => {
      }, this.setNodeLocationFromNode = () => {
      }, this.cstPostRule = this.cstPostRuleOnlyOffset, this.setInitialNodeLocation = this.setInitialNodeLocationOnlyOffsetRegular);
    else if (/none/i.test(this.nodeLocationTracking))
      this.setNodeLocationFromToken = () => {
      }, this.setNodeLocationFromNode = () => {
      }, this.cstPostRule = () => {
      }, this.setInitialNodeLocation = () => {
      };
    else
      throw Error(`Invalid <nodeLocationTracking> config option: "${config.nodeLocationTracking}"`);
  }
  setInitialNodeLocationOnlyOffsetRecovery(cstNode) {
    cstNode.location = {
      startOffset: NaN,
      endOffset: NaN
    };
  }
  setInitialNodeLocationOnlyOffsetRegular(cstNode) {
    cstNode.location = {
      // without error recovery the starting Location of a new CstNode is guaranteed
      // To be the next Token's startOffset (for valid inputs).
      // For invalid inputs there won't be any CSTOutput so this potential
      // inaccuracy does not matter
      startOffset: this.LA_FAST(1).startOffset,
      endOffset: NaN
    };
  }
  setInitialNodeLocationFullRecovery(cstNode) {
    cstNode.location = {
      startOffset: NaN,
      startLine: NaN,
      startColumn: NaN,
      endOffset: NaN,
      endLine: NaN,
      endColumn: NaN
    };
  }
  /**
       *  @see setInitialNodeLocationOnlyOffsetRegular for explanation why this work
  
       * @param cstNode
       */
  setInitialNodeLocationFullRegular(cstNode) {
    let nextToken = this.LA_FAST(1);
    cstNode.location = {
      startOffset: nextToken.startOffset,
      startLine: nextToken.startLine,
      startColumn: nextToken.startColumn,
      endOffset: NaN,
      endLine: NaN,
      endColumn: NaN
    };
  }
  cstInvocationStateUpdate(fullRuleName) {
    let cstNode = {
      name: fullRuleName,
      children: /* @__PURE__ */ Object.create(null)
    };
    this.setInitialNodeLocation(cstNode), this.CST_STACK.push(cstNode);
  }
  cstFinallyStateUpdate() {
    this.CST_STACK.pop();
  }
  cstPostRuleFull(ruleCstNode) {
    let prevToken = this.LA(0), loc = ruleCstNode.location;
    loc.startOffset <= prevToken.startOffset ? (loc.endOffset = prevToken.endOffset, loc.endLine = prevToken.endLine, loc.endColumn = prevToken.endColumn) : (loc.startOffset = NaN, loc.startLine = NaN, loc.startColumn = NaN);
  }
  cstPostRuleOnlyOffset(ruleCstNode) {
    let prevToken = this.LA(0), loc = ruleCstNode.location;
    loc.startOffset <= prevToken.startOffset ? loc.endOffset = prevToken.endOffset : loc.startOffset = NaN;
  }
  cstPostTerminal(key, consumedToken) {
    let rootCst = this.CST_STACK[this.CST_STACK.length - 1];
    addTerminalToCst(rootCst, consumedToken, key), this.setNodeLocationFromToken(rootCst.location, consumedToken);
  }
  cstPostNonTerminal(ruleCstResult, ruleName) {
    let preCstNode = this.CST_STACK[this.CST_STACK.length - 1];
    addNoneTerminalToCst(preCstNode, ruleName, ruleCstResult), this.setNodeLocationFromNode(preCstNode.location, ruleCstResult.location);
  }
  getBaseCstVisitorConstructor() {
    if (this.baseCstVisitorConstructor === void 0) {
      let newBaseCstVisitorConstructor = createBaseSemanticVisitorConstructor(this.className, Object.keys(this.gastProductionsCache));
      return this.baseCstVisitorConstructor = newBaseCstVisitorConstructor, newBaseCstVisitorConstructor;
    }
    return this.baseCstVisitorConstructor;
  }
  getBaseCstVisitorConstructorWithDefaults() {
    if (this.baseCstVisitorWithDefaultsConstructor === void 0) {
      let newConstructor = createBaseVisitorConstructorWithDefaults(this.className, Object.keys(this.gastProductionsCache), this.getBaseCstVisitorConstructor());
      return this.baseCstVisitorWithDefaultsConstructor = newConstructor, newConstructor;
    }
    return this.baseCstVisitorWithDefaultsConstructor;
  }
  getPreviousExplicitRuleShortName() {
    return this.RULE_STACK[this.RULE_STACK_IDX - 1];
  }
  getLastExplicitRuleOccurrenceIndex() {
    return this.RULE_OCCURRENCE_STACK[this.RULE_OCCURRENCE_STACK_IDX];
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/lexer_adapter.js
var LexerAdapter = class {
  initLexerAdapter() {
    this.tokVector = [], this.tokVectorLength = 0, this.currIdx = -1;
  }
  set input(newInput) {
    if (this.selfAnalysisDone !== !0)
      throw Error("Missing <performSelfAnalysis> invocation at the end of the Parser's constructor.");
    this.reset(), this.tokVector = newInput, this.tokVectorLength = newInput.length;
  }
  get input() {
    return this.tokVector;
  }
  // skips a token and returns the next token
  SKIP_TOKEN() {
    return this.currIdx <= this.tokVectorLength - 2 ? (this.consumeToken(), this.LA_FAST(1)) : END_OF_FILE;
  }
  // Lexer (accessing Token vector) related methods which can be overridden to implement lazy lexers
  // or lexers dependent on parser context.
  // Performance Optimized version of LA without bound checks
  // note that token beyond the end of the token vector EOF Token will still be returned
  // due to using sentinels at the end of the token vector. (for K=max lookahead)
  LA_FAST(howMuch) {
    let soughtIdx = this.currIdx + howMuch;
    return this.tokVector[soughtIdx];
  }
  LA(howMuch) {
    let soughtIdx = this.currIdx + howMuch;
    return soughtIdx < 0 || this.tokVectorLength <= soughtIdx ? END_OF_FILE : this.tokVector[soughtIdx];
  }
  consumeToken() {
    this.currIdx++;
  }
  exportLexerState() {
    return this.currIdx;
  }
  importLexerState(newState) {
    this.currIdx = newState;
  }
  resetLexerState() {
    this.currIdx = -1;
  }
  moveToTerminatedState() {
    this.currIdx = this.tokVectorLength - 1;
  }
  getLexerPosition() {
    return this.exportLexerState();
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/recognizer_api.js
var RecognizerApi = class {
  ACTION(impl) {
    return impl.call(this);
  }
  consume(idx, tokType, options) {
    return this.consumeInternal(tokType, idx, options);
  }
  subrule(idx, ruleToCall, options) {
    return this.subruleInternal(ruleToCall, idx, options);
  }
  option(idx, actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, idx);
  }
  or(idx, altsOrOpts) {
    return this.orInternal(altsOrOpts, idx);
  }
  many(idx, actionORMethodDef) {
    return this.manyInternal(idx, actionORMethodDef);
  }
  atLeastOne(idx, actionORMethodDef) {
    return this.atLeastOneInternal(idx, actionORMethodDef);
  }
  CONSUME(tokType, options) {
    return this.consumeInternal(tokType, 0, options);
  }
  CONSUME1(tokType, options) {
    return this.consumeInternal(tokType, 1, options);
  }
  CONSUME2(tokType, options) {
    return this.consumeInternal(tokType, 2, options);
  }
  CONSUME3(tokType, options) {
    return this.consumeInternal(tokType, 3, options);
  }
  CONSUME4(tokType, options) {
    return this.consumeInternal(tokType, 4, options);
  }
  CONSUME5(tokType, options) {
    return this.consumeInternal(tokType, 5, options);
  }
  CONSUME6(tokType, options) {
    return this.consumeInternal(tokType, 6, options);
  }
  CONSUME7(tokType, options) {
    return this.consumeInternal(tokType, 7, options);
  }
  CONSUME8(tokType, options) {
    return this.consumeInternal(tokType, 8, options);
  }
  CONSUME9(tokType, options) {
    return this.consumeInternal(tokType, 9, options);
  }
  SUBRULE(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 0, options);
  }
  SUBRULE1(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 1, options);
  }
  SUBRULE2(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 2, options);
  }
  SUBRULE3(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 3, options);
  }
  SUBRULE4(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 4, options);
  }
  SUBRULE5(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 5, options);
  }
  SUBRULE6(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 6, options);
  }
  SUBRULE7(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 7, options);
  }
  SUBRULE8(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 8, options);
  }
  SUBRULE9(ruleToCall, options) {
    return this.subruleInternal(ruleToCall, 9, options);
  }
  OPTION(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 0);
  }
  OPTION1(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 1);
  }
  OPTION2(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 2);
  }
  OPTION3(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 3);
  }
  OPTION4(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 4);
  }
  OPTION5(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 5);
  }
  OPTION6(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 6);
  }
  OPTION7(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 7);
  }
  OPTION8(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 8);
  }
  OPTION9(actionORMethodDef) {
    return this.optionInternal(actionORMethodDef, 9);
  }
  OR(altsOrOpts) {
    return this.orInternal(altsOrOpts, 0);
  }
  OR1(altsOrOpts) {
    return this.orInternal(altsOrOpts, 1);
  }
  OR2(altsOrOpts) {
    return this.orInternal(altsOrOpts, 2);
  }
  OR3(altsOrOpts) {
    return this.orInternal(altsOrOpts, 3);
  }
  OR4(altsOrOpts) {
    return this.orInternal(altsOrOpts, 4);
  }
  OR5(altsOrOpts) {
    return this.orInternal(altsOrOpts, 5);
  }
  OR6(altsOrOpts) {
    return this.orInternal(altsOrOpts, 6);
  }
  OR7(altsOrOpts) {
    return this.orInternal(altsOrOpts, 7);
  }
  OR8(altsOrOpts) {
    return this.orInternal(altsOrOpts, 8);
  }
  OR9(altsOrOpts) {
    return this.orInternal(altsOrOpts, 9);
  }
  MANY(actionORMethodDef) {
    this.manyInternal(0, actionORMethodDef);
  }
  MANY1(actionORMethodDef) {
    this.manyInternal(1, actionORMethodDef);
  }
  MANY2(actionORMethodDef) {
    this.manyInternal(2, actionORMethodDef);
  }
  MANY3(actionORMethodDef) {
    this.manyInternal(3, actionORMethodDef);
  }
  MANY4(actionORMethodDef) {
    this.manyInternal(4, actionORMethodDef);
  }
  MANY5(actionORMethodDef) {
    this.manyInternal(5, actionORMethodDef);
  }
  MANY6(actionORMethodDef) {
    this.manyInternal(6, actionORMethodDef);
  }
  MANY7(actionORMethodDef) {
    this.manyInternal(7, actionORMethodDef);
  }
  MANY8(actionORMethodDef) {
    this.manyInternal(8, actionORMethodDef);
  }
  MANY9(actionORMethodDef) {
    this.manyInternal(9, actionORMethodDef);
  }
  MANY_SEP(options) {
    this.manySepFirstInternal(0, options);
  }
  MANY_SEP1(options) {
    this.manySepFirstInternal(1, options);
  }
  MANY_SEP2(options) {
    this.manySepFirstInternal(2, options);
  }
  MANY_SEP3(options) {
    this.manySepFirstInternal(3, options);
  }
  MANY_SEP4(options) {
    this.manySepFirstInternal(4, options);
  }
  MANY_SEP5(options) {
    this.manySepFirstInternal(5, options);
  }
  MANY_SEP6(options) {
    this.manySepFirstInternal(6, options);
  }
  MANY_SEP7(options) {
    this.manySepFirstInternal(7, options);
  }
  MANY_SEP8(options) {
    this.manySepFirstInternal(8, options);
  }
  MANY_SEP9(options) {
    this.manySepFirstInternal(9, options);
  }
  AT_LEAST_ONE(actionORMethodDef) {
    this.atLeastOneInternal(0, actionORMethodDef);
  }
  AT_LEAST_ONE1(actionORMethodDef) {
    return this.atLeastOneInternal(1, actionORMethodDef);
  }
  AT_LEAST_ONE2(actionORMethodDef) {
    this.atLeastOneInternal(2, actionORMethodDef);
  }
  AT_LEAST_ONE3(actionORMethodDef) {
    this.atLeastOneInternal(3, actionORMethodDef);
  }
  AT_LEAST_ONE4(actionORMethodDef) {
    this.atLeastOneInternal(4, actionORMethodDef);
  }
  AT_LEAST_ONE5(actionORMethodDef) {
    this.atLeastOneInternal(5, actionORMethodDef);
  }
  AT_LEAST_ONE6(actionORMethodDef) {
    this.atLeastOneInternal(6, actionORMethodDef);
  }
  AT_LEAST_ONE7(actionORMethodDef) {
    this.atLeastOneInternal(7, actionORMethodDef);
  }
  AT_LEAST_ONE8(actionORMethodDef) {
    this.atLeastOneInternal(8, actionORMethodDef);
  }
  AT_LEAST_ONE9(actionORMethodDef) {
    this.atLeastOneInternal(9, actionORMethodDef);
  }
  AT_LEAST_ONE_SEP(options) {
    this.atLeastOneSepFirstInternal(0, options);
  }
  AT_LEAST_ONE_SEP1(options) {
    this.atLeastOneSepFirstInternal(1, options);
  }
  AT_LEAST_ONE_SEP2(options) {
    this.atLeastOneSepFirstInternal(2, options);
  }
  AT_LEAST_ONE_SEP3(options) {
    this.atLeastOneSepFirstInternal(3, options);
  }
  AT_LEAST_ONE_SEP4(options) {
    this.atLeastOneSepFirstInternal(4, options);
  }
  AT_LEAST_ONE_SEP5(options) {
    this.atLeastOneSepFirstInternal(5, options);
  }
  AT_LEAST_ONE_SEP6(options) {
    this.atLeastOneSepFirstInternal(6, options);
  }
  AT_LEAST_ONE_SEP7(options) {
    this.atLeastOneSepFirstInternal(7, options);
  }
  AT_LEAST_ONE_SEP8(options) {
    this.atLeastOneSepFirstInternal(8, options);
  }
  AT_LEAST_ONE_SEP9(options) {
    this.atLeastOneSepFirstInternal(9, options);
  }
  RULE(name, implementation, config = DEFAULT_RULE_CONFIG) {
    if (this.definedRulesNames.includes(name)) {
      let error = {
        message: defaultGrammarValidatorErrorProvider.buildDuplicateRuleNameError({
          topLevelRule: name,
          grammarName: this.className
        }),
        type: ParserDefinitionErrorType.DUPLICATE_RULE_NAME,
        ruleName: name
      };
      this.definitionErrors.push(error);
    }
    this.definedRulesNames.push(name);
    let ruleImplementation = this.defineRule(name, implementation, config);
    return this[name] = ruleImplementation, ruleImplementation;
  }
  OVERRIDE_RULE(name, impl, config = DEFAULT_RULE_CONFIG) {
    let ruleErrors = validateRuleIsOverridden(name, this.definedRulesNames, this.className);
    this.definitionErrors = this.definitionErrors.concat(ruleErrors);
    let ruleImplementation = this.defineRule(name, impl, config);
    return this[name] = ruleImplementation, ruleImplementation;
  }
  BACKTRACK(grammarRule, args) {
    var _a;
    let ruleToCall = (_a = grammarRule.coreRule) !== null && _a !== void 0 ? _a : grammarRule;
    return function() {
      this.isBackTrackingStack.push(1);
      let orgState = this.saveRecogState();
      try {
        return ruleToCall.apply(this, args), !0;
      } catch (e) {
        if (isRecognitionException(e))
          return !1;
        throw e;
      } finally {
        this.reloadRecogState(orgState), this.isBackTrackingStack.pop();
      }
    };
  }
  // GAST export APIs
  getGAstProductions() {
    return this.gastProductionsCache;
  }
  getSerializedGastProductions() {
    return serializeGrammar(Object.values(this.gastProductionsCache));
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/recognizer_engine.js
var RecognizerEngine = class {
  initRecognizerEngine(tokenVocabulary, config) {
    if (this.className = this.constructor.name, this.shortRuleNameToFull = {}, this.fullRuleNameToShort = {}, this.ruleShortNameIdx = 256, this.tokenMatcher = tokenStructuredMatcherNoCategories, this.subruleIdx = 0, this.currRuleShortName = 0, this.definedRulesNames = [], this.tokensMap = {}, this.isBackTrackingStack = [], this.RULE_STACK = [], this.RULE_STACK_IDX = -1, this.RULE_OCCURRENCE_STACK = [], this.RULE_OCCURRENCE_STACK_IDX = -1, this.gastProductionsCache = {}, Object.hasOwn(config, "serializedGrammar"))
      throw Error(`The Parser's configuration can no longer contain a <serializedGrammar> property.
	See: https://chevrotain.io/docs/changes/BREAKING_CHANGES.html#_6-0-0
	For Further details.`);
    if (Array.isArray(tokenVocabulary)) {
      if (tokenVocabulary.length === 0)
        throw Error(`A Token Vocabulary cannot be empty.
	Note that the first argument for the parser constructor
	is no longer a Token vector (since v4.0).`);
      if (typeof tokenVocabulary[0].startOffset == "number")
        throw Error(`The Parser constructor no longer accepts a token vector as the first argument.
	See: https://chevrotain.io/docs/changes/BREAKING_CHANGES.html#_4-0-0
	For Further details.`);
    }
    if (Array.isArray(tokenVocabulary))
      this.tokensMap = tokenVocabulary.reduce((acc, tokType) => (acc[tokType.name] = tokType, acc), {});
    else if (Object.hasOwn(tokenVocabulary, "modes") && Object.values(tokenVocabulary.modes).flat().every(isTokenType)) {
      let allTokenTypes2 = Object.values(tokenVocabulary.modes).flat(), uniqueTokens = [...new Set(allTokenTypes2)];
      this.tokensMap = uniqueTokens.reduce((acc, tokType) => (acc[tokType.name] = tokType, acc), {});
    } else if (typeof tokenVocabulary == "object" && tokenVocabulary !== null)
      this.tokensMap = Object.assign({}, tokenVocabulary);
    else
      throw new Error("<tokensDictionary> argument must be An Array of Token constructors, A dictionary of Token constructors or an IMultiModeLexerDefinition");
    this.tokensMap.EOF = EOF;
    let noTokenCategoriesUsed = (Object.hasOwn(tokenVocabulary, "modes") ? Object.values(tokenVocabulary.modes).flat() : Object.values(tokenVocabulary)).every(
      // intentional "==" to also cover "undefined"
      (tokenConstructor) => {
        var _a;
        return ((_a = tokenConstructor.categoryMatches) === null || _a === void 0 ? void 0 : _a.length) == 0;
      }
    );
    this.tokenMatcher = noTokenCategoriesUsed ? tokenStructuredMatcherNoCategories : tokenStructuredMatcher, augmentTokenTypes(Object.values(this.tokensMap));
  }
  defineRule(ruleName, impl, config) {
    if (this.selfAnalysisDone)
      throw Error(`Grammar rule <${ruleName}> may not be defined after the 'performSelfAnalysis' method has been called'
Make sure that all grammar rule definitions are done before 'performSelfAnalysis' is called.`);
    let resyncEnabled = Object.hasOwn(config, "resyncEnabled") ? config.resyncEnabled : DEFAULT_RULE_CONFIG.resyncEnabled, recoveryValueFunc = Object.hasOwn(config, "recoveryValueFunc") ? config.recoveryValueFunc : DEFAULT_RULE_CONFIG.recoveryValueFunc, shortName = this.ruleShortNameIdx << 12;
    this.ruleShortNameIdx++, this.shortRuleNameToFull[shortName] = ruleName, this.fullRuleNameToShort[ruleName] = shortName;
    let coreRuleFunction;
    return this.outputCst === !0 ? coreRuleFunction = function(...args) {
      try {
        this.ruleInvocationStateUpdate(shortName, ruleName, this.subruleIdx), impl.apply(this, args);
        let cst = this.CST_STACK[this.CST_STACK.length - 1];
        return this.cstPostRule(cst), cst;
      } catch (e) {
        return this.invokeRuleCatch(e, resyncEnabled, recoveryValueFunc);
      } finally {
        this.ruleFinallyStateUpdate();
      }
    } : coreRuleFunction = function(...args) {
      try {
        return this.ruleInvocationStateUpdate(shortName, ruleName, this.subruleIdx), impl.apply(this, args);
      } catch (e) {
        return this.invokeRuleCatch(e, resyncEnabled, recoveryValueFunc);
      } finally {
        this.ruleFinallyStateUpdate();
      }
    }, Object.assign(function(...args) {
      this.onBeforeParse(ruleName);
      try {
        return coreRuleFunction.apply(this, args);
      } finally {
        this.onAfterParse(ruleName);
      }
    }, { ruleName, originalGrammarAction: impl, coreRule: coreRuleFunction });
  }
  invokeRuleCatch(e, resyncEnabledConfig, recoveryValueFunc) {
    let isFirstInvokedRule = this.RULE_STACK_IDX === 0, reSyncEnabled = resyncEnabledConfig && !this.isBackTracking() && this.recoveryEnabled;
    if (isRecognitionException(e)) {
      let recogError = e;
      if (reSyncEnabled) {
        let reSyncTokType = this.findReSyncTokenType();
        if (this.isInCurrentRuleReSyncSet(reSyncTokType))
          if (recogError.resyncedTokens = this.reSyncTo(reSyncTokType), this.outputCst) {
            let partialCstResult = this.CST_STACK[this.CST_STACK.length - 1];
            return partialCstResult.recoveredNode = !0, partialCstResult;
          } else
            return recoveryValueFunc(e);
        else {
          if (this.outputCst) {
            let partialCstResult = this.CST_STACK[this.CST_STACK.length - 1];
            partialCstResult.recoveredNode = !0, recogError.partialCstResult = partialCstResult;
          }
          throw recogError;
        }
      } else {
        if (isFirstInvokedRule)
          return this.moveToTerminatedState(), recoveryValueFunc(e);
        throw recogError;
      }
    } else
      throw e;
  }
  // Implementation of parsing DSL
  optionInternal(actionORMethodDef, occurrence) {
    let key = this.getKeyForAutomaticLookahead(512, occurrence);
    return this.optionInternalLogic(actionORMethodDef, occurrence, key);
  }
  optionInternalLogic(actionORMethodDef, occurrence, key) {
    let lookAheadFunc = this.getLaFuncFromCache(key), action;
    if (typeof actionORMethodDef != "function") {
      action = actionORMethodDef.DEF;
      let predicate = actionORMethodDef.GATE;
      if (predicate !== void 0) {
        let orgLookaheadFunction = lookAheadFunc;
        lookAheadFunc = () => predicate.call(this) && orgLookaheadFunction.call(this);
      }
    } else
      action = actionORMethodDef;
    if (lookAheadFunc.call(this) === !0)
      return action.call(this);
  }
  atLeastOneInternal(prodOccurrence, actionORMethodDef) {
    let laKey = this.getKeyForAutomaticLookahead(1024, prodOccurrence);
    return this.atLeastOneInternalLogic(prodOccurrence, actionORMethodDef, laKey);
  }
  atLeastOneInternalLogic(prodOccurrence, actionORMethodDef, key) {
    let lookAheadFunc = this.getLaFuncFromCache(key), action;
    if (typeof actionORMethodDef != "function") {
      action = actionORMethodDef.DEF;
      let predicate = actionORMethodDef.GATE;
      if (predicate !== void 0) {
        let orgLookaheadFunction = lookAheadFunc;
        lookAheadFunc = () => predicate.call(this) && orgLookaheadFunction.call(this);
      }
    } else
      action = actionORMethodDef;
    if (lookAheadFunc.call(this) === !0) {
      let notStuck = this.doSingleRepetition(action);
      for (; lookAheadFunc.call(this) === !0 && notStuck === !0; )
        notStuck = this.doSingleRepetition(action);
    } else
      throw this.raiseEarlyExitException(prodOccurrence, PROD_TYPE.REPETITION_MANDATORY, actionORMethodDef.ERR_MSG);
    this.attemptInRepetitionRecovery(this.atLeastOneInternal, [prodOccurrence, actionORMethodDef], lookAheadFunc, 1024, prodOccurrence, NextTerminalAfterAtLeastOneWalker);
  }
  atLeastOneSepFirstInternal(prodOccurrence, options) {
    let laKey = this.getKeyForAutomaticLookahead(1536, prodOccurrence);
    this.atLeastOneSepFirstInternalLogic(prodOccurrence, options, laKey);
  }
  atLeastOneSepFirstInternalLogic(prodOccurrence, options, key) {
    let action = options.DEF, separator = options.SEP;
    if (this.getLaFuncFromCache(key).call(this) === !0) {
      action.call(this);
      let separatorLookAheadFunc = () => this.tokenMatcher(this.LA_FAST(1), separator);
      for (; this.tokenMatcher(this.LA_FAST(1), separator) === !0; )
        this.CONSUME(separator), action.call(this);
      this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [
        prodOccurrence,
        separator,
        separatorLookAheadFunc,
        action,
        NextTerminalAfterAtLeastOneSepWalker
      ], separatorLookAheadFunc, 1536, prodOccurrence, NextTerminalAfterAtLeastOneSepWalker);
    } else
      throw this.raiseEarlyExitException(prodOccurrence, PROD_TYPE.REPETITION_MANDATORY_WITH_SEPARATOR, options.ERR_MSG);
  }
  manyInternal(prodOccurrence, actionORMethodDef) {
    let laKey = this.getKeyForAutomaticLookahead(768, prodOccurrence);
    return this.manyInternalLogic(prodOccurrence, actionORMethodDef, laKey);
  }
  manyInternalLogic(prodOccurrence, actionORMethodDef, key) {
    let lookaheadFunction = this.getLaFuncFromCache(key), action;
    if (typeof actionORMethodDef != "function") {
      action = actionORMethodDef.DEF;
      let predicate = actionORMethodDef.GATE;
      if (predicate !== void 0) {
        let orgLookaheadFunction = lookaheadFunction;
        lookaheadFunction = () => predicate.call(this) && orgLookaheadFunction.call(this);
      }
    } else
      action = actionORMethodDef;
    let notStuck = !0;
    for (; lookaheadFunction.call(this) === !0 && notStuck === !0; )
      notStuck = this.doSingleRepetition(action);
    this.attemptInRepetitionRecovery(
      this.manyInternal,
      [prodOccurrence, actionORMethodDef],
      lookaheadFunction,
      768,
      prodOccurrence,
      NextTerminalAfterManyWalker,
      // The notStuck parameter is only relevant when "attemptInRepetitionRecovery"
      // is invoked from manyInternal, in the MANY_SEP case and AT_LEAST_ONE[_SEP]
      // An infinite loop cannot occur as:
      // - Either the lookahead is guaranteed to consume something (Single Token Separator)
      // - AT_LEAST_ONE by definition is guaranteed to consume something (or error out).
      notStuck
    );
  }
  manySepFirstInternal(prodOccurrence, options) {
    let laKey = this.getKeyForAutomaticLookahead(1280, prodOccurrence);
    this.manySepFirstInternalLogic(prodOccurrence, options, laKey);
  }
  manySepFirstInternalLogic(prodOccurrence, options, key) {
    let action = options.DEF, separator = options.SEP;
    if (this.getLaFuncFromCache(key).call(this) === !0) {
      action.call(this);
      let separatorLookAheadFunc = () => this.tokenMatcher(this.LA_FAST(1), separator);
      for (; this.tokenMatcher(this.LA_FAST(1), separator) === !0; )
        this.CONSUME(separator), action.call(this);
      this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [
        prodOccurrence,
        separator,
        separatorLookAheadFunc,
        action,
        NextTerminalAfterManySepWalker
      ], separatorLookAheadFunc, 1280, prodOccurrence, NextTerminalAfterManySepWalker);
    }
  }
  repetitionSepSecondInternal(prodOccurrence, separator, separatorLookAheadFunc, action, nextTerminalAfterWalker) {
    for (; separatorLookAheadFunc(); )
      this.CONSUME(separator), action.call(this);
    this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [
      prodOccurrence,
      separator,
      separatorLookAheadFunc,
      action,
      nextTerminalAfterWalker
    ], separatorLookAheadFunc, 1536, prodOccurrence, nextTerminalAfterWalker);
  }
  doSingleRepetition(action) {
    let beforeIteration = this.getLexerPosition();
    return action.call(this), this.getLexerPosition() > beforeIteration;
  }
  orInternal(altsOrOpts, occurrence) {
    let laKey = this.getKeyForAutomaticLookahead(256, occurrence), alts = Array.isArray(altsOrOpts) ? altsOrOpts : altsOrOpts.DEF, altIdxToTake = this.getLaFuncFromCache(laKey).call(this, alts);
    if (altIdxToTake !== void 0)
      return alts[altIdxToTake].ALT.call(this);
    this.raiseNoAltException(occurrence, altsOrOpts.ERR_MSG);
  }
  ruleFinallyStateUpdate() {
    this.RULE_STACK_IDX--, this.RULE_OCCURRENCE_STACK_IDX--, this.RULE_STACK_IDX >= 0 && (this.currRuleShortName = this.RULE_STACK[this.RULE_STACK_IDX]), this.cstFinallyStateUpdate();
  }
  subruleInternal(ruleToCall, idx, options) {
    let ruleResult;
    try {
      let args = options !== void 0 ? options.ARGS : void 0;
      return this.subruleIdx = idx, ruleResult = ruleToCall.coreRule.apply(this, args), this.cstPostNonTerminal(ruleResult, options !== void 0 && options.LABEL !== void 0 ? options.LABEL : ruleToCall.ruleName), ruleResult;
    } catch (e) {
      throw this.subruleInternalError(e, options, ruleToCall.ruleName);
    }
  }
  subruleInternalError(e, options, ruleName) {
    throw isRecognitionException(e) && e.partialCstResult !== void 0 && (this.cstPostNonTerminal(e.partialCstResult, options !== void 0 && options.LABEL !== void 0 ? options.LABEL : ruleName), delete e.partialCstResult), e;
  }
  consumeInternal(tokType, idx, options) {
    let consumedToken;
    try {
      let nextToken = this.LA_FAST(1);
      this.tokenMatcher(nextToken, tokType) === !0 ? (this.consumeToken(), consumedToken = nextToken) : this.consumeInternalError(tokType, nextToken, options);
    } catch (eFromConsumption) {
      consumedToken = this.consumeInternalRecovery(tokType, idx, eFromConsumption);
    }
    return this.cstPostTerminal(options !== void 0 && options.LABEL !== void 0 ? options.LABEL : tokType.name, consumedToken), consumedToken;
  }
  consumeInternalError(tokType, nextToken, options) {
    let msg, previousToken = this.LA(0);
    throw options !== void 0 && options.ERR_MSG ? msg = options.ERR_MSG : msg = this.errorMessageProvider.buildMismatchTokenMessage({
      expected: tokType,
      actual: nextToken,
      previous: previousToken,
      ruleName: this.getCurrRuleFullName()
    }), this.SAVE_ERROR(new MismatchedTokenException(msg, nextToken, previousToken));
  }
  consumeInternalRecovery(tokType, idx, eFromConsumption) {
    if (this.recoveryEnabled && // TODO: more robust checking of the exception type. Perhaps Typescript extending expressions?
    eFromConsumption.name === "MismatchedTokenException" && !this.isBackTracking()) {
      let follows = this.getFollowsForInRuleRecovery(tokType, idx);
      try {
        return this.tryInRuleRecovery(tokType, follows);
      } catch (eFromInRuleRecovery) {
        throw eFromInRuleRecovery.name === IN_RULE_RECOVERY_EXCEPTION ? eFromConsumption : eFromInRuleRecovery;
      }
    } else
      throw eFromConsumption;
  }
  saveRecogState() {
    let savedErrors = this.errors, savedRuleStack = this.RULE_STACK.slice(0, this.RULE_STACK_IDX + 1);
    return {
      errors: savedErrors,
      lexerState: this.exportLexerState(),
      RULE_STACK: savedRuleStack,
      CST_STACK: this.CST_STACK
    };
  }
  reloadRecogState(newState) {
    this.errors = newState.errors, this.importLexerState(newState.lexerState);
    let saved = newState.RULE_STACK;
    for (let i = 0; i < saved.length; i++)
      this.RULE_STACK[i] = saved[i];
    this.RULE_STACK_IDX = saved.length - 1, this.RULE_STACK_IDX >= 0 && (this.currRuleShortName = this.RULE_STACK[this.RULE_STACK_IDX]);
  }
  ruleInvocationStateUpdate(shortName, fullName, idxInCallingRule) {
    this.RULE_OCCURRENCE_STACK[++this.RULE_OCCURRENCE_STACK_IDX] = idxInCallingRule, this.RULE_STACK[++this.RULE_STACK_IDX] = shortName, this.currRuleShortName = shortName, this.cstInvocationStateUpdate(fullName);
  }
  isBackTracking() {
    return this.isBackTrackingStack.length !== 0;
  }
  getCurrRuleFullName() {
    let shortName = this.currRuleShortName;
    return this.shortRuleNameToFull[shortName];
  }
  shortRuleNameToFullName(shortName) {
    return this.shortRuleNameToFull[shortName];
  }
  isAtEndOfInput() {
    return this.tokenMatcher(this.LA(1), EOF);
  }
  reset() {
    this.resetLexerState(), this.subruleIdx = 0, this.currRuleShortName = 0, this.isBackTrackingStack = [], this.errors = [], this.RULE_STACK_IDX = -1, this.RULE_OCCURRENCE_STACK_IDX = -1, this.CST_STACK = [];
  }
  /**
   * Hook called before the root-level parsing rule is invoked.
   * This is only called when a rule is invoked directly by the consumer
   * (e.g., `parser.json()`), not when invoked as a sub-rule via SUBRULE.
   *
   * Override this method to perform actions before parsing begins.
   * The default implementation is a no-op.
   *
   * @param ruleName - The name of the root rule being invoked.
   */
  onBeforeParse(ruleName) {
    for (let i = 0; i < this.maxLookahead + 1; i++)
      this.tokVector.push(END_OF_FILE);
  }
  /**
   * Hook called after the root-level parsing rule has completed (or thrown).
   * This is only called when a rule is invoked directly by the consumer
   * (e.g., `parser.json()`), not when invoked as a sub-rule via SUBRULE.
   *
   * This hook is called in a `finally` block, so it executes regardless of
   * whether parsing succeeded or threw an error.
   *
   * Override this method to perform actions after parsing completes.
   * The default implementation is a no-op.
   *
   * @param ruleName - The name of the root rule that was invoked.
   */
  onAfterParse(ruleName) {
    if (this.isAtEndOfInput() === !1) {
      let firstRedundantTok = this.LA(1), errMsg = this.errorMessageProvider.buildNotAllInputParsedMessage({
        firstRedundant: firstRedundantTok,
        ruleName: this.getCurrRuleFullName()
      });
      this.SAVE_ERROR(new NotAllInputParsedException(errMsg, firstRedundantTok));
    }
    for (; this.tokVector.at(-1) === END_OF_FILE; )
      this.tokVector.pop();
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/error_handler.js
var ErrorHandler = class {
  initErrorHandler(config) {
    this._errors = [], this.errorMessageProvider = Object.hasOwn(config, "errorMessageProvider") ? config.errorMessageProvider : DEFAULT_PARSER_CONFIG.errorMessageProvider;
  }
  SAVE_ERROR(error) {
    if (isRecognitionException(error))
      return error.context = {
        ruleStack: this.getHumanReadableRuleStack(),
        ruleOccurrenceStack: this.RULE_OCCURRENCE_STACK.slice(0, this.RULE_OCCURRENCE_STACK_IDX + 1)
      }, this._errors.push(error), error;
    throw Error("Trying to save an Error which is not a RecognitionException");
  }
  get errors() {
    return [...this._errors];
  }
  set errors(newErrors) {
    this._errors = newErrors;
  }
  // TODO: consider caching the error message computed information
  raiseEarlyExitException(occurrence, prodType, userDefinedErrMsg) {
    let ruleName = this.getCurrRuleFullName(), ruleGrammar2 = this.getGAstProductions()[ruleName], insideProdPaths = getLookaheadPathsForOptionalProd(occurrence, ruleGrammar2, prodType, this.maxLookahead)[0], actualTokens = [];
    for (let i = 1; i <= this.maxLookahead; i++)
      actualTokens.push(this.LA(i));
    let msg = this.errorMessageProvider.buildEarlyExitMessage({
      expectedIterationPaths: insideProdPaths,
      actual: actualTokens,
      previous: this.LA(0),
      customUserDescription: userDefinedErrMsg,
      ruleName
    });
    throw this.SAVE_ERROR(new EarlyExitException(msg, this.LA(1), this.LA(0)));
  }
  // TODO: consider caching the error message computed information
  raiseNoAltException(occurrence, errMsgTypes) {
    let ruleName = this.getCurrRuleFullName(), ruleGrammar2 = this.getGAstProductions()[ruleName], lookAheadPathsPerAlternative = getLookaheadPathsForOr(occurrence, ruleGrammar2, this.maxLookahead), actualTokens = [];
    for (let i = 1; i <= this.maxLookahead; i++)
      actualTokens.push(this.LA(i));
    let previousToken = this.LA(0), errMsg = this.errorMessageProvider.buildNoViableAltMessage({
      expectedPathsPerAlt: lookAheadPathsPerAlternative,
      actual: actualTokens,
      previous: previousToken,
      customUserDescription: errMsgTypes,
      ruleName: this.getCurrRuleFullName()
    });
    throw this.SAVE_ERROR(new NoViableAltException(errMsg, this.LA(1), previousToken));
  }
};

// node_modules/chevrotain/lib/src/parse/parser/traits/gast_recorder.js
var RECORDING_NULL_OBJECT = {
  description: "This Object indicates the Parser is during Recording Phase"
};
Object.freeze(RECORDING_NULL_OBJECT);
var HANDLE_SEPARATOR = !0, MAX_METHOD_IDX = Math.pow(2, 8) - 1, RFT = createToken({ name: "RECORDING_PHASE_TOKEN", pattern: Lexer.NA });
augmentTokenTypes([RFT]);
var RECORDING_PHASE_TOKEN = createTokenInstance(
  RFT,
  `This IToken indicates the Parser is in Recording Phase
	See: https://chevrotain.io/docs/guide/internals.html#grammar-recording for details`,
  // Using "-1" instead of NaN (as in EOF) because an actual number is less likely to
  // cause errors if the output of LA or CONSUME would be (incorrectly) used during the recording phase.
  -1,
  -1,
  -1,
  -1,
  -1,
  -1
);
Object.freeze(RECORDING_PHASE_TOKEN);
var RECORDING_PHASE_CSTNODE = {
  name: `This CSTNode indicates the Parser is in Recording Phase
	See: https://chevrotain.io/docs/guide/internals.html#grammar-recording for details`,
  children: {}
}, GastRecorder = class {
  initGastRecorder(config) {
    this.recordingProdStack = [], this.RECORDING_PHASE = !1;
  }
  enableRecording() {
    this.RECORDING_PHASE = !0, this.TRACE_INIT("Enable Recording", () => {
      for (let i = 0; i < 10; i++) {
        let idx = i > 0 ? i : "";
        this[`CONSUME${idx}`] = function(arg1, arg2) {
          return this.consumeInternalRecord(arg1, i, arg2);
        }, this[`SUBRULE${idx}`] = function(arg1, arg2) {
          return this.subruleInternalRecord(arg1, i, arg2);
        }, this[`OPTION${idx}`] = function(arg1) {
          return this.optionInternalRecord(arg1, i);
        }, this[`OR${idx}`] = function(arg1) {
          return this.orInternalRecord(arg1, i);
        }, this[`MANY${idx}`] = function(arg1) {
          this.manyInternalRecord(i, arg1);
        }, this[`MANY_SEP${idx}`] = function(arg1) {
          this.manySepFirstInternalRecord(i, arg1);
        }, this[`AT_LEAST_ONE${idx}`] = function(arg1) {
          this.atLeastOneInternalRecord(i, arg1);
        }, this[`AT_LEAST_ONE_SEP${idx}`] = function(arg1) {
          this.atLeastOneSepFirstInternalRecord(i, arg1);
        };
      }
      this.consume = function(idx, arg1, arg2) {
        return this.consumeInternalRecord(arg1, idx, arg2);
      }, this.subrule = function(idx, arg1, arg2) {
        return this.subruleInternalRecord(arg1, idx, arg2);
      }, this.option = function(idx, arg1) {
        return this.optionInternalRecord(arg1, idx);
      }, this.or = function(idx, arg1) {
        return this.orInternalRecord(arg1, idx);
      }, this.many = function(idx, arg1) {
        this.manyInternalRecord(idx, arg1);
      }, this.atLeastOne = function(idx, arg1) {
        this.atLeastOneInternalRecord(idx, arg1);
      }, this.ACTION = this.ACTION_RECORD, this.BACKTRACK = this.BACKTRACK_RECORD, this.LA = this.LA_RECORD;
    });
  }
  disableRecording() {
    this.RECORDING_PHASE = !1, this.TRACE_INIT("Deleting Recording methods", () => {
      let that = this;
      for (let i = 0; i < 10; i++) {
        let idx = i > 0 ? i : "";
        delete that[`CONSUME${idx}`], delete that[`SUBRULE${idx}`], delete that[`OPTION${idx}`], delete that[`OR${idx}`], delete that[`MANY${idx}`], delete that[`MANY_SEP${idx}`], delete that[`AT_LEAST_ONE${idx}`], delete that[`AT_LEAST_ONE_SEP${idx}`];
      }
      delete that.consume, delete that.subrule, delete that.option, delete that.or, delete that.many, delete that.atLeastOne, delete that.ACTION, delete that.BACKTRACK, delete that.LA;
    });
  }
  //   Parser methods are called inside an ACTION?
  //   Maybe try/catch/finally on ACTIONS while disabling the recorders state changes?
  // @ts-expect-error -- noop place holder
  ACTION_RECORD(impl) {
  }
  // Executing backtracking logic will break our recording logic assumptions
  BACKTRACK_RECORD(grammarRule, args) {
    return () => !0;
  }
  // LA is part of the official API and may be used for custom lookahead logic
  // by end users who may forget to wrap it in ACTION or inside a GATE
  LA_RECORD(howMuch) {
    return END_OF_FILE;
  }
  topLevelRuleRecord(name, def) {
    try {
      let newTopLevelRule = new Rule({ definition: [], name });
      return newTopLevelRule.name = name, this.recordingProdStack.push(newTopLevelRule), def.call(this), this.recordingProdStack.pop(), newTopLevelRule;
    } catch (originalError) {
      if (originalError.KNOWN_RECORDER_ERROR !== !0)
        try {
          originalError.message = originalError.message + `
	 This error was thrown during the "grammar recording phase" For more info see:
	https://chevrotain.io/docs/guide/internals.html#grammar-recording`;
        } catch {
          throw originalError;
        }
      throw originalError;
    }
  }
  // Implementation of parsing DSL
  optionInternalRecord(actionORMethodDef, occurrence) {
    return recordProd.call(this, Option, actionORMethodDef, occurrence);
  }
  atLeastOneInternalRecord(occurrence, actionORMethodDef) {
    recordProd.call(this, RepetitionMandatory, actionORMethodDef, occurrence);
  }
  atLeastOneSepFirstInternalRecord(occurrence, options) {
    recordProd.call(this, RepetitionMandatoryWithSeparator, options, occurrence, HANDLE_SEPARATOR);
  }
  manyInternalRecord(occurrence, actionORMethodDef) {
    recordProd.call(this, Repetition, actionORMethodDef, occurrence);
  }
  manySepFirstInternalRecord(occurrence, options) {
    recordProd.call(this, RepetitionWithSeparator, options, occurrence, HANDLE_SEPARATOR);
  }
  orInternalRecord(altsOrOpts, occurrence) {
    return recordOrProd.call(this, altsOrOpts, occurrence);
  }
  subruleInternalRecord(ruleToCall, occurrence, options) {
    if (assertMethodIdxIsValid(occurrence), !ruleToCall || !Object.hasOwn(ruleToCall, "ruleName")) {
      let error = new Error(`<SUBRULE${getIdxSuffix(occurrence)}> argument is invalid expecting a Parser method reference but got: <${JSON.stringify(ruleToCall)}>
 inside top level rule: <${this.recordingProdStack[0].name}>`);
      throw error.KNOWN_RECORDER_ERROR = !0, error;
    }
    let prevProd = this.recordingProdStack.at(-1), ruleName = ruleToCall.ruleName, newNoneTerminal = new NonTerminal({
      idx: occurrence,
      nonTerminalName: ruleName,
      label: options?.LABEL,
      // The resolving of the `referencedRule` property will be done once all the Rule's GASTs have been created
      referencedRule: void 0
    });
    return prevProd.definition.push(newNoneTerminal), this.outputCst ? RECORDING_PHASE_CSTNODE : RECORDING_NULL_OBJECT;
  }
  consumeInternalRecord(tokType, occurrence, options) {
    if (assertMethodIdxIsValid(occurrence), !hasShortKeyProperty(tokType)) {
      let error = new Error(`<CONSUME${getIdxSuffix(occurrence)}> argument is invalid expecting a TokenType reference but got: <${JSON.stringify(tokType)}>
 inside top level rule: <${this.recordingProdStack[0].name}>`);
      throw error.KNOWN_RECORDER_ERROR = !0, error;
    }
    let prevProd = this.recordingProdStack.at(-1), newNoneTerminal = new Terminal({
      idx: occurrence,
      terminalType: tokType,
      label: options?.LABEL
    });
    return prevProd.definition.push(newNoneTerminal), RECORDING_PHASE_TOKEN;
  }
};
function recordProd(prodConstructor, mainProdArg, occurrence, handleSep = !1) {
  assertMethodIdxIsValid(occurrence);
  let prevProd = this.recordingProdStack.at(-1), grammarAction = typeof mainProdArg == "function" ? mainProdArg : mainProdArg.DEF, newProd = new prodConstructor({ definition: [], idx: occurrence });
  return handleSep && (newProd.separator = mainProdArg.SEP), Object.hasOwn(mainProdArg, "MAX_LOOKAHEAD") && (newProd.maxLookahead = mainProdArg.MAX_LOOKAHEAD), this.recordingProdStack.push(newProd), grammarAction.call(this), prevProd.definition.push(newProd), this.recordingProdStack.pop(), RECORDING_NULL_OBJECT;
}
function recordOrProd(mainProdArg, occurrence) {
  assertMethodIdxIsValid(occurrence);
  let prevProd = this.recordingProdStack.at(-1), hasOptions = Array.isArray(mainProdArg) === !1, alts = hasOptions === !1 ? mainProdArg : mainProdArg.DEF, newOrProd = new Alternation({
    definition: [],
    idx: occurrence,
    ignoreAmbiguities: hasOptions && mainProdArg.IGNORE_AMBIGUITIES === !0
  });
  Object.hasOwn(mainProdArg, "MAX_LOOKAHEAD") && (newOrProd.maxLookahead = mainProdArg.MAX_LOOKAHEAD);
  let hasPredicates = alts.some((currAlt) => typeof currAlt.GATE == "function");
  return newOrProd.hasPredicates = hasPredicates, prevProd.definition.push(newOrProd), alts.forEach((currAlt) => {
    let currAltFlat = new Alternative({ definition: [] });
    newOrProd.definition.push(currAltFlat), Object.hasOwn(currAlt, "IGNORE_AMBIGUITIES") ? currAltFlat.ignoreAmbiguities = currAlt.IGNORE_AMBIGUITIES : Object.hasOwn(currAlt, "GATE") && (currAltFlat.ignoreAmbiguities = !0), this.recordingProdStack.push(currAltFlat), currAlt.ALT.call(this), this.recordingProdStack.pop();
  }), RECORDING_NULL_OBJECT;
}
function getIdxSuffix(idx) {
  return idx === 0 ? "" : `${idx}`;
}
function assertMethodIdxIsValid(idx) {
  if (idx < 0 || idx > MAX_METHOD_IDX) {
    let error = new Error(
      // The stack trace will contain all the needed details
      `Invalid DSL Method idx value: <${idx}>
	Idx value must be a none negative value smaller than ${MAX_METHOD_IDX + 1}`
    );
    throw error.KNOWN_RECORDER_ERROR = !0, error;
  }
}

// node_modules/chevrotain/lib/src/parse/parser/traits/perf_tracer.js
var PerformanceTracer = class {
  initPerformanceTracer(config) {
    if (Object.hasOwn(config, "traceInitPerf")) {
      let userTraceInitPerf = config.traceInitPerf, traceIsNumber = typeof userTraceInitPerf == "number";
      this.traceInitMaxIdent = traceIsNumber ? userTraceInitPerf : 1 / 0, this.traceInitPerf = traceIsNumber ? userTraceInitPerf > 0 : userTraceInitPerf;
    } else
      this.traceInitMaxIdent = 0, this.traceInitPerf = DEFAULT_PARSER_CONFIG.traceInitPerf;
    this.traceInitIndent = -1;
  }
  TRACE_INIT(phaseDesc, phaseImpl) {
    if (this.traceInitPerf === !0) {
      this.traceInitIndent++;
      let indent = new Array(this.traceInitIndent + 1).join("	");
      this.traceInitIndent < this.traceInitMaxIdent && console.log(`${indent}--> <${phaseDesc}>`);
      let { time, value } = timer(phaseImpl), traceMethod = time > 10 ? console.warn : console.log;
      return this.traceInitIndent < this.traceInitMaxIdent && traceMethod(`${indent}<-- <${phaseDesc}> time: ${time}ms`), this.traceInitIndent--, value;
    } else
      return phaseImpl();
  }
};

// node_modules/chevrotain/lib/src/parse/parser/utils/apply_mixins.js
function applyMixins(derivedCtor, baseCtors) {
  baseCtors.forEach((baseCtor) => {
    let baseProto = baseCtor.prototype;
    Object.getOwnPropertyNames(baseProto).forEach((propName) => {
      if (propName === "constructor")
        return;
      let basePropDescriptor = Object.getOwnPropertyDescriptor(baseProto, propName);
      basePropDescriptor && (basePropDescriptor.get || basePropDescriptor.set) ? Object.defineProperty(derivedCtor.prototype, propName, basePropDescriptor) : derivedCtor.prototype[propName] = baseCtor.prototype[propName];
    });
  });
}

// node_modules/chevrotain/lib/src/parse/parser/parser.js
var END_OF_FILE = createTokenInstance(EOF, "", NaN, NaN, NaN, NaN, NaN, NaN);
Object.freeze(END_OF_FILE);
var DEFAULT_PARSER_CONFIG = Object.freeze({
  recoveryEnabled: !1,
  maxLookahead: 3,
  dynamicTokensEnabled: !1,
  outputCst: !0,
  errorMessageProvider: defaultParserErrorProvider,
  nodeLocationTracking: "none",
  traceInitPerf: !1,
  skipValidations: !1
}), DEFAULT_RULE_CONFIG = Object.freeze({
  recoveryValueFunc: () => {
  },
  resyncEnabled: !0
}), ParserDefinitionErrorType;
(function(ParserDefinitionErrorType2) {
  ParserDefinitionErrorType2[ParserDefinitionErrorType2.INVALID_RULE_NAME = 0] = "INVALID_RULE_NAME", ParserDefinitionErrorType2[ParserDefinitionErrorType2.DUPLICATE_RULE_NAME = 1] = "DUPLICATE_RULE_NAME", ParserDefinitionErrorType2[ParserDefinitionErrorType2.INVALID_RULE_OVERRIDE = 2] = "INVALID_RULE_OVERRIDE", ParserDefinitionErrorType2[ParserDefinitionErrorType2.DUPLICATE_PRODUCTIONS = 3] = "DUPLICATE_PRODUCTIONS", ParserDefinitionErrorType2[ParserDefinitionErrorType2.UNRESOLVED_SUBRULE_REF = 4] = "UNRESOLVED_SUBRULE_REF", ParserDefinitionErrorType2[ParserDefinitionErrorType2.LEFT_RECURSION = 5] = "LEFT_RECURSION", ParserDefinitionErrorType2[ParserDefinitionErrorType2.NONE_LAST_EMPTY_ALT = 6] = "NONE_LAST_EMPTY_ALT", ParserDefinitionErrorType2[ParserDefinitionErrorType2.AMBIGUOUS_ALTS = 7] = "AMBIGUOUS_ALTS", ParserDefinitionErrorType2[ParserDefinitionErrorType2.CONFLICT_TOKENS_RULES_NAMESPACE = 8] = "CONFLICT_TOKENS_RULES_NAMESPACE", ParserDefinitionErrorType2[ParserDefinitionErrorType2.INVALID_TOKEN_NAME = 9] = "INVALID_TOKEN_NAME", ParserDefinitionErrorType2[ParserDefinitionErrorType2.NO_NON_EMPTY_LOOKAHEAD = 10] = "NO_NON_EMPTY_LOOKAHEAD", ParserDefinitionErrorType2[ParserDefinitionErrorType2.AMBIGUOUS_PREFIX_ALTS = 11] = "AMBIGUOUS_PREFIX_ALTS", ParserDefinitionErrorType2[ParserDefinitionErrorType2.TOO_MANY_ALTS = 12] = "TOO_MANY_ALTS", ParserDefinitionErrorType2[ParserDefinitionErrorType2.CUSTOM_LOOKAHEAD_VALIDATION = 13] = "CUSTOM_LOOKAHEAD_VALIDATION";
})(ParserDefinitionErrorType || (ParserDefinitionErrorType = {}));
var Parser = class _Parser {
  /**
   *  @deprecated use the **instance** method with the same name instead
   */
  static performSelfAnalysis(parserInstance) {
    throw Error("The **static** `performSelfAnalysis` method has been deprecated.	\nUse the **instance** method with the same name instead.");
  }
  performSelfAnalysis() {
    this.TRACE_INIT("performSelfAnalysis", () => {
      let defErrorsMsgs;
      this.selfAnalysisDone = !0;
      let className = this.className;
      this.TRACE_INIT("toFastProps", () => {
        toFastProperties(this);
      }), this.TRACE_INIT("Grammar Recording", () => {
        try {
          this.enableRecording(), this.definedRulesNames.forEach((currRuleName) => {
            let originalGrammarAction = this[currRuleName].originalGrammarAction, recordedRuleGast;
            this.TRACE_INIT(`${currRuleName} Rule`, () => {
              recordedRuleGast = this.topLevelRuleRecord(currRuleName, originalGrammarAction);
            }), this.gastProductionsCache[currRuleName] = recordedRuleGast;
          });
        } finally {
          this.disableRecording();
        }
      });
      let resolverErrors = [];
      if (this.TRACE_INIT("Grammar Resolving", () => {
        resolverErrors = resolveGrammar2({
          rules: Object.values(this.gastProductionsCache)
        }), this.definitionErrors = this.definitionErrors.concat(resolverErrors);
      }), this.TRACE_INIT("Grammar Validations", () => {
        if (resolverErrors.length === 0 && this.skipValidations === !1) {
          let validationErrors = validateGrammar2({
            rules: Object.values(this.gastProductionsCache),
            tokenTypes: Object.values(this.tokensMap),
            errMsgProvider: defaultGrammarValidatorErrorProvider,
            grammarName: className
          }), lookaheadValidationErrors = validateLookahead({
            lookaheadStrategy: this.lookaheadStrategy,
            rules: Object.values(this.gastProductionsCache),
            tokenTypes: Object.values(this.tokensMap),
            grammarName: className
          });
          this.definitionErrors = this.definitionErrors.concat(validationErrors, lookaheadValidationErrors);
        }
      }), this.definitionErrors.length === 0 && (this.recoveryEnabled && this.TRACE_INIT("computeAllProdsFollows", () => {
        let allFollows = computeAllProdsFollows(Object.values(this.gastProductionsCache));
        this.resyncFollows = allFollows;
      }), this.TRACE_INIT("ComputeLookaheadFunctions", () => {
        var _a, _b;
        (_b = (_a = this.lookaheadStrategy).initialize) === null || _b === void 0 || _b.call(_a, {
          rules: Object.values(this.gastProductionsCache)
        }), this.preComputeLookaheadFunctions(Object.values(this.gastProductionsCache));
      })), !_Parser.DEFER_DEFINITION_ERRORS_HANDLING && this.definitionErrors.length !== 0)
        throw defErrorsMsgs = this.definitionErrors.map((defError) => defError.message), new Error(`Parser Definition Errors detected:
 ${defErrorsMsgs.join(`
-------------------------------
`)}`);
    });
  }
  constructor(tokenVocabulary, config) {
    this.definitionErrors = [], this.selfAnalysisDone = !1;
    let that = this;
    if (that.initErrorHandler(config), that.initLexerAdapter(), that.initLooksAhead(config), that.initRecognizerEngine(tokenVocabulary, config), that.initRecoverable(config), that.initTreeBuilder(config), that.initGastRecorder(config), that.initPerformanceTracer(config), Object.hasOwn(config, "ignoredIssues"))
      throw new Error(`The <ignoredIssues> IParserConfig property has been deprecated.
	Please use the <IGNORE_AMBIGUITIES> flag on the relevant DSL method instead.
	See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#IGNORING_AMBIGUITIES
	For further details.`);
    this.skipValidations = Object.hasOwn(config, "skipValidations") ? config.skipValidations : DEFAULT_PARSER_CONFIG.skipValidations;
  }
};
Parser.DEFER_DEFINITION_ERRORS_HANDLING = !1;
applyMixins(Parser, [
  Recoverable,
  LooksAhead,
  TreeBuilder,
  LexerAdapter,
  RecognizerEngine,
  RecognizerApi,
  ErrorHandler,
  GastRecorder,
  PerformanceTracer
]);
var EmbeddedActionsParser = class extends Parser {
  constructor(tokenVocabulary, config = DEFAULT_PARSER_CONFIG) {
    let configClone = Object.assign({}, config);
    configClone.outputCst = !1, super(tokenVocabulary, configClone);
  }
};

// src/rules/macro-scan.ts
var Dollars = createToken({ name: "Dollars", pattern: /\$\$/ }), Call = createToken({
  name: "MacroCall",
  pattern: /\$\(([A-Za-z_][A-Za-z0-9_]*)(?::[0-9]+(?::[0-9]+)?)?\)/
}), BadCall = createToken({ name: "BadMacroCall", pattern: /\$\([^)]*\)?/ }), Bare = createToken({ name: "MacroName", pattern: /\$[A-Za-z_][A-Za-z0-9_]*/ }), Lone = createToken({ name: "LoneDollar", pattern: /\$/ }), Text = createToken({ name: "Text", pattern: /[^$]+/, line_breaks: !0 }), macroTokens = [Dollars, Call, BadCall, Bare, Lone, Text], lexer, macroLexer = () => lexer ??= new Lexer(macroTokens, {
  positionTracking: "onlyOffset",
  safeMode: !0,
  skipValidations: !0
});
function scanMacros(text, base = 0) {
  return text.includes("$") ? macroLexer().tokenize(text).tokens.map((t) => piece(t, base)) : text === "" ? [] : [{ kind: "text", text, at: base }];
}
function piece(token, base) {
  let at2 = base + token.startOffset;
  switch (token.tokenType) {
    case Dollars:
      return { kind: "dollar", at: at2, length: 2 };
    case Call: {
      let [name = "", offset, count] = token.image.slice(2, -1).split(":");
      return {
        kind: "macro",
        name,
        at: at2,
        length: token.image.length,
        braced: !0,
        ...offset === void 0 ? {} : { offset: Number(offset) },
        ...count === void 0 ? {} : { count: Number(count) }
      };
    }
    case Bare:
      return { kind: "macro", name: token.image.slice(1), at: at2, length: token.image.length, braced: !1 };
    case BadCall:
      return { kind: "malformed", text: token.image, at: at2 };
    default:
      return { kind: "text", text: token.image, at: at2 };
  }
}
var expandMacros = (text, lookup) => expandPieces(text, scanMacros(text), lookup);
function expandPieces(text, pieces, lookup) {
  let out = "";
  for (let p of pieces)
    p.kind === "text" || p.kind === "malformed" ? out += p.text : p.kind === "dollar" ? out += "$" : out += substitute(p, lookup) ?? text.slice(p.at, p.at + p.length);
  return out;
}
function substitute(p, lookup) {
  let value = lookup(p.name);
  return value === void 0 || p.offset === void 0 ? value : p.count === void 0 ? value.slice(p.offset) : value.slice(p.offset, p.offset + p.count);
}

// src/rules/check-macros.ts
function checkMacros(text, base, secrets = !1) {
  let problems = [];
  for (let piece2 of scanMacros(text, base)) {
    if (piece2.kind === "malformed" && problems.push(
      ruleProblem(
        "SPAC4014",
        at(piece2.at, piece2.text.length),
        `malformed macro '${piece2.text}': write '$(NAME)', '$(NAME:offset)' or '$(NAME:offset:length)'`
      )
    ), piece2.kind !== "macro") continue;
    let problem2 = macroProblem(piece2, secrets);
    problem2 && problems.push(problem2);
  }
  return problems;
}
function macroProblem(ref, secrets) {
  let info = macroInfo(ref.name), span = at(ref.at, ref.length), written = `$${ref.braced ? `(${ref.name})` : ref.name}`;
  return info ? info.scope === "secret" && !secrets ? ruleProblem(
    "SPAC4011",
    span,
    `'${written}' is a secret register, expanded only as the argument of --key, --uid or --pwd; here it stays as written`
  ) : scopeProblem(info, ref, written) : unknownMacro(ref);
}
function scopeProblem(info, ref, written) {
  let span = at(ref.at, ref.length);
  if (info.scope === "elsewhere")
    return ruleProblem(
      "SPAC4012",
      span,
      `'${written}' is not a provisioning macro (it is ${info.description}); here it stays as written`
    );
  if (info.scope === "mpp")
    return ruleProblem(
      "SPAC4012",
      span,
      `'${written}' is expanded by MPP firmware only; an SPA phone leaves it as written`
    );
  if (ref.name === "METH")
    return ruleProblem("SPAC4013", span, "'$METH' is the old name of '$SCHEME'", {
      description: "use '$SCHEME'",
      span,
      text: ref.braced ? "$(SCHEME)" : "$SCHEME"
    });
  if (ref.name === "UPGCOND")
    return ruleProblem("SPAC4013", span, "'$UPGCOND' is always 'true' from firmware 2.0.6; the test can go");
}
function unknownMacro(ref) {
  let span = at(ref.at, ref.length), letter = longGppLetter(ref.name);
  if (letter)
    return ruleProblem(
      "SPAC4013",
      span,
      `'$${ref.name}' is documented for some firmware only; '$${letter}' works on every SPA`,
      { description: `use '$(${letter})'`, span, text: `$(${letter})` }
    );
  let base = `unknown macro '$${ref.braced ? `(${ref.name})` : ref.name}': the phone leaves it as written`, prefix = ref.braced || macroInfo(ref.name.toUpperCase()) ? void 0 : longestKnownPrefix(ref.name);
  if (prefix) {
    let text2 = `$(${prefix})${ref.name.slice(prefix.length)}`;
    return ruleProblem("SPAC4010", span, `${base}; write '${text2}' if '$${prefix}' is meant`, {
      description: `write '${text2}'`,
      span,
      text: text2
    });
  }
  let near = nearestMacro(ref.name);
  if (!near) return ruleProblem("SPAC4010", span, base);
  let text = ref.braced ? `$(${near})` : `$${near}`;
  return ruleProblem("SPAC4010", span, `${base}; did you mean '${text}'?`, {
    description: `use '${text}'`,
    span,
    text
  });
}
function longestKnownPrefix(name) {
  let best;
  for (let known of macroNames)
    !name.startsWith(known) || known.length >= name.length || known.length === 1 && /[A-Z_]/.test(name.charAt(1)) || (best === void 0 || known.length > best.length) && (best = known);
  return best;
}
function nearestMacro(name) {
  let upper = name.toUpperCase();
  if (macroInfo(upper)) return upper;
  if (!(name.length < 3))
    return macroNames.find((known) => known.length > 2 && distance(upper, known, 2) <= 1);
}

// src/rules/check-condition.ts
function operandType(o) {
  if (o.kind === "string") return "string";
  let pieces = scanMacros(o.text), only = pieces.length === 1 ? pieces[0] : void 0;
  return only?.kind === "macro" ? macroInfo(only.name)?.type ?? "unknown" : o.text.includes("$") || /^-?[0-9]/.test(o.text) ? "version" : "text-word";
}
var ORDERING = /* @__PURE__ */ new Set(["lt", "le", "gt", "ge"]);
function checkCondition(condition) {
  return condition.comparisons.flatMap((c) => [
    ...operandMacros(c.left),
    ...operandMacros(c.right),
    ...comparisonProblems(c)
  ]);
}
var operandMacros = (o) => o ? checkMacros(o.text, o.at) : [];
function comparisonProblems(c) {
  let sides = c.left ? [c.left, c.right] : [c.right], out = [];
  for (let side of sides) {
    let type = operandType(side);
    type === "text-word" ? out.push(notANumber(side)) : type === "string" && side.kind === "word" && out.push(unquotedText(side, c));
  }
  return ORDERING.has(c.op) && sides.some((s) => s.kind === "string") && out.push(ruleProblem("SPAC4005", c.opSpan, `strings compare only with eq or ne, not '${c.opText}'`)), out;
}
function notANumber(o) {
  return ruleProblem(
    "SPAC4005",
    o.span,
    `'${o.text}' is not a number or a version: quote text to compare it`,
    {
      description: "quote it",
      span: o.span,
      text: `"${o.text}"`
    }
  );
}
function unquotedText(o, c) {
  return ORDERING.has(c.op) ? ruleProblem(
    "SPAC4005",
    o.span,
    `'${o.text}' holds text: it compares only with eq or ne, not '${c.opText}'`
  ) : ruleProblem("SPAC4015", o.span, `'${o.text}' holds text: quote it to compare it as a string`, {
    description: "quote it",
    span: o.span,
    text: `"${o.text}"`
  });
}

// src/rules/options.ts
var OPTIONS = {
  profile: { key: "arg", post: "gpp", alias: "gpp", uid: "arg", pwd: "arg" },
  upgrade: {},
  report: { key: "arg", delta: "flag", status: "flag" },
  trigger: {},
  log: {}
}, SECRET_ARGS = /* @__PURE__ */ new Set(["key", "uid", "pwd"]);
function checkOptions(list, span, language) {
  let allowed = OPTIONS[language];
  if (Object.keys(allowed).length === 0)
    return [ruleProblem("SPAC4002", span, `${language} rules take no options`)];
  let seen = /* @__PURE__ */ new Set();
  return list.flatMap((option) => {
    let takes = allowed[option.name];
    if (takes === void 0 || !option.written.startsWith("--"))
      return [unknownOption(option, allowed, language)];
    let twice = seen.has(option.name) ? [ruleProblem("SPAC4016", option.nameSpan, `'--${option.name}' is given more than once`)] : [];
    return seen.add(option.name), [...twice, ...argumentProblems(option, takes)];
  });
}
function unknownOption(option, allowed, language) {
  let names = Object.keys(allowed), near = names.find((n) => n === option.name || distance(n, option.name, 3) <= 2), list = names.map((n) => `--${n}`).join(", "), message = `unknown option '${option.written}' in a ${language} rule: it takes ${list}`;
  return near ? ruleProblem("SPAC4002", option.nameSpan, `${message}; did you mean '--${near}'?`, {
    description: `use '--${near}'`,
    span: option.nameSpan,
    text: `--${near}`
  }) : ruleProblem("SPAC4002", option.nameSpan, message);
}
function argumentProblems(option, takes) {
  let name = `--${option.name}`, arg = option.arg;
  if (takes === "flag") return arg ? [ruleProblem("SPAC4003", arg.span, `'${name}' takes no argument`)] : [];
  if (!arg) return [ruleProblem("SPAC4003", option.nameSpan, `'${name}' needs an argument`)];
  if (takes === "gpp" && !/^[a-pA-P]$/.test(arg.text))
    return [
      ruleProblem(
        "SPAC4003",
        arg.span,
        `'${name}' takes the letter of a GPP register, a to p (GPP_A to GPP_P), not '${arg.text}'`
      )
    ];
  let text = arg.text.startsWith('"') && arg.text.endsWith('"') && arg.text.length > 1 ? arg.text.slice(1, -1) : arg.text, base = arg.at + (text === arg.text ? 0 : 1);
  return checkMacros(text, base, SECRET_ARGS.has(option.name));
}

// src/parser/recording.ts
var chevrotainRecording = EmbeddedActionsParser.prototype, RecordingParser = class extends EmbeddedActionsParser {
  // Called by performSelfAnalysis only.
  enableRecording() {
    let layer = Object.create(Object.getPrototypeOf(this));
    chevrotainRecording.enableRecording.call(layer), Object.setPrototypeOf(this, layer), this.RECORDING_PHASE = !0;
  }
  disableRecording() {
    this.RECORDING_PHASE = !1;
    let layer = Object.getPrototypeOf(this);
    Object.setPrototypeOf(this, Object.getPrototypeOf(layer));
  }
};

// src/parser/lexers.ts
var built = /* @__PURE__ */ new Map();
function lexerFor(definition2, validate = !1) {
  let options = {
    positionTracking: "onlyOffset",
    safeMode: !validate,
    skipValidations: !validate
  };
  if (validate) return new Lexer(definition2, options);
  let lexer2 = built.get(definition2);
  return lexer2 || (lexer2 = new Lexer(definition2, options), built.set(definition2, lexer2)), lexer2;
}

// src/rules/tokens.ts
var CALL = String.raw`\$\([^)\s"]*\)`, WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /\s+/,
  group: Lexer.SKIPPED,
  line_breaks: !0
}), Pipe = createToken({ name: "Pipe", pattern: /\|/, label: "'|'" }), PipeInGroup = createToken({
  name: "PipeInGroup",
  pattern: /\|/,
  pop_mode: !0,
  categories: [Pipe],
  label: "'|'"
}), TargetSemi = createToken({ name: "TargetSemi", pattern: /;/, label: "';'" }), LParen = createToken({ name: "LParen", pattern: /\(/, push_mode: "group", label: "'('" }), LBracket = createToken({ name: "LBracket", pattern: /\[/, push_mode: "options", label: "'['" }), Url = createToken({
  name: "Url",
  pattern: new RegExp(`(?:${CALL}|[^\\s|()[\\]"])(?:${CALL}|[^\\s|])*`),
  label: "a URL"
}), ReportUrl = createToken({
  name: "ReportUrl",
  pattern: new RegExp(`(?:${CALL}|[^\\s|()[\\]";])(?:${CALL}|[^\\s|;])*`),
  categories: [Url],
  label: "a URL"
}), Str = createToken({ name: "String", pattern: /"[^"]*"/, label: "a quoted string" }), OpenStr = createToken({ name: "UnterminatedString", pattern: /"[^"]*/, label: "a string" }), CloseCondition = createToken({
  name: "CloseCondition",
  pattern: /\)\?/,
  pop_mode: !0,
  label: "')?'"
}), CloseAssignments = createToken({
  name: "CloseAssignments",
  pattern: /\)!/,
  pop_mode: !0,
  label: "')!'"
}), CloseGroup = createToken({ name: "CloseGroup", pattern: /\)/, pop_mode: !0, label: "')'" }), AssignSemi = createToken({ name: "AssignSemi", pattern: /;/, label: "';'" }), Operator = createToken({ name: "Operator", pattern: Lexer.NA, label: "a comparison operator" }), Equals = createToken({ name: "Equals", pattern: /=/, categories: [Operator], label: "'='" }), symbol = (name, pattern) => createToken({ name, pattern, categories: [Operator], label: "a comparison operator" }), NotEqual = symbol("NotEqual", /!=/), LessEqual = symbol("LessEqual", /<=/), GreaterEqual = symbol("GreaterEqual", />=/), Less = symbol("Less", /</), Greater = symbol("Greater", />/), Not = symbol("Not", /!/), Word = createToken({
  name: "Word",
  pattern: new RegExp(`(?:${CALL}|[^\\s"()=!<>;|[\\]])+(?:\\([0-9A-Za-z]*\\))?`),
  label: "a value"
}), keyword = (name, image, categories = [Operator]) => createToken({
  name,
  pattern: new RegExp(`${image}(?![^\\s"()=!<>;|[\\]])`),
  categories,
  label: categories.length > 0 ? "a comparison operator" : `'${image}'`
}), And = keyword("And", "and", []), wordOperators = ["eq", "ne", "lt", "le", "gt", "ge"].map((op) => keyword(op.toUpperCase(), op)), OptionName = createToken({
  name: "OptionName",
  pattern: /-{1,2}[A-Za-z][\w-]*/,
  label: "an option"
}), OptionArg = createToken({
  name: "OptionArg",
  pattern: new RegExp(`(?:"[^"]*"|${CALL}|[^\\s\\]"|])+`),
  label: "an option argument"
}), RBracket = createToken({ name: "RBracket", pattern: /\]/, pop_mode: !0, label: "']'" }), groupMode = [
  WhiteSpace,
  PipeInGroup,
  Str,
  OpenStr,
  CloseCondition,
  CloseAssignments,
  CloseGroup,
  AssignSemi,
  NotEqual,
  LessEqual,
  GreaterEqual,
  Equals,
  Less,
  Greater,
  Not,
  And,
  ...wordOperators,
  Word
], optionsMode = [WhiteSpace, PipeInGroup, RBracket, OptionName, OptionArg, OpenStr], definition = (top, defaultMode = "top") => ({
  modes: { top, group: groupMode, options: optionsMode },
  defaultMode
}), ruleLexerDefinition = definition([WhiteSpace, Pipe, LParen, LBracket, Url]), reportLexerDefinition = definition([WhiteSpace, Pipe, TargetSemi, LParen, LBracket, ReportUrl]), triggerLexerDefinition = definition([WhiteSpace, Pipe, LParen, LBracket, Url], "group"), allRuleTokens = [
  .../* @__PURE__ */ new Set([...Object.values(reportLexerDefinition.modes).flat(), Url, Operator, Pipe])
];

// src/rules/grammar.ts
var spanOf = (first2, last = first2) => ({
  start: first2.startOffset,
  end: last.startOffset + last.image.length
});
function operandOf(token) {
  let quoted = token.tokenType === Str;
  return {
    kind: quoted ? "string" : "word",
    text: quoted ? token.image.slice(1, -1) : token.image,
    at: token.startOffset + (quoted ? 1 : 0),
    span: spanOf(token)
  };
}
var OPS = {
  "=": "eq",
  eq: "eq",
  "!=": "ne",
  ne: "ne",
  "!": "ne",
  "<": "lt",
  lt: "lt",
  "<=": "le",
  le: "le",
  ">": "gt",
  gt: "gt",
  ">=": "ge",
  ge: "ge"
}, describe = (token) => token.tokenType === EOF ? "the end" : token.tokenType === OpenStr ? `a string with no closing '"'` : `'${token.image}'`, labelOf = (type) => type.LABEL ?? type.name, comparisonStart = (expected, previous) => expected === Operator && (Number.isNaN(previous.startOffset) || [And, LParen].includes(previous.tokenType)), AFTER = {
  alternative: ": an alternative ends with one URL; separate alternatives with '|'",
  expression: ": join comparisons with 'and'"
}, messages = {
  buildMismatchTokenMessage: ({ expected, actual, previous }) => `expected ${comparisonStart(expected, previous) ? "a comparison" : labelOf(expected)}, found ${describe(actual)}`,
  buildNotAllInputParsedMessage: ({ firstRedundant, ruleName }) => firstRedundant.image === "or" ? "there is no 'or' in conditions: write one '( condition )?' alternative per case, separated by '|'" : `unexpected ${describe(firstRedundant)}${AFTER[ruleName] ?? ""}`,
  buildNoViableAltMessage: ({ expectedPathsPerAlt, actual }) => `expected ${[...new Set(expectedPathsPerAlt.flat().map((path) => labelOf(path[0] ?? EOF)))].join(" or ")}, found ${describe(actual[0] ?? { tokenType: EOF })}`,
  buildEarlyExitMessage: ({ actual }) => `unexpected ${describe(actual[0] ?? { tokenType: EOF })}`
}, RuleGrammar = class extends RecordingParser {
  /** Grammar validation costs start-up time on every run; tests build the grammar with it on. */
  constructor(validate = !1) {
    super(allRuleTokens, {
      recoveryEnabled: !1,
      maxLookahead: 2,
      errorMessageProvider: messages,
      skipValidations: !validate
    }), this.performSelfAnalysis();
  }
  alternative = this.RULE("alternative", () => {
    let groups = [];
    this.MANY(() => groups.push(this.SUBRULE(this.group)));
    let options = this.OPTION(() => this.SUBRULE(this.optionList)), url = this.OPTION2(() => this.CONSUME(Url));
    return { groups, ...options ? { options } : {}, ...url ? { url } : {} };
  });
  group = this.RULE("group", () => {
    let open = this.CONSUME(LParen), inner = [];
    this.MANY(
      () => inner.push(
        this.OR([
          { ALT: () => this.CONSUME(Word) },
          { ALT: () => this.CONSUME(Str) },
          { ALT: () => this.CONSUME(Operator) },
          { ALT: () => this.CONSUME(And) },
          { ALT: () => this.CONSUME(AssignSemi) }
        ])
      )
    );
    let close = this.OR2([
      { ALT: () => this.CONSUME(CloseCondition) },
      { ALT: () => this.CONSUME(CloseAssignments) },
      { ALT: () => this.CONSUME(CloseGroup) }
    ]);
    return { open, inner, close };
  });
  optionList = this.RULE("optionList", () => {
    let open = this.CONSUME(LBracket), list = [];
    this.MANY(() => list.push(this.SUBRULE(this.optionEntry)));
    let close = this.CONSUME(RBracket);
    return { list, open, close };
  });
  optionEntry = this.RULE("optionEntry", () => {
    let name = this.CONSUME(OptionName), arg = this.OPTION(() => this.CONSUME(OptionArg));
    return this.ACTION(() => ({
      name: name.image.replace(/^-+/, ""),
      written: name.image,
      nameSpan: spanOf(name),
      ...arg ? { arg: operandOf(arg) } : {}
    }));
  });
  /** A condition: comparisons joined by `and`. Resync triggers are this rule alone, without `( )?`. */
  expression = this.RULE("expression", () => {
    let comparisons = [this.SUBRULE(this.comparison)];
    return this.MANY(() => {
      this.CONSUME(And), comparisons.push(this.SUBRULE2(this.comparison));
    }), this.ACTION(() => ({
      comparisons,
      span: { start: comparisons[0]?.span.start ?? 0, end: comparisons.at(-1)?.span.end ?? 0 }
    }));
  });
  comparison = this.RULE("comparison", () => {
    let left = this.OPTION(() => this.SUBRULE(this.operand)), op = this.CONSUME(Operator), right = this.SUBRULE2(this.operand);
    return this.ACTION(() => ({
      ...left ? { left } : {},
      op: OPS[op.image] ?? "eq",
      opText: op.image,
      opSpan: spanOf(op),
      right,
      span: { start: left?.span.start ?? op.startOffset, end: right.span.end }
    }));
  });
  operand = this.RULE("operand", () => {
    let token = this.OR([{ ALT: () => this.CONSUME(Word) }, { ALT: () => this.CONSUME(Str) }]);
    return this.ACTION(() => operandOf(token));
  });
  /** `( Name = "value" ; ... )!`; the letters a to p stand for GPP_A to GPP_P. */
  assignments = this.RULE("assignments", () => {
    let list = [];
    return this.MANY(() => list.push(this.SUBRULE(this.assignment))), list;
  });
  assignment = this.RULE("assignment", () => {
    let name = this.CONSUME(Word);
    this.CONSUME(Equals);
    let value = this.CONSUME(Str);
    return this.CONSUME(AssignSemi), this.ACTION(() => ({ name: name.image, nameSpan: spanOf(name), value: operandOf(value) }));
  });
}, shared, ruleGrammar = () => shared ??= new RuleGrammar();

// src/rules/parse.ts
var isDisabled = (value) => value.trimStart().startsWith("#");
function parseRule(value, language) {
  if (isDisabled(value) || language === "log" || language === "trigger")
    return { rule: { language, disabled: isDisabled(value), alternatives: [] }, problems: [] };
  let lexed = lexerFor(language === "report" ? reportLexerDefinition : ruleLexerDefinition).tokenize(value), problems = lexed.errors.map(
    (e) => ruleProblem("SPAC4001", at(e.offset, 1), `unexpected '${value.charAt(e.offset)}'`)
  ), alternatives = [];
  for (let segment of segments(lexed.tokens, value.length)) {
    let parsed = parseAlternative(segment.tokens, segment.span, problems);
    parsed && alternatives.push(parsed);
  }
  return { rule: { language, disabled: !1, alternatives }, problems };
}
function segments(tokens, length) {
  let out = [], current = [], start = 0;
  for (let token of tokens)
    token.tokenType.CATEGORIES?.includes(Pipe) === !0 || token.tokenType === Pipe || token.tokenType === TargetSemi ? (out.push({ tokens: current, span: { start, end: token.startOffset } }), current = [], start = token.startOffset + 1) : current.push(token);
  return out.push({ tokens: current, span: { start, end: length } }), out;
}
function parseAlternative(tokens, span, problems) {
  let grammar = ruleGrammar();
  grammar.input = tokens;
  let raw = grammar.alternative(), errors = grammar.errors;
  if (errors.length > 0) {
    problems.push(...errors.slice(0, 1).map((e) => syntaxProblem(e, span.end)));
    return;
  }
  let groups = raw.groups.map((g) => parseGroup(g, problems));
  if (!groups.some((g) => g === void 0))
    return build(raw, groups, span);
}
function build(raw, groups, span) {
  return {
    groups,
    ...raw.options ? { options: { list: raw.options.list, span: spanOf(raw.options.open, raw.options.close) } } : {},
    ...raw.url ? { url: { kind: "word", text: raw.url.image, at: raw.url.startOffset, span: spanOf(raw.url) } } : {},
    span: trimmed(span, raw)
  };
}
function trimmed(span, raw) {
  let first2 = raw.groups[0]?.open ?? raw.options?.open ?? raw.url, last = raw.url ?? raw.options?.close ?? raw.groups.at(-1)?.close;
  return first2 && last ? spanOf(first2, last) : { start: span.start, end: span.start };
}
function parseGroup(raw, problems) {
  let span = spanOf(raw.open, raw.close), kind = raw.close.tokenType === CloseCondition ? "condition" : raw.close.tokenType === CloseAssignments ? "assignments" : "unmarked";
  if (kind === "unmarked") return { kind, span };
  let grammar = ruleGrammar();
  grammar.input = raw.inner;
  let parsed = kind === "condition" ? grammar.expression() : grammar.assignments(), error = grammar.errors[0];
  if (error) {
    problems.push(syntaxProblem(error, raw.close.startOffset, raw.close.image));
    return;
  }
  return kind === "condition" ? { kind, span, condition: parsed } : { kind, span, assignments: parsed };
}
function parseTrigger(value) {
  let rule = { language: "trigger", disabled: isDisabled(value), alternatives: [] };
  if (rule.disabled || value.trim() === "") return { rule, problems: [] };
  let wrapped = /^\s*\((.*)\)\?\s*$/s.exec(value);
  if (wrapped) {
    let start = value.indexOf("("), message = "a resync trigger is a bare condition: the '( )?' wrapper belongs to profile rules", fix = {
      description: "remove '( )?'",
      span: { start: 0, end: value.length },
      text: (wrapped[1] ?? "").trim()
    };
    return { rule, problems: [ruleProblem("SPAC4007", at(start, value.length - start), message, fix)] };
  }
  let lexed = lexerFor(triggerLexerDefinition).tokenize(value), problems = lexed.errors.map(
    (e) => ruleProblem(
      "SPAC4001",
      at(e.offset, e.length),
      `unexpected '${value.slice(e.offset, e.offset + e.length)}'`
    )
  );
  if (problems.length > 0) return { rule, problems };
  let grammar = ruleGrammar();
  grammar.input = lexed.tokens;
  let condition = grammar.expression(), error = grammar.errors[0];
  return error ? { rule, problems: [syntaxProblem(error, value.length)] } : { rule, problems, condition };
}
var UNCLOSED = {
  group: "'(' is not closed: end the group with ')?' (a condition) or ')!' (assignments)",
  optionList: "'[' is not closed: end the options with ']'"
};
function syntaxProblem(error, end, closer) {
  let token = error.token;
  if (Number.isNaN(token.startOffset)) {
    let unclosed = UNCLOSED[error.context.ruleStack.at(-1) ?? ""], message = closer ? error.message.replace(/the end$/, `'${closer}'`) : error.message;
    return ruleProblem("SPAC4001", at(end, 0), unclosed ?? message);
  }
  return ruleProblem("SPAC4001", at(token.startOffset, token.image.length), error.message);
}

// src/rules/url.ts
var DEFAULT_PORTS = { tftp: 69, http: 80, https: 443 }, SCHEMES = /* @__PURE__ */ new Set(["tftp", "http", "https"]);
function split(url) {
  let m = /^([^/]*?):\/\//.exec(url), rest = m ? url.slice(m[0].length) : url, hostAt = m ? m[0].length : 0, slash = rest.indexOf("/"), hostPort = slash < 0 ? rest : rest.slice(0, slash);
  return { ...m ? { scheme: m[1] ?? "" } : {}, hostPort, hostAt, path: slash < 0 ? "" : rest.slice(slash) };
}
function urlParts(url) {
  let s = split(url), scheme = (s.scheme ?? "tftp").toLowerCase();
  if (!SCHEMES.has(scheme) || !s.path.startsWith("/")) return;
  let colon = s.hostPort.lastIndexOf(":"), written = colon < 0 ? void 0 : s.hostPort.slice(colon + 1);
  if (!(written !== void 0 && !validPort(written)))
    return {
      scheme,
      host: colon < 0 ? s.hostPort : s.hostPort.slice(0, colon),
      port: written === void 0 ? DEFAULT_PORTS[scheme] : Number(written),
      path: s.path,
      schemeWritten: s.scheme !== void 0
    };
}
var effectiveScheme = (url) => (split(url).scheme ?? "tftp").toLowerCase(), validPort = (p) => /^[0-9]{1,5}$/.test(p) && Number(p) >= 1 && Number(p) <= 65535;
function checkUrl2(url) {
  let slashes = /^(tftp|https?):\/?(?!\/)/i.exec(url.text);
  if (slashes) {
    let fix = {
      description: `write '${slashes[1] ?? ""}://'`,
      span: at(url.at, slashes[0].length),
      text: `${slashes[1] ?? ""}://`
    };
    return [ruleProblem("SPAC4004", at(url.at, slashes[0].length), "a scheme is followed by '://'", fix)];
  }
  let s = split(url.text), problems = [];
  s.scheme !== void 0 && !schemeMayBeValid(s.scheme) && problems.push(
    ruleProblem(
      "SPAC4004",
      at(url.at, s.scheme.length),
      `unknown scheme '${s.scheme}': use tftp, http or https`
    )
  );
  let colon = s.hostPort.lastIndexOf(":"), port = colon < 0 ? void 0 : s.hostPort.slice(colon + 1);
  return port !== void 0 && !port.includes("$") && !validPort(port) && problems.push(
    ruleProblem("SPAC4004", at(url.at + s.hostAt + colon + 1, port.length), `invalid port '${port}'`)
  ), s.path === "" && !(s.scheme === void 0 ? url.text.startsWith("$") : s.hostPort.includes("$")) && problems.push(pathProblem(url, s)), problems;
}
function schemeMayBeValid(scheme) {
  if (SCHEMES.has(scheme.toLowerCase())) return !0;
  let literal = scheme.replace(/\$\([^)]*\)|\$[A-Za-z_][A-Za-z0-9_]*/g, "");
  return literal !== scheme && /^[A-Za-z]*$/.test(literal);
}
function pathProblem(url, s) {
  return s.scheme !== void 0 ? ruleProblem(
    "SPAC4004",
    at(url.at, url.text.length),
    "the URL has no path after the server: add '/' and a file"
  ) : ruleProblem(
    "SPAC4004",
    at(url.at, url.text.length),
    `the path must be absolute: the phone reads '${url.text}' as a server name`,
    { description: "start the path with '/'", span: at(url.at, 0), text: "/" }
  );
}

// src/rules/check-rule.ts
function checkRuleValue(value, language, context = {}) {
  if (language === "log")
    return { rule: { language, disabled: !1, alternatives: [] }, problems: checkMacros(value, 0) };
  if (language === "trigger") {
    let parsed2 = parseTrigger(value), problems = [...parsed2.problems, ...parsed2.condition ? checkCondition(parsed2.condition) : []];
    return { rule: parsed2.rule, ...parsed2.condition ? { condition: parsed2.condition } : {}, problems };
  }
  let parsed = parseRule(value, language), alts = parsed.rule.alternatives, last = alts.findLastIndex((alt) => alt.span.start !== alt.span.end), semantic = alts.flatMap((alt, i) => alternativeProblems(alt, i >= last, language, context)), empty = value.trim() === "" ? [] : emptyAlternatives(value, parsed.rule);
  return { rule: parsed.rule, problems: [...parsed.problems, ...empty, ...semantic] };
}
function emptyAlternatives(value, rule) {
  let sep = rule.language === "report" ? ";" : "|";
  return rule.alternatives.filter((alt) => alt.span.start === alt.span.end).map((alt) => {
    let before = value.lastIndexOf(sep, alt.span.start);
    return before >= 0 && value.slice(before + 1).trim() === "" ? ruleProblem("SPAC4001", at(before, 1), `nothing after '${sep}'`) : ruleProblem(
      "SPAC4001",
      at(Math.max(0, value.indexOf(sep, alt.span.start)), 1),
      `nothing before '${sep}'`
    );
  });
}
function alternativeProblems(alt, last, language, context) {
  return alt.span.start === alt.span.end ? [] : [
    ...groupProblems(alt, last, language, context),
    ...alt.options ? checkOptions(alt.options.list, alt.options.span, language) : [],
    ...alt.url ? [...checkUrl2(alt.url), ...checkMacros(alt.url.text, alt.url.at)] : missingUrl(alt, language)
  ];
}
function missingUrl(alt, language) {
  return language === "report" ? [ruleProblem("SPAC4001", alt.span, "a report target needs a URL")] : alt.options ? [ruleProblem("SPAC4001", alt.options.span, "options need a URL after them")] : [];
}
function groupProblems(alt, last, language, context) {
  let out = [], counts = { condition: 0, assignments: 0 };
  for (let group of alt.groups) {
    if (group.kind === "unmarked") {
      out.push(
        ruleProblem("SPAC4001", group.span, "a group ends with ')?' (a condition) or ')!' (assignments)")
      );
      continue;
    }
    if (language === "report") {
      out.push(ruleProblem("SPAC4007", group.span, "a report rule has no conditions or assignments"));
      continue;
    }
    ++counts[group.kind] > 1 && out.push(
      ruleProblem(
        "SPAC4007",
        group.span,
        `an alternative has at most one ${group.kind === "condition" ? "condition" : "assignment group"}`
      )
    ), group.condition && append(out, checkCondition(group.condition));
    for (let a of group.assignments ?? []) append(out, assignmentProblems(a, context));
  }
  return !last && language !== "report" && counts.condition === 0 && out.push(
    ruleProblem(
      "SPAC4006",
      alt.span,
      "only the last alternative may leave out its '( condition )?': the ones after it are never tried"
    )
  ), out;
}
function assignmentProblems(a, context) {
  let macros = checkMacros(a.value.text, a.value.at);
  return /^[a-pA-P]$/.test(a.name) || !context.knows || context.knows(a.name) ? macros : [
    ruleProblem("SPAC4008", a.nameSpan, `'${a.name}' is not a known parameter: this assignment sets nothing`),
    ...macros
  ];
}

export {
  textNameToXml,
  xmlNameOf,
  entryKey,
  emptyNameTable,
  TEXT_NAME_BODY,
  XML_NAME,
  Lexer,
  createToken,
  lexerFor,
  RecordingParser,
  splitLineName,
  familyPattern,
  lineName,
  lineSpelling,
  isFamilyPattern,
  parseRange,
  inRange,
  parseTarget,
  linesOnFirmware,
  modelName,
  findModel,
  schemaIndex,
  firmwareHas,
  linesOn,
  textNameOf,
  xmlTagOf,
  entryTag,
  targetName,
  ruleProblem,
  parseRule,
  scanMacros,
  expandMacros,
  expandPieces,
  urlParts,
  effectiveScheme,
  checkRuleValue,
  INTEGER,
  HEX,
  DECIMAL,
  canonicalBool,
  TIME_ZONES,
  checkValue,
  metaCheck,
  asSchema,
  builtinSchemas
};
