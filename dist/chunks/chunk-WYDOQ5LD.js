import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);

// src/cert/names.ts
var SHORT_NAMES = {
  CN: "CN",
  O: "O",
  OU: "OU",
  L: "L",
  ST: "ST",
  // The phones' documentation writes the state field as S (S=000e08abcdef).
  S: "ST",
  C: "C"
};
function parseSubject(text) {
  let slashed = text.startsWith("/"), parts = (slashed ? text.slice(1) : text).split(slashed ? /(?<!\\)\// : /(?<!\\),/), fields = [];
  for (let part of parts) {
    if (part.trim() === "") continue;
    let eq = part.indexOf("="), key = part.slice(0, Math.max(eq, 0)).trim(), name = SHORT_NAMES[key.toUpperCase()];
    if (eq < 0 || name === void 0)
      return {
        ok: !1,
        problem: `'${part.trim()}' is not NAME=value with NAME one of CN, O, OU, L, ST, C`
      };
    let value = part.slice(eq + 1).trim().replace(/\\([,/])/g, "$1");
    if (value === "") return { ok: !1, problem: `'${key}' has no value` };
    if (name === "C" && !/^[A-Za-z]{2}$/.test(value))
      return { ok: !1, problem: `the country 'C' is two letters (ISO 3166), not '${value}'` };
    fields.push({ name, value: name === "C" ? value.toUpperCase() : value });
  }
  return { ok: !0, value: fields };
}
function serverCnProblem(cn) {
  let host = hostOf(cn);
  return host.includes("*") ? { id: "wildcard", host } : isFqdn(host) ? void 0 : { id: "not-fqdn", host };
}
var hostOf = (cn) => cn.split("/")[0] ?? "", LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
function isFqdn(host) {
  let name = host.endsWith(".") ? host.slice(0, -1) : host, labels = name.split(".");
  return name.length <= 253 && labels.length >= 2 && labels.every((l) => LABEL.test(l)) && // A top-level label of digits only would make this an IP address, not a name.
  !/^\d+$/.test(labels[labels.length - 1] ?? "");
}
var productName = (model) => model.replace(/^SPA(?=[0-9])/i, "SPA-"), modelOfProduct = (product) => product.replace(/^SPA-(?=[0-9])/i, "SPA");

export {
  parseSubject,
  serverCnProblem,
  hostOf,
  productName,
  modelOfProduct
};
