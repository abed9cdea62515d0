import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  buildInParts,
  defaultJobs
} from "./chunk-T4F4ARAX.js";
import "./chunk-N6ZTTDEX.js";
import "./chunk-5O6RW2WD.js";
import "./chunk-TMVOA5H2.js";
import "./chunk-OEXGWO7J.js";
import "./chunk-227DPP57.js";
import "./chunk-GPQY3O4T.js";
import "./chunk-CAEGLMT3.js";
import "./chunk-DN6Q4ABV.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-UHZU7MIC.js";
import {
  configChain
} from "./chunk-MVACOJPQ.js";
import "./chunk-JG7RXYEO.js";
import "./chunk-ILBW3I2W.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-IQYGKJZ5.js";
import "./chunk-2CEZCH7C.js";
import {
  changesSince,
  manifestChunks
} from "./chunk-RFHOQZER.js";
import {
  schemaOption,
  targetOption,
  usageError
} from "./chunk-KX2ECOKB.js";
import {
  EXIT_ERRORS,
  EXIT_OK,
  EXIT_USAGE,
  printReport,
  refuse,
  report
} from "./chunk-IAUS6DXG.js";
import {
  package_default
} from "./chunk-4FTOEFBI.js";
import "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import {
  diagnostic,
  hasErrors,
  range
} from "./chunk-YXJOSIDR.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";

// src/cli/commands/build.ts
import { posix } from "node:path";

// src/cli/progress.ts
function progressBar(io, now = Date.now) {
  if (!(io.stderr.isTTY && (io.env.CI ?? "") === "" && io.env.TERM !== "dumb")) return { update: () => {
  }, done: () => {
  } };
  let started = now(), drawn = 0, visible = !1;
  return { update: (done2, total) => {
    let t = now();
    if (t - drawn < 100 && done2 < total) return;
    drawn = t, visible = !0;
    let seconds = Math.max((t - started) / 1e3, 1e-3), rate = done2 / seconds, left = rate > 0 ? Math.ceil((total - done2) / rate) : 0, filled = total > 0 ? Math.round(done2 / total * 24) : 0, bar = `${"#".repeat(filled)}${".".repeat(24 - filled)}`;
    io.stderr.write(
      `\r[${bar}] ${String(done2)}/${String(total)} devices  ${Math.round(rate).toLocaleString("en")}/s  ${String(left)}s left \x1B[K`
    );
  }, done: () => {
    visible && io.stderr.write("\r\x1B[K");
  } };
}

// src/cli/commands/build.ts
var options = {
  inventory: {
    type: "string",
    requiresArg: !0,
    describe: "devices: CSV with a header row, or JSON Lines"
  },
  // Not `array`: yargs would swallow what follows; repeat the flag instead.
  layer: {
    type: "string",
    requiresArg: !0,
    describe: "a profile every device gets, in order (later wins); repeatable"
  },
  output: {
    alias: "o",
    type: "string",
    requiresArg: !0,
    describe: "the output directory (not with --check)"
  },
  name: {
    type: "string",
    requiresArg: !0,
    describe: "file name per device, with $MA, $MAU, $MAC, $PN, $PSN (default '$MA.xml'; '$MA.cfg' for text, '$MA.bin' for bin)"
  },
  format: { alias: "f", choices: ["xml", "text", "bin"], describe: "output format (default xml)" },
  target: targetOption,
  schema: schemaOption,
  config: {
    type: "string",
    requiresArg: !0,
    describe: "config file instead of the nearest spac.config.json (above the working directory for the build section, above the inventory for target and rules)"
  },
  "key-column": {
    type: "string",
    requiresArg: !0,
    describe: "the inventory column holding each device's key"
  },
  "key-derive-env": {
    type: "string",
    requiresArg: !0,
    describe: "environment variable holding a master secret each device key is derived from"
  },
  digest: {
    choices: ["md5", "sha256"],
    describe: "key derivation digest of AES-256-CBC (md5 for SPA firmware, the default)"
  },
  gzip: { type: "boolean", describe: "compress before encrypting (xml, text)" },
  bootstrap: {
    type: "string",
    requiresArg: !0,
    describe: "also write a plain bootstrap profile per device at this name, such as 'init/$MA.xml'"
  },
  "bootstrap-rule": {
    type: "string",
    requiresArg: !0,
    describe: "the URL the bootstrap's Profile_Rule fetches the encrypted profile from"
  },
  jobs: {
    type: "number",
    requiresArg: !0,
    describe: "parts of the fleet built at once, in worker threads (default: the number of CPUs)"
  },
  check: { type: "boolean", describe: "check the whole fleet and write nothing" },
  changed: {
    type: "boolean",
    describe: "list the devices added, changed and removed since the previous build"
  },
  diagnostics: {
    choices: ["pretty", "compact", "json", "sarif", "github", "gitlab", "junit"],
    default: "pretty",
    describe: "how diagnostics are printed"
  }
}, builder = (y) => y.options(options).example("$0 build --inventory devices.csv --layer common.cfg -o out/", "one XML profile per device").example(
  "$0 build --inventory devices.csv --layer common.cfg --key-derive-env PROV_SECRET -o out/",
  "encrypted, a key per device derived from one secret"
).example(
  "$0 build --inventory devices.csv --layer common.cfg --key-derive-env PROV_SECRET --bootstrap 'init/$MA.xml' --bootstrap-rule 'http://prov.example.com/$MA.xml' -o out/",
  "with HTTPS bootstrap profiles that hand each phone its key"
).example(
  "$0 build --inventory devices.csv --layer common.cfg --check",
  "the CI step: check, write nothing"
), layersOf = (a) => a.layer === void 0 ? [] : [].concat(a.layer);
function flagProblem(a) {
  if (a.check !== !0 && a.output === void 0)
    return "name the output directory with -o (or check only with --check)";
  if (a.check === !0 && a.output !== void 0) return "--check writes nothing: leave out -o";
  if (a["key-column"] !== void 0 && a["key-derive-env"] !== void 0)
    return "give the device keys once: --key-column or --key-derive-env";
  if (a.bootstrap === void 0 != (a["bootstrap-rule"] === void 0))
    return "--bootstrap and --bootstrap-rule go together";
  if (a.bootstrap !== void 0 && a["key-column"] === void 0 && a["key-derive-env"] === void 0)
    return "--bootstrap hands each device its key: give --key-column or --key-derive-env";
  if (a.jobs !== void 0 && !(Number.isInteger(a.jobs) && a.jobs >= 1))
    return "--jobs takes a whole number, 1 or more";
  if (a["bootstrap-rule"] !== void 0 && /(^|\s|\[)--key\b/.test(a["bootstrap-rule"]))
    return "--bootstrap-rule is given without '--key': spac adds the key option itself";
  if (a.format === "bin" && (a.gzip === !0 || a.digest !== void 0))
    return "--gzip and --digest are for xml and text; a binary profile is compact and uses its own encryption";
}
function keysOf(a, io) {
  if (a["key-column"] !== void 0) return { column: a["key-column"] };
  let variable = a["key-derive-env"];
  if (variable === void 0) return;
  let master = io.env[variable];
  return master === void 0 || master === "" ? `the environment variable '${variable}' is not set or empty` : { master };
}
async function run(argv, io) {
  let checked = await settle(argv, io);
  if ("exit" in checked) return checked.exit;
  let { a, keys } = checked, opened = a.output === void 0 ? void 0 : await io.openFleetOutput(a.output);
  if (opened && !opened.ok) return cannotWrite(io, a.output ?? "", opened.reason);
  let output = opened?.ok ? opened.output : void 0, bar = progressBar(io), jobs = a.jobs ?? defaultJobs(), built = await buildInParts(fleetOptions(a, io, keys), jobs, {
    ...output ? { output } : {},
    progress: bar.update
  });
  bar.done();
  let { fleet } = built;
  if (built.failure !== void 0)
    return await output?.abort(), cannotWrite(io, a.output ?? "", built.failure);
  if (!fleet.ok)
    return await output?.abort(), refuse(fleet, io);
  let how = { format: a.diagnostics, files: 1, stream: "stderr", summary: !1 };
  if (await printReport(fleet.diagnostics, fleet.sources, how, io), hasErrors(fleet.diagnostics)) {
    await output?.abort();
    let kept = a.output === void 0 ? "" : `; '${a.output}' is as it was`;
    return io.stderr.write(`spac: build failed: nothing written${kept}
`), EXIT_ERRORS;
  }
  return finish(a, io, fleet.devices, fleet.diagnostics, output);
}
async function settle(argv, io) {
  let configured = await withConfig(argv, io);
  if ("exit" in configured) return configured;
  let { inventory } = configured;
  if (inventory === void 0)
    return { exit: usageError(io, "name the inventory with --inventory (or build.inventory in spac.config.json)", "build") };
  let problem = flagProblem(configured);
  if (problem !== void 0) return { exit: usageError(io, problem, "build") };
  let keys = keysOf(configured, io);
  return typeof keys == "string" ? { exit: usageError(io, keys, "build") } : { a: { ...configured, inventory }, keys };
}
function cannotWrite(io, dir, reason) {
  return report([diagnostic("SPAC9002", dir, range(0), { file: dir, reason })], /* @__PURE__ */ new Map(), io, io.stderr), EXIT_USAGE;
}
function fleetOptions(a, io, keys) {
  return {
    host: io,
    inventory: a.inventory,
    layers: layersOf(a),
    packing: {
      format: a.format,
      ...a.digest === void 0 ? {} : { digest: a.digest },
      gzip: a.gzip === !0
    },
    ...a.name === void 0 ? {} : { name: a.name },
    ...a.target === void 0 ? {} : { target: a.target },
    ...a.schema === void 0 ? {} : { schema: [].concat(a.schema) },
    ...a.config === void 0 ? {} : { config: a.config },
    ...keys === void 0 ? {} : { keys },
    ...a.bootstrap === void 0 || a["bootstrap-rule"] === void 0 ? {} : { bootstrap: { name: a.bootstrap, rule: a["bootstrap-rule"] } }
  };
}
async function finish(a, io, devices, diagnostics, output) {
  let keySource = a["key-column"] !== void 0 ? "column" : a["key-derive-env"] !== void 0 ? "derived" : void 0, manifest = manifestChunks(devices, {
    spac: package_default.version,
    format: a.format,
    layers: layersOf(a),
    encrypted: keySource !== void 0,
    ...a.digest === void 0 ? {} : { digest: a.digest },
    gzip: a.gzip === !0,
    ...keySource === void 0 ? {} : { keySource }
  }), changes = a.changed === !0 ? changesSince(await output?.previous(), devices) : void 0;
  if (output) {
    let committed = await output.commit(manifest);
    if (!committed.ok) return cannotWrite(io, a.output ?? "", committed.reason);
  }
  changes && printChanges(changes, io, a.diagnostics);
  let files = devices.reduce((n, d) => n + d.files.length, 0), warnings = diagnostics.filter((d) => d.severity === "warning").length, where = output ? `written to '${a.output ?? ""}'` : "checked";
  return io.stderr.write(
    `${devices.length} device${devices.length === 1 ? "" : "s"}, ${files} file${files === 1 ? "" : "s"} ${where}; ${warnings} warning${warnings === 1 ? "" : "s"}
`
  ), EXIT_OK;
}
function printChanges(changes, io, format) {
  let stream = format === "pretty" || format === "compact" ? io.stdout : io.stderr;
  for (let [word, macs] of [
    ["added", changes.added],
    ["changed", changes.changed],
    ["removed", changes.removed]
  ])
    for (let mac of macs) stream.write(`${word} ${mac}
`);
}
async function withConfig(a, io) {
  let chain = await configChain(io, "spac-build", a.config);
  if (!chain.ok) return { exit: refuse(chain, io) };
  let found = chain.chain.find((c) => c.config.build !== void 0), build = found?.config.build ?? {}, here = (p) => posix.relative(io.cwd, posix.join(found?.dir ?? io.cwd, p)) || ".", fromConfig = {
    inventory: build.inventory === void 0 ? void 0 : here(build.inventory),
    layer: build.layers?.map(here),
    // --check writes nothing, whatever the config names as output.
    output: build.output === void 0 || a.check === !0 ? void 0 : here(build.output),
    name: build.name,
    format: build.format,
    "key-column": build.keyColumn,
    "key-derive-env": build.keyDeriveEnv,
    digest: build.digest,
    gzip: build.gzip,
    bootstrap: build.bootstrap,
    "bootstrap-rule": build.bootstrapRule
  }, given = Object.fromEntries(Object.entries(a).filter(([, v]) => v !== void 0)), merged = {
    ...Object.fromEntries(Object.entries(fromConfig).filter(([, v]) => v !== void 0)),
    ...given
  };
  return { ...merged, format: merged.format ?? "xml" };
}
export {
  builder,
  run
};
