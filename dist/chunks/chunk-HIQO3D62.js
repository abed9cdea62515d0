import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  longGppLetter,
  macroInfo
} from "./chunk-C4OQ6GRE.js";

// src/rules/device.ts
function parseMac(text) {
  let hex = text.replace(/[:.-]/g, "").toLowerCase();
  if (!/^[0-9a-f]{12}$/.test(hex)) return;
  let groups = text.split(/[:.-]/);
  return groups.length === 1 || groups.every((g) => g.length === groups[0]?.length) ? hex : void 0;
}
function parseSetting(text) {
  let eq = text.indexOf("=");
  if (eq <= 0) return { error: "'--set' needs the form NAME=value, such as SWVER=7.5.5" };
  let written = text.slice(0, eq).replace(/^\$/, ""), name = longGppLetter(written) ?? written.toUpperCase();
  return macroInfo(name) ? { name, value: text.slice(eq + 1) } : { error: `'--set ${written}=...': '${written}' is not a macro the phone expands` };
}
var seriesNumber = (model) => model.replace(/^SPA/i, "");
function deviceValues(facts, registers) {
  let mac = facts.mac, values = /* @__PURE__ */ new Map([
    ["MA", mac],
    ["MAU", mac.toUpperCase()],
    ["MAC", mac.replace(/(..)(?!$)/g, "$1:")]
  ]);
  facts.model !== void 0 && (values.set("PN", facts.model), values.set("PSN", seriesNumber(facts.model)));
  for (let [name, value] of registers) values.set(name, value);
  for (let [name, value] of Object.entries(facts.set)) values.set(name, value);
  return values;
}

export {
  parseMac,
  parseSetting,
  deviceValues
};
