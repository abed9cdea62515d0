import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  resolveKey
} from "./chunk-7CSEZ4ZY.js";
import {
  confined,
  importRoots
} from "./chunk-5O6RW2WD.js";
import {
  outputSettings
} from "./chunk-TMVOA5H2.js";
import {
  compile
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
  diagnosticsOption,
  importRootOption,
  invalidMac,
  keyArgs,
  keyOptions,
  limitArgs,
  limitOptions,
  limitProblem,
  outputOption,
  overLimits,
  profilesPositional,
  schemaArgs,
  schemaOption,
  showDash,
  showDashes,
  showSecretsOption,
  targetOption,
  usageError
} from "./chunk-KX2ECOKB.js";
import {
  EXIT_ERRORS,
  EXIT_OK,
  exitCodeFor,
  refuse,
  report,
  writeOutput
} from "./chunk-IAUS6DXG.js";
import "./chunk-4FTOEFBI.js";
import {
  parseMac
} from "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import {
  hasErrors,
  sortDiagnostics
} from "./chunk-YXJOSIDR.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";

// src/cli/commands/compile.ts
async function runCompile(args, io) {
  let problem = flagProblem(args) ?? limitProblem(args);
  if (problem !== void 0) return usageError(io, problem, "compile");
  let key = await resolveKey(args, io, "compile");
  if (!key.ok) return key.exit;
  let keys = key.keys;
  if ((args.format === "bin" || args.gzip === !0 || keys.key !== void 0) && args.output === "-" && io.stdout.isTTY)
    return usageError(io, "this output is binary: give -o FILE, or redirect standard output", "compile");
  let { inputs, failures, ioFailed } = await readInputs(args.inputs, io, keys);
  if (failures.length > 0)
    return report(failures, /* @__PURE__ */ new Map(), io, io.stderr, args.diagnostics), exitCodeFor(failures, ioFailed);
  let picked = await outputSettings(io, inputs[0]?.file, args);
  if (!picked.ok) return refuse(picked, io);
  let { settings } = picked, result = await compile(inputs, {
    ...picked.options,
    severities: () => settings?.rules ?? {},
    host: confined(
      importHost(io, keys),
      await importRoots(
        io,
        inputs.map((i) => i.file),
        args.importRoots,
        args.config
      ),
      io
    ),
    showSecrets: args.showSecrets === !0,
    format: args.format,
    wrap: { ...keys, gzip: args.gzip ?? !1, reproducible: args.reproducible ?? !1 },
    binary: { ...keys, reproducible: args.reproducible ?? !1, ...macOf(args) }
  }), failed = hasErrors(result.diagnostics) || overLimits(result.diagnostics, args), written = result.bytes === void 0 || failed ? void 0 : await writeOutput(args.output, result.bytes, io), diagnostics = sortDiagnostics(written ? [...result.diagnostics, written] : result.diagnostics);
  report(diagnostics, result.sources, io, io.stderr, args.diagnostics);
  let code = exitCodeFor(diagnostics, written !== void 0);
  return code === EXIT_OK && failed ? EXIT_ERRORS : code;
}
var macOf = (args) => {
  let mac = args.mac === void 0 ? void 0 : parseMac(args.mac);
  return mac === void 0 ? {} : { mac };
};
function flagProblem(args) {
  let binary = args.format === "bin";
  if (args.mac !== void 0 && !binary)
    return "--mac binds a binary profile to a device: use it with '--format bin'";
  if (args.mac !== void 0 && parseMac(args.mac) === void 0) return invalidMac(args.mac);
  if (binary && args.gzip) return "--gzip is for xml and text output; a binary profile is compact already";
  if (binary && args.digest)
    return "--digest is for AES-256-CBC (xml and text); a binary profile uses scrypt and AES-256-GCM";
}
var options = {
  output: outputOption,
  format: {
    alias: "f",
    choices: ["xml", "text", "bin"],
    default: "xml",
    describe: "output format (bin: the compact binary, see grammar/binary-format.md)"
  },
  ...keyOptions,
  gzip: { type: "boolean", describe: "compress before encrypting (xml, text); the phone detects gzip" },
  reproducible: {
    type: "boolean",
    describe: "salt from the key and the profile: an unchanged profile gives identical bytes"
  },
  mac: {
    type: "string",
    requiresArg: !0,
    describe: "bin: only the device with this MAC can read the file"
  },
  config: {
    type: "string",
    requiresArg: !0,
    describe: "config file to use instead of the nearest spac.config.json above the first input"
  },
  diagnostics: diagnosticsOption,
  ...limitOptions,
  "show-secrets": showSecretsOption,
  "import-root": importRootOption,
  target: targetOption,
  schema: schemaOption
}, builder = (y) => y.positional("inputs", profilesPositional).options(options).example("$0 compile site.cfg -o site.xml", "SPC text to XML").example("$0 compile site.cfg --target SPA504G -o site.xml", "check against one model first").example("$0 compile base.xml site.xml -o - --format text", "layer two XML files, print text").example("$0 compile site.cfg -o site.cfg.enc --key-env GPP_SA", "for a rule '[--key $SA] ...'").example("$0 compile site.cfg -o site.bin --format bin --target SPA504G", "compact binary");
function run(a, io) {
  let args = {
    inputs: showDashes(a.inputs),
    output: showDash(a.output),
    format: a.format,
    diagnostics: a.diagnostics,
    gzip: a.gzip ?? !1,
    reproducible: a.reproducible ?? !1,
    showSecrets: a["show-secrets"] ?? !1,
    importRoots: a["import-root"] ?? [],
    ...a.mac === void 0 ? {} : { mac: a.mac },
    ...a.config === void 0 ? {} : { config: a.config },
    ...limitArgs(a),
    ...keyArgs(a),
    ...schemaArgs(a)
  };
  return runCompile(args, io);
}
export {
  builder,
  run,
  runCompile
};
