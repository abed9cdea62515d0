import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  expandInputs
} from "./chunk-QHV7YYGC.js";
import {
  confined,
  importRoots
} from "./chunk-5O6RW2WD.js";
import {
  fileSettings,
  schemaArgsFor,
  schemaOptions
} from "./chunk-TMVOA5H2.js";
import {
  check
} from "./chunk-OEXGWO7J.js";
import {
  importHost,
  readInputs
} from "./chunk-IQYGKJZ5.js";
import {
  append,
  sortDiagnostics
} from "./chunk-YXJOSIDR.js";

// src/workspace/analyze.ts
async function analyze(host, inputs, flags) {
  let found = await fileSettings(
    host,
    inputs.map((i) => i.file),
    flags.config
  );
  if (!found.ok) return found;
  let diagnostics = [], dropped = [], sources = /* @__PURE__ */ new Map(), files = inputs.map((i) => i.file), roots = await importRoots(host, files, flags.importRoots, flags.config), grouped = groups(inputs, found.settings, flags), rulesOf = (file) => found.settings.get(file)?.rules ?? {};
  for (let group of grouped) {
    let picked = await schemaOptions(group.schemaArgs, host);
    if (!picked.ok) return picked;
    let result = await check(group.inputs, {
      ...picked.options,
      host: confined(importHost(host, flags.keys ?? {}), roots, host),
      encrypted: flags.encrypted === !0,
      showSecrets: flags.showSecrets === !0,
      // The config's severities, applied with the suppressions: what is left out as no error must be
      // no error once the config has spoken.
      severities: rulesOf,
      ...flags.errorsOnly === !0 ? { errorsOnly: !0 } : {}
    });
    append(diagnostics, result.diagnostics), append(dropped, result.droppedFixable ?? []);
    for (let [file, text] of result.sources) sources.set(file, text);
  }
  let unique = grouped.length > 1 ? once(diagnostics) : diagnostics, analysis = { ok: !0, diagnostics: sortDiagnostics(unique), sources };
  return flags.errorsOnly !== !0 ? analysis : { ...analysis, droppedFixable: grouped.length > 1 ? once(dropped) : dropped };
}
function once(diagnostics) {
  let seen = /* @__PURE__ */ new Set();
  return diagnostics.filter((d) => {
    let key = [d.file, d.code, d.range.start, d.range.end, d.message, d.device ?? ""].join("\0");
    return seen.has(key) ? !1 : (seen.add(key), !0);
  });
}
function groups(inputs, settings, flags) {
  let byKey = /* @__PURE__ */ new Map();
  for (let input of inputs) {
    let schemaArgs = schemaArgsFor(input, settings.get(input.file), flags), id = JSON.stringify([schemaArgs.target, schemaArgs.schema]), group = byKey.get(id) ?? { schemaArgs, inputs: [] };
    group.inputs.push(input), byKey.set(id, group);
  }
  return [...byKey.values()];
}
async function checkFiles(host, paths, flags) {
  let { files, diagnostics: unmatched } = await expandInputs(host, paths, flags.config), read = await readInputs(files, host, flags.keys, flags.stdinName), encrypted = flags.encrypted === !0 || read.encrypted, analysis = await analyze(host, read.inputs, { ...flags, encrypted });
  if (!analysis.ok) return analysis;
  let diagnostics = sortDiagnostics([...unmatched, ...read.failures, ...analysis.diagnostics]), { sources, droppedFixable } = analysis;
  return {
    ok: !0,
    diagnostics,
    sources,
    ioFailed: read.ioFailed,
    files,
    ...droppedFixable ? { droppedFixable } : {}
  };
}

export {
  analyze,
  checkFiles
};
