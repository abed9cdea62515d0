import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  TIME_ZONES,
  familyPattern,
  findModel,
  lineSpelling,
  parseTarget,
  schemaIndex,
  splitLineName,
  textNameOf,
  textNameToXml
} from "./chunk-ILBW3I2W.js";

// src/schema/describe.ts
function findParameter(schemas, name, target) {
  let scope = target === void 0 ? schemas : [findModel(schemas, target)?.family].filter((f) => f !== void 0), index = schemaIndex(scope), tag = textNameToXml(
    name.endsWith("[n]") ? `${name.slice(0, -"[n]".length)}[${"{n}"}]` : name
  ), exact = index.find(tag);
  if (exact.length > 0) return exact;
  let byLower = new Map(index.names("xml").map((x) => [x.toLowerCase(), x])), line = splitLineName(tag, "xml"), family = line ? byLower.get(familyPattern(line.base, "xml").toLowerCase()) : void 0;
  if (family !== void 0) return index.find(lineSpelling(family, line?.line ?? 1));
  let plain = byLower.get(tag.toLowerCase());
  return plain === void 0 ? [] : index.find(plain);
}
function describeParameter(found, target) {
  let { spec, family } = found, models = family.models.filter((m) => spec.models === void 0 || spec.models.includes(m.name)), model = target === void 0 ? void 0 : parseTarget(target).model.toLowerCase(), inScope = model === void 0 ? models : models.filter((m) => m.name.toLowerCase() === model), source = spec.source ?? family.source, perLine = spec.name.endsWith("[n]"), maxLines = Math.max(0, ...inScope.map((m) => m.lines));
  return {
    family: family.family,
    name: textNameOf(found) ?? spec.name,
    xml: found.index === void 0 ? spec.xml : lineSpelling(spec.xml, found.index),
    type: typeText(spec.type),
    ...spec.type.kind === "enum" ? { options: spec.type.options.map((o) => optionText(o, spec.type)) } : spec.type.kind === "timezone" ? { options: TIME_ZONES } : {},
    ...spec.default === void 0 ? {} : { default: spec.default },
    access: spec.access,
    ...spec.section === void 0 ? {} : { section: spec.section },
    ...spec.description === void 0 ? {} : { description: spec.description },
    models: inScope.map((m) => m.name),
    ...perLine ? { lines: maxLines <= 1 ? "1" : `1 to ${maxLines}` } : {},
    secret: spec.secret === !0,
    ...spec.rangeNote === void 0 ? {} : { rangeNote: spec.rangeNote },
    firmware: spec.firmware ?? "every known firmware",
    ...source === void 0 ? {} : { source }
  };
}
function optionText(option, type) {
  let range = type.kind === "enum" ? type.optionFirmware?.[option] : void 0;
  return range === void 0 ? option : `${option} (${range})`;
}
function typeText(type) {
  switch (type.kind) {
    case "int":
    case "decimal": {
      let what = type.kind === "int" ? "whole number" : type.places === void 0 ? "decimal number" : `decimal number (${type.places} places)`, bounds = type.min !== void 0 && type.max !== void 0 ? ` from ${type.min} to ${type.max}` : type.min !== void 0 ? ` at least ${type.min}` : type.max !== void 0 ? ` at most ${type.max}` : "";
      return `${what}${bounds}${type.unit === void 0 ? "" : ` ${type.unit}`}`;
    }
    case "string":
    case "password":
      return type.maxLength === void 0 ? type.kind : `${type.kind} of at most ${type.maxLength} characters`;
    case "url":
      return type.schemes === void 0 ? "url" : `url (${type.schemes.join(", ")})`;
    case "rule":
      return `rule (${type.language} rule)`;
    default:
      return KIND_TEXT[type.kind];
  }
}
var KIND_TEXT = {
  bool: "Yes/No",
  enum: "choice",
  int: "whole number",
  decimal: "decimal number",
  timezone: "time zone (GMT-12:00 to GMT+13:00)",
  hhmm: "time of day as HHmm",
  ipv4: "IPv4 address",
  port: "port (0 to 65535)",
  host: "host name or IPv4 address, optional :port",
  url: "url",
  phone: "phone number or SIP URI",
  "dst-rule": "daylight-saving rule (start=...;end=...;save=...)",
  schedule: "delay schedule in seconds (1800,3600+600)",
  tone: "tone script",
  cadence: "cadence script",
  "dial-plan": "dial plan",
  string: "string",
  password: "password",
  rule: "rule"
};

export {
  findParameter,
  describeParameter,
  typeText
};
