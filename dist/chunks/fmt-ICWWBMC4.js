import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  expandInputs
} from "./chunk-QHV7YYGC.js";
import {
  resolveKey
} from "./chunk-7CSEZ4ZY.js";
import {
  format,
  hideSecrets
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
  readInputs
} from "./chunk-IQYGKJZ5.js";
import "./chunk-2CEZCH7C.js";
import {
  keyArgs,
  keyOptions,
  showDashes
} from "./chunk-KX2ECOKB.js";
import {
  EXIT_ERRORS,
  exitCodeFor,
  report,
  writeOutput
} from "./chunk-IAUS6DXG.js";
import "./chunk-4FTOEFBI.js";
import "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import {
  append,
  diagnostic,
  range,
  sortDiagnostics
} from "./chunk-YXJOSIDR.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";

// src/cli/commands/fmt.ts
async function runFmt(args, io) {
  let key = await resolveKey(args, io, "fmt");
  if (!key.ok) return key.exit;
  let expanded = await expandInputs(io, args.files), { inputs, failures, ioFailed, packed } = await readInputs(expanded.files, io, key.keys), diagnostics = [...expanded.diagnostics, ...failures], sources = /* @__PURE__ */ new Map(), unformatted = [];
  for (let input of inputs) {
    let result = format(input), hidden = args.showSecrets ? result : hideSecrets(result, void 0, result.diagnostics);
    append(diagnostics, hidden.diagnostics);
    for (let [file, text] of hidden.sources) sources.set(file, text);
    if (result.output === void 0) continue;
    result.changed && unformatted.push(input.file);
    let formatted = { output: result.output, changed: result.changed }, failed = await emit(args, { file: input.file, packed: packed.has(input.file) }, formatted, io);
    failed && diagnostics.push(failed);
  }
  let sorted = sortDiagnostics(diagnostics);
  report(sorted, sources, io, io.stderr), args.check && io.stdout.write(unformatted.map((file) => `${file}
`).join(""));
  let writeFailed = sorted.some((d) => d.code === "SPAC9002"), code = exitCodeFor(sorted, ioFailed || writeFailed);
  return code === 0 && args.check && unformatted.length > 0 ? EXIT_ERRORS : code;
}
async function emit(args, input, result, io) {
  if (!args.check) {
    if (!args.write || input.file === "<stdin>") return writeOutput("-", result.output, io);
    if (result.changed)
      return input.packed ? diagnostic("SPAC6006", input.file, range(0), { file: input.file }) : writeOutput(input.file, result.output, io);
  }
}
var options = {
  check: { type: "boolean", describe: "list files that would change; exit 1 if any" },
  write: { alias: "w", type: "boolean", describe: "rewrite files in place" },
  "show-secrets": { type: "boolean", describe: "show passwords and keys in reports (hidden by default)" },
  ...keyOptions
}, builder = (y) => y.positional("files", {
  type: "string",
  array: !0,
  default: void 0,
  describe: "profiles, folders or quoted globs to format, or - for stdin"
}).options(options).conflicts("check", "write").example("$0 fmt site.cfg", "print the formatted profile").example("$0 fmt --write profiles/*.cfg", "format in place").example("$0 fmt --check profiles/*.cfg", "fail CI when a file is not formatted").example("$0 fmt --write 'sites/**/*.cfg'", "a quoted glob, without what .spacignore leaves out");
function run(a, io) {
  let args = {
    files: showDashes(a.files),
    check: a.check ?? !1,
    write: a.write ?? !1,
    showSecrets: a["show-secrets"] ?? !1
  };
  return runFmt({ ...args, ...keyArgs(a) }, io);
}
export {
  builder,
  run,
  runFmt
};
