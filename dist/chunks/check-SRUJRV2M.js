import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  checkFiles
} from "./chunk-6MGKYOQC.js";
import {
  expandInputs
} from "./chunk-APO2MSY6.js";
import {
  resolveKey
} from "./chunk-K6AERORL.js";
import "./chunk-5R3ALBAH.js";
import "./chunk-7KOJXBKE.js";
import "./chunk-LEXQFUJN.js";
import "./chunk-7EWH7BGY.js";
import {
  fileSettings,
  schemaArgsFor,
  targetDirective
} from "./chunk-OPUXJGIT.js";
import "./chunk-UD3SO5KA.js";
import "./chunk-L3X4TDAJ.js";
import {
  readInputs
} from "./chunk-SXBEOJET.js";
import "./chunk-L5OSORXN.js";
import "./chunk-DKT2TRJT.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-72IXY4VA.js";
import "./chunk-QNDGUS6H.js";
import "./chunk-7E2XYKPH.js";
import {
  unwrapProfile
} from "./chunk-2Z4A6FDW.js";
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
} from "./chunk-V6CN3JGI.js";
import {
  EXIT_ERRORS,
  EXIT_OK,
  EXIT_USAGE,
  exitCodeFor,
  printReport,
  refuse,
  report,
  writeOutput
} from "./chunk-MRHG4TND.js";
import "./chunk-DMM3L6FU.js";
import "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import {
  addTo,
  append
} from "./chunk-5FN3SARJ.js";
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
var first = (fix) => Math.min(...fix.edits.map((e) => e.range.start)), fixableCount = (diagnostics) => diagnostics.filter((d) => d.fix?.safe === !0).length;

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options2 = {}) {
    let callback;
    typeof options2 == "function" ? (callback = options2, options2 = {}) : "callback" in options2 && (callback = options2.callback);
    let oldString = this.castInput(oldStr, options2), newString = this.castInput(newStr, options2), oldTokens = this.removeEmpty(this.tokenize(oldString, options2)), newTokens = this.removeEmpty(this.tokenize(newString, options2));
    return this.diffWithOptionsObj(oldTokens, newTokens, options2, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options2, callback) {
    var _a;
    let done = (value) => {
      if (value = this.postProcess(value, options2), callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return;
      } else
        return value;
    }, newLen = newTokens.length, oldLen = oldTokens.length, editLength = 1, maxEditLength = newLen + oldLen;
    options2.maxEditLength != null && (maxEditLength = Math.min(maxEditLength, options2.maxEditLength));
    let maxExecutionTime = (_a = options2.timeout) !== null && _a !== void 0 ? _a : 1 / 0, abortAfterTimestamp = Date.now() + maxExecutionTime, bestPath = [{ oldPos: -1, lastComponent: void 0 }], newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options2);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen)
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    let minDiagonalToConsider = -1 / 0, maxDiagonalToConsider = 1 / 0, execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath, removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        removePath && (bestPath[diagonalPath - 1] = void 0);
        let canAdd = !1;
        if (addPath) {
          let addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        let canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos ? basePath = this.addToPath(addPath, !0, !1, 0, options2) : basePath = this.addToPath(removePath, !1, !0, 1, options2), newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options2), basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen)
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || !0;
        bestPath[diagonalPath] = basePath, basePath.oldPos + 1 >= oldLen && (maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1)), newPos + 1 >= newLen && (minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1));
      }
      editLength++;
    };
    if (callback)
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp)
            return callback(void 0);
          execEditLength() || exec();
        }, 0);
      })();
    else
      for (; editLength <= maxEditLength && Date.now() <= abortAfterTimestamp; ) {
        let ret = execEditLength();
        if (ret)
          return ret;
      }
  }
  addToPath(path, added, removed, oldPosInc, options2) {
    let last = path.lastComponent;
    return last && !options2.oneChangePerToken && last.added === added && last.removed === removed ? {
      oldPos: path.oldPos + oldPosInc,
      lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
    } : {
      oldPos: path.oldPos + oldPosInc,
      lastComponent: { count: 1, added, removed, previousComponent: last }
    };
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options2) {
    let newLen = newTokens.length, oldLen = oldTokens.length, oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    for (; newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options2); )
      newPos++, oldPos++, commonCount++, options2.oneChangePerToken && (basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: !1, removed: !1 });
    return commonCount && !options2.oneChangePerToken && (basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: !1, removed: !1 }), basePath.oldPos = oldPos, newPos;
  }
  equals(left, right, options2) {
    return options2.comparator ? options2.comparator(left, right) : left === right || !!options2.ignoreCase && left.toLowerCase() === right.toLowerCase();
  }
  removeEmpty(array) {
    let ret = [];
    for (let i = 0; i < array.length; i++)
      array[i] && ret.push(array[i]);
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options2) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options2) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options2) {
    return changeObjects;
  }
  get useLongestToken() {
    return !1;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    let components = [], nextComponent;
    for (; lastComponent; )
      components.push(lastComponent), nextComponent = lastComponent.previousComponent, delete lastComponent.previousComponent, lastComponent = nextComponent;
    components.reverse();
    let componentLen = components.length, componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      let component = components[componentPos];
      if (component.removed)
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count)), oldPos += component.count;
      else {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            let oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          }), component.value = this.join(value);
        } else
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        newPos += component.count, component.added || (oldPos += component.count);
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments), this.tokenize = tokenize;
  }
  equals(left, right, options2) {
    return options2.ignoreWhitespace ? ((!options2.newlineIsToken || !left.includes(`
`)) && (left = left.trim()), (!options2.newlineIsToken || !right.includes(`
`)) && (right = right.trim())) : options2.ignoreNewlineAtEof && !options2.newlineIsToken && (left.endsWith(`
`) && (left = left.slice(0, -1)), right.endsWith(`
`) && (right = right.slice(0, -1))), super.equals(left, right, options2);
  }
}, lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options2) {
  return lineDiff.diff(oldStr, newStr, options2);
}
function tokenize(value, options2) {
  options2.stripTrailingCr && (value = value.replace(/\r\n/g, `
`));
  let retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  linesAndNewlines[linesAndNewlines.length - 1] || linesAndNewlines.pop();
  for (let i = 0; i < linesAndNewlines.length; i++) {
    let line = linesAndNewlines[i];
    i % 2 && !options2.newlineIsToken ? retLines[retLines.length - 1] += line : retLines.push(line);
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++)
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\")
      return !0;
  return !1;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s))
    return s;
  let result = '"', bytes = new TextEncoder().encode(s), i = 0;
  for (; i < bytes.length; ) {
    let b = bytes[i];
    b === 7 ? result += "\\a" : b === 8 ? result += "\\b" : b === 9 ? result += "\\t" : b === 10 ? result += "\\n" : b === 11 ? result += "\\v" : b === 12 ? result += "\\f" : b === 13 ? result += "\\r" : b === 34 ? result += '\\"' : b === 92 ? result += "\\\\" : b >= 32 && b <= 126 ? result += String.fromCharCode(b) : result += "\\" + b.toString(8).padStart(3, "0"), i++;
  }
  return result += '"', result;
}
var INCLUDE_HEADERS = {
  includeIndex: !0,
  includeUnderline: !0,
  includeFileHeaders: !0
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options2) {
  let optionsObj;
  options2 ? typeof options2 == "function" ? optionsObj = { callback: options2 } : optionsObj = options2 : optionsObj = {}, typeof optionsObj.context > "u" && (optionsObj.context = 4);
  let context = optionsObj.context;
  if (optionsObj.newlineIsToken)
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  if (optionsObj.callback) {
    let { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      let patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  } else
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  function diffLinesResultToPatch(diff) {
    if (!diff)
      return;
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    let hunks = [], oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      let current = diff[i], lines = current.lines || splitLines(current.value);
      if (current.lines = lines, current.added || current.removed) {
        if (!oldRangeStart) {
          let prev = diff[i - 1];
          oldRangeStart = oldLine, newRangeStart = newLine, prev && (curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [], oldRangeStart -= curRange.length, newRangeStart -= curRange.length);
        }
        for (let line of lines)
          curRange.push((current.added ? "+" : "-") + line);
        current.added ? newLine += lines.length : oldLine += lines.length;
      } else {
        if (oldRangeStart)
          if (lines.length <= context * 2 && i < diff.length - 2)
            for (let line of contextLines(lines))
              curRange.push(line);
          else {
            let contextSize = Math.min(lines.length, context);
            for (let line of contextLines(lines.slice(0, contextSize)))
              curRange.push(line);
            let hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk), oldRangeStart = 0, newRangeStart = 0, curRange = [];
          }
        oldLine += lines.length, newLine += lines.length;
      }
    }
    for (let hunk of hunks)
      for (let i = 0; i < hunk.lines.length; i++)
        hunk.lines[i].endsWith(`
`) ? hunk.lines[i] = hunk.lines[i].slice(0, -1) : (hunk.lines.splice(i + 1, 0, "\\ No newline at end of file"), i++);
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (headerOptions || (headerOptions = INCLUDE_HEADERS), Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit))
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    return patch.map((p) => formatPatch(p, headerOptions)).join(`
`);
  }
  let ret = [];
  if (patch.isGit) {
    if (headerOptions = INCLUDE_HEADERS, !patch.oldFileName)
      throw new Error("oldFileName must be specified for Git patches");
    if (!patch.newFileName)
      throw new Error("newFileName must be specified for Git patches");
    let gitOldName = patch.oldFileName, gitNewName = patch.newFileName;
    patch.isCreate && gitOldName === "/dev/null" ? gitOldName = gitNewName.replace(/^b\//, "a/") : patch.isDelete && gitNewName === "/dev/null" && (gitNewName = gitOldName.replace(/^a\//, "b/")), ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName)), patch.isDelete && ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644")), patch.isCreate && ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644")), patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate && (ret.push("old mode " + patch.oldMode), ret.push("new mode " + patch.newMode)), patch.isRename && (ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, ""))), ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")))), patch.isCopy && (ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, ""))), ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, ""))));
  } else
    headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0 && ret.push("Index: " + patch.oldFileName), headerOptions.includeUnderline && ret.push("===================================================================");
  let hasHunks = patch.hunks.length > 0;
  headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks) && (ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : "")), ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : "")));
  for (let i = 0; i < patch.hunks.length; i++) {
    let hunk = patch.hunks[i], oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart, newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (let line of hunk.lines)
      ret.push(line);
  }
  return ret.join(`
`) + `
`;
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options2) {
  if (typeof options2 == "function" && (options2 = { callback: options2 }), options2?.callback) {
    let { callback } = options2;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options2), { callback: (patchObj) => {
      callback(patchObj ? formatPatch(patchObj, options2.headerOptions) : void 0);
    } }));
  } else {
    let patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options2);
    return patchObj ? formatPatch(patchObj, options2?.headerOptions) : void 0;
  }
}
function splitLines(text) {
  let hasTrailingNl = text.endsWith(`
`), result = text.split(`
`).map((line) => line + `
`);
  return hasTrailingNl ? result.pop() : result.push(result.pop().slice(0, -1)), result;
}

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
  if (args.fix === "dry-run" && !["pretty", "compact"].includes(args.format))
    return usageError(
      io,
      "--fix-dry-run prints a diff: the report is pretty or compact, on standard error",
      "check"
    );
  let run2 = args.fix === void 0 ? await plainCheck(io, args.files, flags) : await fixFiles(io, args.files, flags);
  if (!run2.ok) return refuse(run2, io);
  let { check: checked, fixed } = run2, diagnostics = [...checked.diagnostics];
  args.fix === "dry-run" && io.stdout.write(fixed.map((f) => unifiedDiff(f)).join("")), args.fix === "write" && append(diagnostics, await writeFixes(fixed, io));
  let how = {
    format: args.format,
    files: checked.files.length,
    fixable: args.fix === void 0 ? fixableCount(diagnostics) : 0,
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
var unifiedDiff = (f) => createTwoFilesPatch(`a/${f.file}`, `b/${f.file}`, f.shown.before, f.shown.after, "", "", {
  context: 3,
  headerOptions: { includeIndex: !1, includeUnderline: !1, includeFileHeaders: !0 }
}), schemaArgsOf = (args) => ({
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
