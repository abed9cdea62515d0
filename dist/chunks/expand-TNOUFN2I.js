import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  confined,
  importRoots
} from "./chunk-5O6RW2WD.js";
import {
  schemaOptions
} from "./chunk-TMVOA5H2.js";
import {
  expand,
  expandRule,
  hideSecretArguments
} from "./chunk-OEXGWO7J.js";
import "./chunk-227DPP57.js";
import "./chunk-GPQY3O4T.js";
import "./chunk-CAEGLMT3.js";
import "./chunk-DN6Q4ABV.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-UHZU7MIC.js";
import "./chunk-MVACOJPQ.js";
import "./chunk-JG7RXYEO.js";
import "./chunk-ILBW3I2W.js";
import "./chunk-7E2XYKPH.js";
import {
  importHost,
  readInputs
} from "./chunk-IQYGKJZ5.js";
import "./chunk-2CEZCH7C.js";
import {
  invalidMac,
  schemaArgs,
  schemaOption,
  showDashes,
  targetOption,
  usageError
} from "./chunk-KX2ECOKB.js";
import {
  exitCodeFor,
  refuse,
  report
} from "./chunk-IAUS6DXG.js";
import "./chunk-4FTOEFBI.js";
import {
  parseMac,
  parseSetting
} from "./chunk-HIQO3D62.js";
import {
  macroInfo
} from "./chunk-C4OQ6GRE.js";
import {
  append,
  lineIndex,
  sortDiagnostics
} from "./chunk-YXJOSIDR.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";

// src/cli/expand-report.ts
var HIDDEN = "(hidden)", isSecret = (macro) => macroInfo(macro)?.scope === "secret";
function where(rule, sources) {
  let entry = rule.entry;
  if (!entry) return;
  let at = lineIndex(sources.get(entry.file) ?? "").position(entry.valueRange?.start ?? entry.range.start);
  return { file: entry.file, line: at.line, column: at.column };
}
function previewJson(preview, device, options2) {
  let macros = Object.fromEntries(
    [...preview.values].map(([k, v]) => [k, isSecret(k) && !options2.showSecrets ? HIDDEN : v])
  );
  return {
    device: { ...device, macros },
    rules: preview.rules.map((r) => ({
      name: r.name,
      value: options2.showSecrets ? r.value : hideSecretArguments(r.value, HIDDEN),
      from: r.from,
      ...r.entry ? { source: where(r, options2.sources) } : {},
      ...outcomeJson(r.outcome, options2.showSecrets)
    }))
  };
}
function outcomeJson(o, showSecrets) {
  return {
    status: o.status,
    ...o.alternative === void 0 ? {} : { alternative: o.alternative },
    tried: o.tried,
    ...o.missing.length > 0 ? { missing: o.missing } : {},
    ...o.fetch ? fetchJson(o.fetch, showSecrets) : {}
  };
}
function fetchJson(f, showSecrets) {
  return {
    ...f.url === "" ? {} : { url: f.url },
    ...f.parts ? {
      scheme: f.parts.scheme,
      host: f.parts.host,
      hostFromDhcp: f.parts.host === "",
      port: f.parts.port,
      path: f.parts.path
    } : {},
    ...f.key ? { key: { source: f.key.source, ...showSecrets ? { value: f.key.value } : {} } } : {},
    ...f.post ? { post: f.post } : {},
    ...f.alias ? { alias: f.alias } : {},
    assignments: f.assignments
  };
}
function previewText(preview, device, options2) {
  let json = previewJson(preview, device, options2), facts = Object.entries(json.device.macros).filter(([k]) => !["MA", "MAU", "MAC", "PN", "PSN"].includes(k)).map(([k, v]) => `$${k}=${v}`), head = [
    `device  ${json.device.macros.MAC ?? device.mac}` + (device.model ? `  ${device.model} ($PN ${device.model}, $PSN ${json.device.macros.PSN ?? ""})` : "  (no --target: $PN and $PSN stay as written)"),
    ...facts.length > 0 ? [`        ${facts.join("  ")}`] : []
  ], blocks = preview.rules.map((r, i) => ruleBlock(r, json.rules[i]?.value ?? "", options2));
  return `${[head.join(`
`), ...blocks].join(`

`)}
`;
}
function ruleBlock(rule, shownValue, options2) {
  let at = where(rule, options2.sources), origin = at ? `${at.file}:${at.line}:${at.column}` : rule.from === "default" ? "factory default" : "not set", rows = [["rule", shownValue === "" ? "(empty)" : shownValue]];
  for (let t of rule.outcome.tried)
    rows.push([`alternative ${t.alternative}`, t.steps.length === 0 ? "no condition" : t.steps.join(", ")]);
  append(rows, outcomeRows(rule.outcome, options2.showSecrets, rule.name !== "Upgrade_Rule"));
  let width = Math.max(...rows.map(([k]) => k.length));
  return [`${rule.name}  (${origin})`, ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join(`
`);
}
function outcomeRows(o, showSecrets, profile) {
  switch (o.status) {
    case "disabled":
      return [["result", "disabled: the value starts with '#'"]];
    case "empty":
      return [["result", "nothing to fetch"]];
    case "invalid":
      return [["result", "not run: the rule has errors (reported above)"]];
    case "no-match":
      return [["result", "no alternative matches: the phone skips this rule"]];
    case "undecided":
      return [["result", `cannot tell: give ${o.missing.map((m) => `--set ${m}=...`).join(" ")}`]];
    default:
      return [
        ["result", `alternative ${o.alternative ?? 0} matches`],
        ...o.fetch ? fetchRows(o, o.fetch, showSecrets, profile) : []
      ];
  }
}
function fetchRows(o, f, showSecrets, profile) {
  let rows = [];
  if (o.status === "assign-only") rows.push(["fetches", "nothing (no URL): only the assignments run"]);
  else if (!f.parts) rows.push(["fetches", `${f.url}: not a URL the phone can use`]);
  else {
    let p = f.parts;
    rows.push(["fetches", f.url]), rows.push(["scheme", `${p.scheme}${p.schemeWritten ? "" : " (none written: tftp)"}`]), rows.push(["host", p.host === "" ? "(none: the TFTP server from DHCP option 66)" : p.host]), rows.push(["port", String(p.port)]), rows.push(["path", p.path]);
  }
  f.key ? rows.push([
    "key",
    f.key.source === "rule" ? `written in the rule${showSecrets ? `: ${f.key.value}` : ` ${HIDDEN}`}` : `from ${f.key.source}${showSecrets ? `: ${f.key.value}` : ` ${HIDDEN}`}`
  ]) : o.status === "fetch" && profile && rows.push(["key", "none: the profile must be plain text"]), f.post && rows.push(["post", `body from ${f.post}`]), f.alias && rows.push(["alias", `name map in ${f.alias}`]);
  for (let a of f.assignments) rows.push(["sets", `${a.name} = "${a.value}"`]);
  return rows;
}

// src/cli/commands/expand.ts
async function runExpand(args, io) {
  let usage = (message) => usageError(io, message, "expand");
  if (args.rule === void 0 == (args.profiles.length === 0))
    return usage("give profiles or --rule, not both and not neither");
  let device = deviceFacts(args);
  if ("error" in device) return usage(device.error);
  let picked = await schemaOptions(args, io);
  if (!picked.ok) return refuse(picked, io);
  let result, ioFailed = !1;
  if (args.rule !== void 0) result = await expandRule(args.rule, { ...picked.options, device });
  else {
    let { inputs, failures } = await readInputs(args.profiles, io);
    ioFailed = failures.length > 0;
    let expanded = await expand(inputs, {
      ...picked.options,
      host: confined(
        importHost(io),
        await importRoots(
          io,
          inputs.map((i) => i.file)
        ),
        io
      ),
      device,
      showSecrets: args.showSecrets
    });
    result = { ...expanded, diagnostics: sortDiagnostics([...failures, ...expanded.diagnostics]) };
  }
  return report(result.diagnostics, result.sources, io, io.stderr), ioFailed || io.stdout.write(render(result, args)), exitCodeFor(result.diagnostics, ioFailed);
}
function render(result, args) {
  let device = result.preview.device, shown = {
    mac: device.mac.replace(/(..)(?!$)/g, "$1:"),
    ...device.model ? { model: device.model } : {}
  }, options2 = { showSecrets: args.showSecrets, sources: result.sources };
  return args.format === "json" ? `${JSON.stringify(previewJson(result.preview, shown, options2), null, 2)}
` : previewText(result.preview, shown, options2);
}
function deviceFacts(args) {
  let mac = parseMac(args.mac);
  if (mac === void 0) return { error: invalidMac(args.mac) };
  let set = {};
  for (let text of args.set) {
    let setting = parseSetting(text);
    if ("error" in setting) return setting;
    set[setting.name] = setting.value;
  }
  return { mac, set };
}
var options = {
  mac: { type: "string", demandOption: !0, requiresArg: !0, describe: "the device's MAC address" },
  rule: { type: "string", requiresArg: !0, describe: "one profile rule to run instead of profiles" },
  // Not `array`: yargs would then swallow the profile after `--set X=1` as a second setting.
  set: {
    type: "string",
    requiresArg: !0,
    describe: "a device fact or register as NAME=value (SWVER=7.5.5, SN=..., A=...); repeatable"
  },
  format: { alias: "f", choices: ["text", "json"], default: "text", describe: "report format" },
  "show-secrets": { type: "boolean", describe: "print keys and secret registers instead of hiding them" },
  target: targetOption,
  schema: schemaOption
}, builder = (y) => y.positional("profiles", {
  type: "string",
  array: !0,
  describe: "profiles, layered in order, or - for stdin"
}).options(options).example("$0 expand site.cfg --mac 00:0e:08:aa:bb:cc --target SPA504G", "what this phone fetches").example(
  "$0 expand --rule '( $SWVER lt 7.5.5 )? /old.cfg | /new.cfg' --mac 000e08aabbcc --set SWVER=7.5.5",
  "one rule"
).example("$0 expand site.xml --mac 000e08aabbcc --format json", "for scripts");
function run(a, io) {
  let args = {
    profiles: showDashes(a.profiles),
    ...a.rule === void 0 ? {} : { rule: a.rule },
    mac: a.mac,
    set: a.set === void 0 ? [] : [].concat(a.set),
    format: a.format,
    showSecrets: a["show-secrets"] ?? !1,
    ...schemaArgs(a)
  };
  return runExpand(args, io);
}
export {
  builder,
  run,
  runExpand
};
