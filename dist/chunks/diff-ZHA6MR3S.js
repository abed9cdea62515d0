import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  resolveKey
} from "./chunk-7CSEZ4ZY.js";
import {
  confined,
  importRoots
} from "./chunk-5O6RW2WD.js";
import {
  schemaOptions
} from "./chunk-TMVOA5H2.js";
import {
  layered,
  loadProfiles
} from "./chunk-UHZU7MIC.js";
import "./chunk-MVACOJPQ.js";
import {
  entriesOf
} from "./chunk-JG7RXYEO.js";
import {
  entryTag,
  schemaIndex
} from "./chunk-ILBW3I2W.js";
import "./chunk-7E2XYKPH.js";
import {
  importHost,
  readInputs
} from "./chunk-IQYGKJZ5.js";
import "./chunk-2CEZCH7C.js";
import {
  keyArgs,
  keyOptions,
  schemaArgs,
  schemaOption,
  targetOption
} from "./chunk-KX2ECOKB.js";
import {
  EXIT_USAGE,
  exitCodeFor,
  printReport,
  refuse,
  report
} from "./chunk-IAUS6DXG.js";
import "./chunk-4FTOEFBI.js";
import "./chunk-C4OQ6GRE.js";
import {
  diagnostic
} from "./chunk-YXJOSIDR.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";

// src/serve/report-diff.ts
function lastByTag(loaded) {
  let out = /* @__PURE__ */ new Map();
  for (let entry of entriesOf(layered(loaded.items).items)) out.set(entryTag(entry), entry);
  return out;
}
function diffReport(reported, expected, index) {
  let phone = lastByTag(reported), diagnostics = [];
  for (let [tag, want] of lastByTag(expected)) {
    if (want.value === void 0) continue;
    let got = phone.get(tag), name = want.name;
    if (!got) {
      diagnostics.push(
        diagnostic(
          "SPAC8201",
          want.file,
          want.nameRange,
          { name },
          { message: "missing", severity: "warning" }
        )
      );
      continue;
    }
    if (got.value === void 0 || got.value === want.value) continue;
    let related = [{ file: want.file, range: want.valueRange ?? want.range, message: "compiled here" }], at = got.valueRange ?? got.range;
    diagnostics.push(
      index.secret(tag) ? diagnostic("SPAC8201", got.file, at, { name }, { message: "secret", related }) : diagnostic(
        "SPAC8201",
        got.file,
        at,
        { name, reported: got.value, expected: want.value },
        { related }
      )
    );
  }
  return { diagnostics, sources: masked([reported, expected], index) };
}
function masked(sets, index) {
  let out = /* @__PURE__ */ new Map();
  for (let set of sets) {
    for (let [file, text] of set.sources) out.set(file, text);
    for (let entry of entriesOf(set.items)) {
      let at = entry.valueRange, text = out.get(entry.file);
      !at || text === void 0 || !index.secret(entryTag(entry)) || out.set(entry.file, text.slice(0, at.start) + "*".repeat(at.end - at.start) + text.slice(at.end));
    }
  }
  return out;
}

// src/cli/commands/diff.ts
var options = {
  target: targetOption,
  schema: schemaOption,
  diagnostics: {
    choices: ["pretty", "compact", "json", "sarif", "github", "gitlab", "junit"],
    default: "pretty",
    describe: "how differences are printed"
  },
  ...keyOptions
}, builder = (y) => y.positional("reported", {
  type: "string",
  describe: "the phone's report (XML), as spac serve --reports stores it"
}).positional("expected", {
  type: "string",
  describe: "the profile compiled for it (plain, or encrypted: give KEY)"
}).options(options).example(
  "$0 diff reports/000e08aabbcc.xml expected/000e08aabbcc.xml --target SPA504G",
  "what the phone runs that it was not given"
);
async function run(a, io) {
  let resolved = await resolveKey(keyArgs(a), io, "diff");
  if (!resolved.ok) return resolved.exit;
  let picked = await schemaOptions(schemaArgs(a), io);
  if (!picked.ok) return refuse(picked, io);
  let reported = await readInputs([a.reported ?? ""], io), expected = await readInputs([a.expected ?? ""], io, resolved.keys), failures = [...reported.failures, ...expected.failures];
  if (failures.length > 0)
    return report(failures, /* @__PURE__ */ new Map(), io, io.stderr), reported.ioFailed || expected.ioFailed ? EXIT_USAGE : exitCodeFor(failures, !1);
  let files = [...reported.inputs, ...expected.inputs].map((i) => i.file), host = confined(importHost(io), await importRoots(io, files), io), [got, want] = await Promise.all([
    loadProfiles(reported.inputs, host),
    loadProfiles(expected.inputs, host)
  ]), diff = diffReport(got, want, schemaIndex(picked.schemas, picked.options.target)), diagnostics = [...got.diagnostics, ...want.diagnostics, ...diff.diagnostics];
  return await printReport(
    diagnostics,
    diff.sources,
    { format: a.diagnostics, files: 2, stream: "stderr", summary: !1 },
    io
  ), exitCodeFor(diagnostics, !1);
}
export {
  builder,
  run
};
