import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  absolute,
  configChain,
  nodeAt,
  parseJsonc,
  require_picomatch,
  targetProblem,
  unknownTargetDiagnostic
} from "./chunk-MVACOJPQ.js";
import {
  asSchema,
  builtinSchemas,
  checkRuleValue,
  metaCheck,
  schemaIndex
} from "./chunk-ILBW3I2W.js";
import {
  readInputs
} from "./chunk-IQYGKJZ5.js";
import {
  STDIN_NAME,
  append,
  catalog,
  diagnostic,
  locatedDiagnostics,
  range
} from "./chunk-YXJOSIDR.js";
import {
  __toESM
} from "./chunk-LSU6IVAH.js";

// src/rules/value-checks.ts
var checkRuleType = (value, spec) => {
  let error = checkRuleValue(value, spec.language).problems.find(
    (p) => catalog[p.code].severity === "error"
  );
  return error ? { message: error.message, at: error.span.start, length: error.span.end - error.span.start } : void 0;
}, valueCheckers = { rule: checkRuleType };

// src/schema/user-schema.ts
function parseUserSchema(text, file, checkers = {}) {
  let parsed = parseJsonc(text, "the schema file");
  if (!parsed.ok) return { ok: !1, diagnostics: locatedDiagnostics("SPAC3007", file, parsed.problems) };
  let { root, data } = parsed, problems = metaCheck(data, checkers);
  return problems.length === 0 ? { ok: !0, schema: asSchema(data) } : {
    ok: !1,
    diagnostics: problems.map((p) => {
      let node = nodeAt2(root, p.path), at = range(node.offset, node.offset + node.length);
      return p.path === "" ? diagnostic("SPAC3007", file, at, { problem: p.message }, { message: "schema" }) : diagnostic("SPAC3007", file, at, { path: p.path, problem: p.message }, { message: "at" });
    })
  };
}
function nodeAt2(root, path) {
  let segments = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(
    (m) => m[2] === void 0 ? m[1] ?? "" : Number(m[2])
  );
  return nodeAt(root, segments);
}

// src/workspace/directives.ts
function targetDirective(text) {
  return targetDirectiveAt(text)?.target;
}
function targetDirectiveAt(text) {
  let m = /((?:#|<!--)\s*spac:\s*target\s*=\s*)([A-Za-z0-9_-]+(?:@[A-Za-z0-9.()]+)?)/.exec(text);
  if (!m) return;
  let target = m[2] ?? "", start = m.index + (m[1] ?? "").length;
  return { target, start, end: start + target.length };
}

// src/workspace/file-settings.ts
import { posix as posix2 } from "node:path";

// src/workspace/settings.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { posix } from "node:path";
function settingsFor(chain, file) {
  let settings = { rules: {}, from: chain.map((c) => c.file) };
  for (let loaded of [...chain].reverse())
    settings = merge(settings, loaded.config, loaded, []), (loaded.config.overrides ?? []).forEach((o, i) => {
      matches(o.files, loaded.dir, file) && (settings = merge(settings, o, loaded, ["overrides", i]));
    });
  return settings;
}
function merge(base, section, { dir, source }, path) {
  let schema = section.schema === void 0 ? void 0 : [].concat(section.schema), targetAt = section.target === void 0 || source === void 0 ? void 0 : { file: source.file, text: source.text, range: source.at([...path, "target"]) };
  return {
    ...base,
    ...section.target === void 0 ? {} : { target: section.target, targetAt },
    ...schema === void 0 ? {} : { schema: schema.map((s) => posix.join(dir, s)) },
    rules: { ...base.rules, ...section.rules }
  };
}
function matches(globs, dir, file) {
  let relative = posix.relative(dir, file);
  return !relative.startsWith("..") && (0, import_picomatch.default)(globs, { dot: !0 })(relative);
}

// src/workspace/file-settings.ts
async function fileSettings(io, files, explicit) {
  let settings = /* @__PURE__ */ new Map(), chains = /* @__PURE__ */ new Map();
  for (let file of new Set(files)) {
    let from = file === STDIN_NAME ? "stdin" : file, dir = posix2.dirname(absolute(io, from)), chain = chains.get(dir) ?? await configChain(io, from, explicit);
    if (chains.set(dir, chain), !chain.ok) return chain;
    settings.set(file, settingsFor(chain.chain, absolute(io, from)));
  }
  return { ok: !0, settings };
}

// src/workspace/schema-choice.ts
var readUserSchema = (text, file) => parseUserSchema(text, file, valueCheckers);
async function schemaOptions(args, host) {
  let user = await readSchemas(args.schema ?? [], host);
  if (!user.ok) return user;
  let schemas = user.schemas ?? await builtinSchemas(), problem = args.target === void 0 ? void 0 : targetProblem(args.target, schemas);
  if (problem) {
    let at = args.targetAt;
    return at === void 0 ? { ok: !1, diagnostics: [unknownTargetDiagnostic("", problem)], sources: /* @__PURE__ */ new Map() } : {
      ok: !1,
      diagnostics: [unknownTargetDiagnostic(at.file, problem, at.range)],
      sources: /* @__PURE__ */ new Map([[at.file, at.text]])
    };
  }
  return { ok: !0, options: { schemas, ...args.target === void 0 ? {} : { target: args.target } }, schemas };
}
async function readSchemas(paths, host) {
  if (paths.length === 0) return { ok: !0 };
  let { inputs, failures } = await readInputs(paths, host), problems = [...failures], schemas = [];
  for (let input of inputs) {
    let read = readUserSchema(input.text, input.file);
    read.ok ? schemas.push(read.schema) : append(problems, read.diagnostics);
  }
  return problems.length === 0 ? { ok: !0, schemas } : { ok: !1, diagnostics: problems, sources: new Map(inputs.map((i) => [i.file, i.text])) };
}
function schemaArgsFor(input, settings, flags) {
  let schema = flags.schema ?? settings?.schema, chosen = { ...schema === void 0 ? {} : { schema } };
  if (flags.target !== void 0) return { ...chosen, target: flags.target };
  let directive = targetDirectiveAt(input.text);
  if (directive === void 0)
    return settings?.target === void 0 ? chosen : { ...chosen, target: settings.target, targetAt: settings.targetAt };
  let range2 = { start: directive.start, end: directive.end };
  return { ...chosen, target: directive.target, targetAt: { file: input.file, text: input.text, range: range2 } };
}
async function schemaIndexFor(host, file, text) {
  let found = await fileSettings(host, [file]);
  if (!found.ok) return;
  let args = schemaArgsFor({ file, text }, found.settings.get(file), {}), picked = await schemaOptions(args, host);
  if (picked.ok)
    return schemaIndex(picked.schemas, args.target);
}
async function outputSettings(host, first, flags) {
  let found = await fileSettings(host, first === void 0 ? [] : [first], flags.config);
  if (!found.ok) return found;
  let settings = [...found.settings.values()][0], target = flags.target ?? settings?.target, targetAt = flags.target === void 0 ? settings?.targetAt : void 0, schema = flags.schema ?? settings?.schema, args = { ...target ? { target, targetAt } : {}, ...schema ? { schema } : {} }, picked = await schemaOptions(args, host);
  return picked.ok ? { ...picked, settings } : picked;
}

export {
  fileSettings,
  valueCheckers,
  targetDirective,
  schemaOptions,
  schemaArgsFor,
  schemaIndexFor,
  outputSettings
};
