import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  checkFiles
} from "./chunk-P76K5UN2.js";
import {
  expandInputs
} from "./chunk-QHV7YYGC.js";
import {
  resolveKey
} from "./chunk-7CSEZ4ZY.js";
import "./chunk-5O6RW2WD.js";
import {
  fileSettings,
  schemaArgsFor,
  targetDirective
} from "./chunk-TMVOA5H2.js";
import "./chunk-OEXGWO7J.js";
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
import {
  unwrapProfile
} from "./chunk-2CEZCH7C.js";
import {
  importRootOption,
  keyArgs,
  keyOptions,
  limitArgs,
  limitOptions,
  limitProblem,
  overLimits,
  profilesPositional,
  schemaArgs,
  schemaOption,
  showDashes,
  showSecretsOption,
  targetOption,
  usageError
} from "./chunk-KX2ECOKB.js";
import {
  EXIT_ERRORS,
  EXIT_OK,
  EXIT_USAGE,
  exitCodeFor,
  printReport,
  refuse,
  report,
  writeOutput
} from "./chunk-IAUS6DXG.js";
import "./chunk-4FTOEFBI.js";
import "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import {
  addTo,
  append,
  isFixable
} from "./chunk-YXJOSIDR.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";

// src/workspace/print-config.ts
import { posix } from "node:path";
async function effectiveSettings(host, paths, flags) {
  let expanded = await expandInputs(host, paths, flags.config), read = await readInputs(expanded.files, host, flags.keys, flags.stdinName), found = await fileSettings(
    host,
    read.inputs.map((i) => i.file),
    flags.config
  );
  if (!found.ok) return found;
  let files = {};
  for (let input of read.inputs) {
    let settings = found.settings.get(input.file), chosen = schemaArgsFor(input, settings, flags), targetFrom = flags.target !== void 0 ? "flag" : targetDirective(input.text) !== void 0 ? "directive" : settings?.target !== void 0 ? "config" : "none";
    files[input.file] = {
      target: chosen.target ?? null,
      targetFrom,
      schema: chosen.schema ?? null,
      rules: settings?.rules ?? {},
      // Named as the other messages name them: relative to the working directory.
      configs: (settings?.from ?? []).map((f) => posix.relative(host.cwd, f) || f)
    };
  }
  return { ok: !0, files, problems: [...expanded.diagnostics, ...read.failures] };
}

// src/workspace/fix.ts
import { posix as posix2 } from "node:path";
var PASSES = 10, BOM = "\uFEFF";
async function fixFiles(host, paths, flags) {
  let texts = /* @__PURE__ */ new Map(), before = /* @__PURE__ */ new Map(), view = overlay(host, texts), checked = await checkFiles(view, paths, flags), shownBefore = checked.ok ? checked.sources : /* @__PURE__ */ new Map();
  for (let pass = 0; pass < PASSES && checked.ok; pass++) {
    let changed = !1;
    for (let [file, fixes] of safeFixesByFile(checked.diagnostics, checked.files)) {
      let text = texts.get(key(host, file)) ?? await editable(host, file);
      if (text === void 0) continue;
      let body = text.bom ? text.written.slice(1) : text.written;
      before.has(file) || before.set(file, text.written);
      let after = applyFixes(body, fixes);
      after !== body && (texts.set(key(host, file), { written: (text.bom ? BOM : "") + after, bom: text.bom }), changed = !0);
    }
    if (!changed) break;
    checked = await checkFiles(view, paths, flags);
  }
  if (!checked.ok) return checked;
  let fixed = [...before].flatMap(([file, was]) => {
    let now = texts.get(key(host, file))?.written;
    if (now === void 0 || now === was) return [];
    let shown = { before: shownBefore.get(file) ?? "", after: checked.sources.get(file) ?? "" };
    return [{ file, before: was, after: now, shown }];
  });
  return { ok: !0, check: checked, fixed };
}
var key = (host, file) => posix2.resolve(host.cwd, file), overlay = (host, texts) => ({
  ...host,
  readFile: async (path) => {
    let text = texts.get(key(host, path));
    return text === void 0 ? host.readFile(path) : { ok: !0, bytes: new TextEncoder().encode(text.written) };
  }
});
async function editable(host, file) {
  let read = await host.readFile(file);
  if (!read.ok) return;
  let opened = unwrapProfile(read.bytes, file);
  if (!opened.ok || opened.layers.length > 0 || opened.badByte || opened.encoding) return;
  let bom = read.bytes[0] === 239 && read.bytes[1] === 187 && read.bytes[2] === 191;
  return { written: (bom ? BOM : "") + opened.text, bom };
}
function safeFixesByFile(diagnostics, files) {
  let inputs = new Set(files.filter((f) => f !== "-").map((f) => posix2.normalize(f))), byFile = /* @__PURE__ */ new Map();
  for (let d of diagnostics) {
    let fix = d.fix;
    !fix?.safe || !inputs.has(d.file) || !fix.edits.every((e) => e.file === d.file) || addTo(byFile, d.file, fix);
  }
  return byFile;
}
function applyFixes(text, fixes) {
  let taken = [], reach = -1, insertedAt = -1;
  for (let fix of [...fixes].sort((a, b) => first(a) - first(b))) {
    let edits = [...fix.edits].sort((a, b) => a.range.start - b.range.start), at = edits[0]?.range;
    if (!(!at || at.start < reach || at.start === reach && at.start === at.end && insertedAt === reach)) {
      for (let e of edits)
        reach = Math.max(reach, e.range.end), e.range.start === e.range.end && (insertedAt = e.range.start);
      append(taken, edits);
    }
  }
  taken.sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let parts = [], end = text.length;
  for (let edit of taken)
    parts.push(text.slice(edit.range.end, end), edit.newText), end = edit.range.start;
  return parts.push(text.slice(0, end)), parts.reverse().join("");
}
var first = (fix) => Math.min(...fix.edits.map((e) => e.range.start)), fixableCount = (diagnostics) => diagnostics.filter(isFixable).length;

// src/cli/commands/check.ts
async function runCheck(args, io) {
  let limit = limitProblem(args);
  if (limit !== void 0) return usageError(io, limit, "check");
  let key2 = await resolveKey(args, io, "check");
  if (!key2.ok) return key2.exit;
  let flags = {
    ...schemaArgsOf(args),
    ...args.config ? { config: args.config } : {},
    encrypted: args.encrypted === !0,
    keys: key2.keys,
    showSecrets: args.showSecrets === !0,
    importRoots: args.importRoots ?? [],
    ...args.stdinName === void 0 ? {} : { stdinName: args.stdinName }
  };
  if (args.printConfig) return printConfig(io, args.files, flags);
  let errorsOnly = args.quiet === !0 && args.fix === void 0 && (args.failOn ?? "error") === "error" && args.maxWarnings === void 0;
  if (args.fix === "dry-run" && !["pretty", "compact"].includes(args.format))
    return usageError(
      io,
      "--fix-dry-run prints a diff: the report is pretty or compact, on standard error",
      "check"
    );
  let run2 = args.fix === void 0 ? await plainCheck(io, args.files, errorsOnly ? { ...flags, errorsOnly } : flags) : await fixFiles(io, args.files, flags);
  if (!run2.ok) return refuse(run2, io);
  let { check: checked, fixed } = run2, diagnostics = [...checked.diagnostics];
  args.fix === "dry-run" && io.stdout.write(await unifiedDiffs(fixed)), args.fix === "write" && append(diagnostics, await writeFixes(fixed, io));
  let how = {
    format: args.format,
    files: checked.files.length,
    fixable: args.fix === void 0 ? fixableCount(diagnostics) + (checked.droppedFixable?.length ?? 0) : 0,
    ...args.fix === "dry-run" ? { stream: "stderr" } : {}
  }, shown = args.quiet ? diagnostics.filter((d) => d.severity === "error") : diagnostics, written = await reportTo(args.outputFile, io, (out) => printReport(shown, checked.sources, how, out));
  return written && append(diagnostics, [written]), written && report([written], /* @__PURE__ */ new Map(), io, io.stderr), checked.ioFailed || diagnostics.some((d) => d.code === "SPAC9002") ? EXIT_USAGE : overLimits(diagnostics, args) ? EXIT_ERRORS : EXIT_OK;
}
async function reportTo(file, io, print) {
  if (file === void 0) {
    await print(io);
    return;
  }
  let parts = [];
  await print({ ...io, stdout: { write: (data) => {
    parts.push(data);
  }, isTTY: !1 } });
  let bytes = Buffer.concat(parts.map((p) => typeof p == "string" ? Buffer.from(p) : p));
  return writeOutput(file, bytes, io);
}
async function printConfig(io, files, flags) {
  let found = await effectiveSettings(io, files, flags);
  return found.ok ? (report(found.problems, /* @__PURE__ */ new Map(), io, io.stderr), io.stdout.write(`${JSON.stringify(found.files, null, 2)}
`), exitCodeFor(
    found.problems,
    found.problems.some((d) => d.code === "SPAC9001")
  )) : refuse(found, io);
}
var plainCheck = async (...params) => {
  let checked = await checkFiles(...params);
  return checked.ok ? { ok: !0, check: checked, fixed: [] } : checked;
};
async function writeFixes(fixed, io) {
  let failures = [];
  for (let f of fixed) {
    let failure = await writeOutput(f.file, f.after, io);
    failure && failures.push(failure);
  }
  return failures;
}
async function unifiedDiffs(fixed) {
  let { createTwoFilesPatch } = await import("./libesm-ZVOLFXM4.js"), options2 = {
    context: 3,
    headerOptions: { includeIndex: !1, includeUnderline: !1, includeFileHeaders: !0 }
  };
  return fixed.map(
    (f) => createTwoFilesPatch(`a/${f.file}`, `b/${f.file}`, f.shown.before, f.shown.after, "", "", options2)
  ).join("");
}
var schemaArgsOf = (args) => ({
  ...args.target === void 0 ? {} : { target: args.target },
  ...args.schema === void 0 ? {} : { schema: args.schema }
}), configOption = {
  type: "string",
  requiresArg: !0,
  describe: "config file to use instead of the nearest spac.config.json above each profile"
}, options = {
  format: {
    alias: "f",
    choices: ["pretty", "compact", "json", "sarif", "github", "gitlab", "junit"],
    default: "pretty",
    describe: "report format: sarif for code scanning, github for workflow annotations and a step summary"
  },
  ...limitOptions,
  config: configOption,
  target: targetOption,
  schema: schemaOption,
  encrypted: {
    type: "boolean",
    describe: "the profile is delivered encrypted: secrets in it are not a warning"
  },
  "show-secrets": showSecretsOption,
  "import-root": importRootOption,
  quiet: { alias: "q", type: "boolean", describe: "report errors only (the limits still count warnings)" },
  "output-file": {
    alias: "o",
    type: "string",
    requiresArg: !0,
    describe: "write the report to this file (atomically) instead of stdout"
  },
  "stdin-filename": {
    type: "string",
    requiresArg: !0,
    describe: "the name standard input is checked as: its config, overrides and imports are that file's"
  },
  "print-config": {
    type: "boolean",
    describe: "print the settings each file would be checked with (target, schemas, rules), as JSON"
  },
  fix: {
    type: "boolean",
    describe: "apply the safe fixes (a missing ';', a canonical spelling, a duplicate) to the files"
  },
  "fix-dry-run": {
    type: "boolean",
    describe: "print the safe fixes as a diff on stdout, and write nothing"
  },
  ...keyOptions
}, builder = (y) => y.positional("files", {
  ...profilesPositional,
  describe: "profiles (plain, gzip or encrypted), folders, quoted globs, or - for stdin"
}).options(options).conflicts("fix", "fix-dry-run").example("$0 check site.cfg", "report problems with a code frame").example("$0 check profiles/ 'sites/**/*.cfg'", "a folder and a quoted glob (see .spacignore)").example("$0 check --target SPA504G site.cfg", "check against one model").example("$0 check --format json profiles/*.xml", "machine-readable report for CI").example("$0 check --fix profiles/", "apply the safe fixes, then report what is left").example("$0 check --fix-dry-run site.cfg", "show the safe fixes as a diff").example("$0 check site.cfg.enc --key-file sa.key", "check an encrypted profile").example("$0 check --format sarif profiles/*.cfg > spac.sarif", "for GitHub code scanning").example("$0 check --format github --max-warnings 0 profiles/*.xml", "annotations in a workflow");
function run(a, io) {
  let args = {
    files: showDashes(a.files),
    format: a.format,
    encrypted: a.encrypted ?? !1,
    showSecrets: a["show-secrets"] ?? !1,
    importRoots: a["import-root"] ?? [],
    ...a["fix-dry-run"] ? { fix: "dry-run" } : a.fix ? { fix: "write" } : {},
    quiet: a.quiet ?? !1,
    printConfig: a["print-config"] ?? !1,
    ...a["output-file"] === void 0 ? {} : { outputFile: a["output-file"] },
    ...a["stdin-filename"] === void 0 ? {} : { stdinName: a["stdin-filename"] },
    ...a.config === void 0 ? {} : { config: a.config }
  };
  return runCheck({ ...args, ...limitArgs(a), ...keyArgs(a), ...schemaArgs(a) }, io);
}
export {
  builder,
  run,
  runCheck
};
