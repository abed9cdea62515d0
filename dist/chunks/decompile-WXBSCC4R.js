import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  resolveKey
} from "./chunk-7CSEZ4ZY.js";
import {
  schemaOptions
} from "./chunk-TMVOA5H2.js";
import {
  decompile
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
  readOne
} from "./chunk-IQYGKJZ5.js";
import "./chunk-2CEZCH7C.js";
import {
  invalidMac,
  keyArgs,
  keyOptions,
  outputOption,
  schemaArgs,
  schemaOption,
  showDash,
  usageError
} from "./chunk-KX2ECOKB.js";
import {
  EXIT_USAGE,
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
import "./chunk-YXJOSIDR.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";

// src/cli/commands/decompile.ts
async function runDecompile(args, io) {
  let mac = args.mac === void 0 ? void 0 : parseMac(args.mac);
  if (args.mac !== void 0 && mac === void 0) return usageError(io, invalidMac(args.mac), "decompile");
  let key = await resolveKey(args, io, "decompile");
  if (!key.ok) return key.exit;
  let picked = await schemaOptions(args, io);
  if (!picked.ok) return refuse(picked, io);
  let read = await readOne(io, args.file);
  if (!read.ok)
    return report([read.failure], /* @__PURE__ */ new Map(), io, io.stderr), EXIT_USAGE;
  let { file } = read, result = await decompile(read.bytes, file, {
    ...picked.options,
    format: args.format,
    ...key.keys.key === void 0 ? {} : { key: key.keys.key },
    ...mac === void 0 ? {} : { mac }
  }), written = result.bytes === void 0 ? void 0 : await writeOutput(args.output, result.bytes, io), diagnostics = written ? [...result.diagnostics, written] : result.diagnostics;
  return report(diagnostics, result.sources, io, io.stderr), exitCodeFor(diagnostics, written !== void 0);
}
var options = {
  output: outputOption,
  format: { alias: "f", choices: ["xml", "text"], default: "xml", describe: "output format" },
  key: keyOptions.key,
  "key-env": keyOptions["key-env"],
  "key-file": keyOptions["key-file"],
  mac: { type: "string", requiresArg: !0, describe: "the MAC a bound binary was built for" },
  schema: { ...schemaOption, describe: "schema JSON file the binary was built against; repeatable" }
}, builder = (y) => y.positional("file", { type: "string", describe: "the binary profile, or - for stdin" }).options(options).example("$0 decompile site.bin -o site.xml", "back to XML").example(
  "$0 decompile site.bin --format text --key-env GPP_SA --mac 000e08aabbcc",
  "encrypted and bound"
);
function run(a, io) {
  let args = {
    file: showDash(a.file ?? "-"),
    output: showDash(a.output),
    format: a.format,
    ...a.mac === void 0 ? {} : { mac: a.mac },
    ...keyArgs(a),
    ...schemaArgs(a)
  };
  return runDecompile(args, io);
}
export {
  builder,
  run,
  runDecompile
};
