import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  evaluateRule,
  previewRules
} from "./chunk-CAEGLMT3.js";
import {
  emitXml
} from "./chunk-DN6Q4ABV.js";
import "./chunk-5AWKQC2Z.js";
import {
  entriesOf,
  parseProfile
} from "./chunk-JG7RXYEO.js";
import {
  builtinSchemas,
  checkRuleValue,
  findModel,
  schemaIndex,
  xmlNameOf
} from "./chunk-ILBW3I2W.js";
import "./chunk-7E2XYKPH.js";
import {
  encryptOpenssl,
  unwrapProfile
} from "./chunk-2CEZCH7C.js";
import {
  hostOf
} from "./chunk-WYDOQ5LD.js";
import {
  invalidMac,
  usageError
} from "./chunk-KX2ECOKB.js";
import {
  EXIT_ERRORS,
  EXIT_OK,
  EXIT_USAGE,
  readText,
  report
} from "./chunk-IAUS6DXG.js";
import "./chunk-4FTOEFBI.js";
import {
  deviceValues,
  parseMac
} from "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import {
  diagnostic,
  range
} from "./chunk-YXJOSIDR.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";

// src/phone/phone.ts
var PROFILE_RULES = ["Profile_Rule", "Profile_Rule_B", "Profile_Rule_C", "Profile_Rule_D"];
function stateEntries(state) {
  let at = { start: 0, end: 0 };
  return [...state].map(([name, held]) => ({
    kind: "entry",
    name,
    nameFormat: "xml",
    path: [],
    access: held.access,
    value: held.value,
    file: "(phone)",
    range: at,
    nameRange: at
  }));
}
function applyProfile(state, entries) {
  let applied = 0;
  for (let entry of entries) {
    if (entry.value === void 0) continue;
    let tag = xmlNameOf(entry), access = entry.access ?? state.get(tag)?.access;
    state.set(tag, { value: entry.value, ...access === void 0 ? {} : { access } }), applied++;
  }
  return applied;
}
async function resync(phone, n, transport) {
  let steps = [];
  for (let name of PROFILE_RULES) {
    let facts = { mac: phone.mac, model: phone.model, set: {} }, [preview] = previewRules(stateEntries(phone.state), phone.index, facts, [name]).rules, fetch = preview?.outcome.status === "fetch" ? preview.outcome.fetch : void 0;
    for (let a of preview?.outcome.fetch?.assignments ?? []) phone.state.set(a.name, { value: a.value });
    fetch && steps.push(
      await fetchAndApply(phone, { resync: n, rule: name, url: fetch.url }, fetch.key?.value, transport)
    );
  }
  let report2 = await sendReport(phone, n, transport);
  return report2 && steps.push(report2), steps;
}
async function fetchAndApply(phone, step, key, transport) {
  let got = await transport.get(step.url);
  if (!got.ok) return { ...step, bytes: 0, encrypted: !1, error: got.reason };
  let base = { ...step, status: got.status, bytes: got.bytes.length, encrypted: !1 };
  if (got.status !== 200) return { ...base, error: `the server answered ${String(got.status)}` };
  let opened = unwrapProfile(got.bytes, step.url, key === void 0 ? {} : { key });
  if (!opened.ok) return { ...base, error: opened.message };
  let encrypted = opened.layers.includes("aes-256-cbc"), parsed = parseProfile(opened.text, step.url);
  return parsed.diagnostics.some((d) => d.severity === "error") ? { ...base, encrypted, error: "the profile has syntax errors: not applied" } : { ...base, encrypted, applied: applyProfile(phone.state, entriesOf(parsed.profile.items)) };
}
async function sendReport(phone, n, transport) {
  let rule = phone.state.get("Report_Rule")?.value ?? "";
  if (rule.trim() === "") return;
  let checked = checkRuleValue(rule, "profile"), values = deviceValues({ mac: phone.mac, model: phone.model, set: {} }, registers(phone.state)), outcome = evaluateRule(checked.rule, (m) => values.get(m)), url = outcome.status === "fetch" ? outcome.fetch?.url : void 0;
  if (url === void 0)
    return {
      resync: n,
      rule: "Report_Rule",
      url: "",
      bytes: 0,
      encrypted: !1,
      error: `no URL (${outcome.status})`
    };
  let text = new TextEncoder().encode(emitXml(stateEntries(phone.state)).text), key = outcome.fetch?.key?.value, body = key === void 0 ? text : encryptOpenssl(text, key), sent = await transport.post(url, body), step = { resync: n, rule: "Report_Rule", url, bytes: body.length, encrypted: key !== void 0 };
  return sent.ok ? sent.status < 300 ? { ...step, status: sent.status } : { ...step, status: sent.status, error: `the server answered ${String(sent.status)}` } : { ...step, error: sent.reason };
}
function registers(state) {
  let out = /* @__PURE__ */ new Map();
  for (let [tag, held] of state) {
    let letter = /^GPP_([A-P]|S[A-D])$/.exec(tag)?.[1];
    letter && out.set(letter, held.value);
  }
  return out;
}

// src/node/phone-transport.ts
import { lookup as dnsLookup } from "node:dns";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
var MAX_BODY = 4 * 1024 * 1024, TIMEOUT = 1e4;
function phoneServerCheck(host, cert) {
  let cn = cert.subject?.CN;
  if (typeof cn != "string") return new Error("the server certificate has no CN");
  let named = hostOf(cn).replace(/\.$/, "").toLowerCase();
  return named.includes("*") ? new Error(`the server certificate's CN '${cn}' is a wild card`) : named === host.replace(/\.$/, "").toLowerCase() ? void 0 : new Error(`the server certificate's CN '${cn}' does not name '${host}'`);
}
function resolver(resolve) {
  return (hostname, options2, callback) => {
    let address = resolve.get(hostname.toLowerCase());
    if (address === void 0) {
      dnsLookup(hostname, options2, callback);
      return;
    }
    let family = isIP(address);
    options2.all ? callback(null, [{ address, family }]) : callback(null, address, family);
  };
}
function nodeTransport(tls, resolve) {
  let send = (method, url, body) => new Promise((done) => {
    let target;
    try {
      target = new URL(url);
    } catch {
      done({ ok: !1, reason: `not a URL: ${url}` });
      return;
    }
    if (target.protocol !== "http:" && target.protocol !== "https:") {
      done({
        ok: !1,
        reason: `${target.protocol.replace(":", "")} is not simulated (http and https are)`
      });
      return;
    }
    let secure = target.protocol === "https:", options2 = {
      method,
      timeout: TIMEOUT,
      lookup: resolver(resolve),
      headers: { "user-agent": "spac-phone", ...body ? { "content-length": body.length } : {} },
      ...secure ? {
        ...tls.ca === void 0 ? {} : { ca: tls.ca },
        ...tls.cert === void 0 ? {} : { cert: tls.cert },
        ...tls.key === void 0 ? {} : { key: tls.key },
        rejectUnauthorized: !0,
        servername: isIP(target.hostname) ? void 0 : target.hostname,
        checkServerIdentity: phoneServerCheck
      } : {}
    }, req = (secure ? httpsRequest : httpRequest)(target, options2, (res) => {
      collect(res, done);
    });
    req.on("timeout", () => req.destroy(new Error("timed out"))), req.on("error", (error) => {
      done({ ok: !1, reason: networkReason(error.message) });
    }), req.end(body);
  });
  return { get: (url) => send("GET", url), post: (url, body) => send("POST", url, body) };
}
function networkReason(message) {
  let alert = /alert ([a-z ]+?)(?::|$)/i.exec(message)?.[1];
  return alert ? `the TLS handshake failed: the server says '${alert}'` : message.split(`
`)[0] ?? message;
}
function collect(res, done) {
  let chunks = [], size = 0;
  res.on("data", (chunk) => {
    size += chunk.length, size > MAX_BODY ? res.destroy(new Error("the response is larger than 4 MiB")) : chunks.push(chunk);
  }), res.on("error", (error) => {
    done({ ok: !1, reason: error.message });
  }), res.on("end", () => {
    done({ ok: !0, status: res.statusCode ?? 0, bytes: Buffer.concat(chunks) });
  });
}

// src/cli/commands/phone.ts
var options = {
  mac: { type: "string", demandOption: !0, describe: "the phone's MAC address" },
  model: { type: "string", demandOption: !0, describe: "its model, such as SPA504G" },
  rule: { type: "string", describe: "its Profile_Rule to start with (default: the one in --state)" },
  cert: { type: "string", describe: "its client certificate (PEM), shown to HTTPS servers" },
  key: { type: "string", describe: "its client certificate's key (PEM)" },
  ca: { type: "string", describe: "the CA it trusts for servers (PEM; default: the system CAs)" },
  state: { type: "string", describe: "keep its settings in DIR/<mac>.json between runs (mode 0600)" },
  resyncs: { type: "number", default: 2, describe: "resyncs to run" },
  resolve: { type: "string", array: !0, describe: "HOST:ADDRESS, as curl's --resolve (repeatable)" },
  format: { choices: ["text", "json"], default: "text", describe: "output format" }
}, builder = (y) => y.options(options).example(
  "$0 phone --mac 00:0e:08:aa:bb:cc --model SPA504G --rule 'https://prov.example.com/init/$MA.xml' --cert dev.crt --key dev.key --ca lab-ca.crt",
  "first contact over HTTPS, then what the bootstrap profile points at"
);
function resolveMap(pairs) {
  let out = /* @__PURE__ */ new Map();
  for (let pair of pairs ?? []) {
    let at = pair.indexOf(":");
    if (at <= 0 || at === pair.length - 1) return `--resolve '${pair}': give HOST:ADDRESS`;
    out.set(pair.slice(0, at).toLowerCase(), pair.slice(at + 1).replace(/^\[|\]$/g, ""));
  }
  return out;
}
async function run(a, io) {
  let mac = parseMac(a.mac);
  if (mac === void 0) return usageError(io, invalidMac(a.mac), "phone");
  let schemas = await builtinSchemas(), found = findModel(schemas, a.model);
  if (!found) return usageError(io, `unknown model '${a.model}'`, "phone");
  if (!(Number.isInteger(a.resyncs) && a.resyncs >= 1 && a.resyncs <= 100))
    return usageError(io, "--resyncs takes 1 to 100", "phone");
  if (a.cert === void 0 != (a.key === void 0))
    return usageError(io, "--cert and --key go together", "phone");
  let resolve = resolveMap(a.resolve);
  if (typeof resolve == "string") return usageError(io, resolve, "phone");
  let failed = [], tls = {
    cert: await readText(io, a.cert, failed),
    key: await readText(io, a.key, failed),
    ca: await readText(io, a.ca, failed)
  }, statePath = a.state === void 0 ? void 0 : `${a.state}/${mac}.json`, saved = statePath === void 0 ? void 0 : await io.readFile(statePath);
  if (failed.length > 0)
    return report(failed, /* @__PURE__ */ new Map(), io, io.stderr), EXIT_USAGE;
  let state = saved?.ok ? readState(new TextDecoder().decode(saved.bytes)) : /* @__PURE__ */ new Map();
  a.rule !== void 0 && state.set("Profile_Rule", { value: a.rule });
  let phone = { mac, model: found.model.name, index: schemaIndex(schemas, found.model.name), state }, transport = nodeTransport(
    {
      ...tls.cert ? { cert: tls.cert } : {},
      ...tls.key ? { key: tls.key } : {},
      ...tls.ca ? { ca: tls.ca } : {}
    },
    resolve
  ), steps = [];
  for (let n = 1; n <= a.resyncs; n++) steps.push(...await resync(phone, n, transport));
  if (statePath !== void 0) {
    let wrote = await io.writeFileAtomic(statePath, stateText(mac, state), { mode: 384 });
    if (!wrote.ok)
      return report(
        [diagnostic("SPAC9002", statePath, range(0), { file: statePath, reason: wrote.reason })],
        /* @__PURE__ */ new Map(),
        io,
        io.stderr
      ), EXIT_USAGE;
  }
  return io.stdout.write(
    a.format === "json" ? `${JSON.stringify({ mac, model: phone.model, steps, settings: state.size }, null, 2)}
` : stepsText(mac, phone.model, steps, state.size)
  ), steps.some((s) => s.error !== void 0) ? EXIT_ERRORS : EXIT_OK;
}
function stepsText(mac, model, steps, settings) {
  let lines = [`phone ${mac} (${model})`];
  steps.length === 0 && lines.push("no rule fetched anything");
  for (let s of steps) {
    let what = s.rule === "Report_Rule" ? `posted ${String(s.bytes)} bytes${s.encrypted ? ", encrypted" : ""}` : `${String(s.bytes)} bytes${s.encrypted ? ", decrypted" : ""}${s.applied === void 0 ? "" : `, applied ${String(s.applied)} settings`}`, status = s.status === void 0 ? "failed" : String(s.status);
    lines.push(
      `resync ${String(s.resync)}: ${s.rule} ${s.url}: ${status}, ${what}${s.error === void 0 ? "" : `: ${s.error}`}`
    );
  }
  return lines.push(`state: ${String(settings)} settings`), `${lines.join(`
`)}
`;
}
var stateText = (mac, state) => `${JSON.stringify({ mac, settings: Object.fromEntries(state) }, null, 2)}
`;
function readState(text) {
  let out = /* @__PURE__ */ new Map();
  try {
    let parsed = JSON.parse(text);
    for (let [tag, held] of Object.entries(parsed.settings ?? {}))
      typeof held.value == "string" && out.set(tag, { value: held.value, ...isAccess(held.access) ? { access: held.access } : {} });
  } catch {
    return out;
  }
  return out;
}
var isAccess = (v) => v === "na" || v === "ro" || v === "rw";
export {
  builder,
  run
};
