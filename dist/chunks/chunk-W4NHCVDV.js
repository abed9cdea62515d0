import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  expandInputs
} from "./chunk-QPHIMHZN.js";
import {
  confined,
  importRoots
} from "./chunk-L5Q3WMLW.js";
import {
  fileSettings,
  schemaArgsFor,
  schemaOptions
} from "./chunk-SAUSU3JF.js";
import {
  applySeverities,
  check
} from "./chunk-GVT7QOV4.js";
import {
  importHost,
  readInputs
} from "./chunk-GXQKFFCX.js";
import {
  append,
  sortDiagnostics
} from "./chunk-3RFT4LXT.js";

// src/workspace/analyze.ts
async function analyze(host, inputs, flags) {
  let found = await fileSettings(
    host,
    inputs.map((i) => i.file),
    flags.config
  );
  if (!found.ok) return found;
  let diagnostics = [], sources = /* @__PURE__ */ new Map(), files = inputs.map((i) => i.file), roots = await importRoots(host, files, flags.importRoots, flags.config), grouped = groups(inputs, found.settings, flags);
  for (let group of grouped) {
    let picked = await schemaOptions(group.schemaArgs, host);
    if (!picked.ok) return picked;
    let result = await check(group.inputs, {
      ...picked.options,
      host: confined(importHost(host, flags.keys ?? {}), roots, host),
      encrypted: flags.encrypted === !0,
      showSecrets: flags.showSecrets === !0
    });
    append(diagnostics, result.diagnostics);
    for (let [file, text] of result.sources) sources.set(file, text);
  }
  let rulesOf = (file) => found.settings.get(file)?.rules ?? {}, unique = grouped.length > 1 ? once(diagnostics) : diagnostics;
  return { ok: !0, diagnostics: sortDiagnostics(applySeverities(unique, rulesOf)), sources };
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
  return analysis.ok ? { ok: !0, diagnostics: sortDiagnostics([...unmatched, ...read.failures, ...analysis.diagnostics]), sources: analysis.sources, ioFailed: read.ioFailed, files } : analysis;
}

export {
  analyze,
  checkFiles
};
