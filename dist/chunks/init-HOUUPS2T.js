import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  schemaOptions
} from "./chunk-TMVOA5H2.js";
import {
  CONFIG_FILE
} from "./chunk-MVACOJPQ.js";
import "./chunk-ILBW3I2W.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-IQYGKJZ5.js";
import "./chunk-2CEZCH7C.js";
import {
  targetOption,
  usageError
} from "./chunk-KX2ECOKB.js";
import {
  EXIT_OK,
  EXIT_USAGE,
  refuse,
  report,
  writeOutput
} from "./chunk-IAUS6DXG.js";
import "./chunk-4FTOEFBI.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-YXJOSIDR.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";

// src/cli/commands/init.ts
var LOCAL_SCHEMA = "./node_modules/spac/schemas/spac.config.schema.json";
async function runInit(args, io) {
  if (args.target !== void 0) {
    let picked = await schemaOptions({ target: args.target }, io);
    if (!picked.ok) return refuse(picked, io);
  }
  if (!args.force && (await io.readFile(CONFIG_FILE)).ok)
    return usageError(io, `${CONFIG_FILE} exists: --force replaces it`, "init");
  let schema = (await io.readFile(LOCAL_SCHEMA)).ok, failed = await writeOutput(CONFIG_FILE, starter(args.target, schema), io);
  return failed ? (report([failed], /* @__PURE__ */ new Map(), io, io.stderr), EXIT_USAGE) : (io.stderr.write(`wrote ${CONFIG_FILE}${args.target ? ` for ${args.target}` : ""}
`), EXIT_OK);
}
function starter(target, schema) {
  return `${[
    "{",
    ...schema ? [`  "$schema": "${LOCAL_SCHEMA}",`] : [],
    "  // The model the profiles below this folder are checked against (spac schema list). A profile's",
    '  // "# spac: target=..." comment, or an override, says otherwise for that file.',
    target === void 0 ? '  // "target": "SPA504G",  (without one, a profile is checked against every built-in family)' : `  "target": "${target}",`,
    '  // "off", "warning" or "error" per code (spac explain lists them), e.g. { "SPAC3005": "off" }.',
    '  "rules": {},',
    "  // Files that folders and globs on the command line leave out (.gitignore syntax).",
    '  "ignore": [],',
    "  // Other settings for the files these globs match, e.g.",
    '  // { "files": ["ata/**/*.cfg"], "target": "SPA2102" }',
    '  "overrides": []',
    "}"
  ].join(`
`)}
`;
}
var options = {
  target: { ...targetOption, describe: "the model to check against, such as SPA504G (spac schema list)" },
  force: { type: "boolean", describe: `replace an existing ${CONFIG_FILE}` }
}, builder = (y) => y.options(options).example("$0 init --target SPA504G", `a ${CONFIG_FILE} for a fleet of SPA504G phones`).example("$0 init", "one that checks against every built-in family");
function run(a, io) {
  return runInit({ ...a.target === void 0 ? {} : { target: a.target }, force: a.force ?? !1 }, io);
}
export {
  builder,
  run,
  runInit
};
