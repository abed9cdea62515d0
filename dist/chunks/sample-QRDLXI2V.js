import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  concreteParameters
} from "./chunk-KHQK6CYA.js";
import {
  schemaOptions
} from "./chunk-TMVOA5H2.js";
import {
  emitText
} from "./chunk-GPQY3O4T.js";
import {
  emitXml
} from "./chunk-DN6Q4ABV.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-MVACOJPQ.js";
import {
  findModel,
  parseTarget
} from "./chunk-ILBW3I2W.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-IQYGKJZ5.js";
import "./chunk-2CEZCH7C.js";
import {
  outputOption,
  schemaArgs,
  schemaOption,
  showDash,
  targetOption
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
import {
  range
} from "./chunk-YXJOSIDR.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";

// src/codegen/sample.ts
function sampleProfile(schema, model, format, firmware) {
  let file = `${model.name}.sample`, items = [{ kind: "comment", text: `${firmware ? `${model.name} firmware ${firmware.text}` : model.name} sample profile (${schema.title}): every parameter at its default`, path: [], file, range: range(0) }], section;
  for (let p of concreteParameters(schema, model, firmware)) {
    let heading = p.spec.section;
    heading !== void 0 && heading !== section && (items.push({ kind: "blank", path: [] }), items.push({ kind: "comment", text: heading, path: [], file, range: range(0) }), section = heading), items.push(entryOf(p, format, file));
  }
  return (format === "xml" ? emitXml(items.filter((i) => i.kind !== "import")) : emitText(items)).text;
}
function entryOf(p, format, file) {
  let type = p.spec.type, options2 = type.kind === "enum" ? `options: ${type.options.join("/")}` : void 0;
  return {
    kind: "entry",
    name: format === "xml" ? p.xml : p.name,
    nameFormat: format,
    path: [],
    access: p.spec.access,
    value: p.default,
    ...options2 === void 0 ? {} : { comment: options2 },
    file,
    range: range(0),
    nameRange: range(0)
  };
}

// src/cli/commands/sample.ts
async function runSample(args, io) {
  let picked = await schemaOptions(args, io);
  if (!picked.ok) return refuse(picked, io);
  let target = findModel(picked.schemas, args.target);
  if (!target) throw new Error(`target '${args.target}' vanished`);
  let { firmware } = parseTarget(args.target), text = sampleProfile(target.family, target.model, args.format, firmware), failed = await writeOutput(args.output, text, io);
  return failed ? (report([failed], /* @__PURE__ */ new Map(), io, io.stderr), EXIT_USAGE) : EXIT_OK;
}
var options = {
  target: { ...targetOption, demandOption: "name a model with --target, such as SPA504G" },
  schema: schemaOption,
  format: { alias: "f", choices: ["text", "xml"], default: "text", describe: "output format" },
  output: outputOption
}, builder = (y) => y.options(options).example("$0 sample --target SPA504G -o spa504g.cfg", "an SPC text sample to start from").example("$0 sample --target SPA962@5.1.7", "the parameters of that firmware");
function run(a, io) {
  let args = { target: a.target, format: a.format, output: showDash(a.output), ...schemaArgs(a) };
  return runSample(args, io);
}
export {
  builder,
  run,
  runSample
};
