import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  unwrapProfile
} from "./chunk-2CEZCH7C.js";
import {
  STDIN_NAME,
  diagnostic,
  failureDiagnostic,
  range
} from "./chunk-YXJOSIDR.js";

// src/workspace/inputs.ts
import { posix as posix2 } from "node:path";

// src/model/host.ts
import { posix } from "node:path";
var resolveImport = (from, target) => posix.isAbsolute(target) ? posix.normalize(target) : posix.join(posix.dirname(from), target);

// src/workspace/inputs.ts
var cannotRead = (file, reason) => diagnostic("SPAC9001", file, range(0), { file, reason }), readPath = (host, path) => path === "-" ? host.readStdin() : host.readFile(path), unwrapDiagnostic = (failure, file) => failure.code === "not-text" ? diagnostic(
  "SPAC9003",
  file,
  range(0),
  { file: failure.file, ...failure.encoding ? { encoding: failure.encoding } : {} },
  failure.utf16 ? { message: "utf16" } : failure.encoding ? { message: "encoding" } : {}
) : failureDiagnostic(failure, file);
async function readInputs(paths, host, keys = {}, stdinName) {
  let inputs = [], failures = [], ioFailed = !1, encrypted = !1, packed = /* @__PURE__ */ new Set();
  for (let path of paths) {
    let file = path === "-" ? stdinName ?? STDIN_NAME : posix2.normalize(path), read = await readPath(host, path === "-" ? path : file);
    if (!read.ok) {
      ioFailed = !0, failures.push(cannotRead(file, read.reason));
      continue;
    }
    let unwrapped = unwrapProfile(read.bytes, file, keys);
    unwrapped.ok ? (inputs.push({
      file,
      text: unwrapped.text,
      ...unwrapped.badByte ? { badByte: unwrapped.badByte } : {}
    }), encrypted ||= unwrapped.layers.includes("aes-256-cbc"), unwrapped.layers.length > 0 && packed.add(file)) : (failures.push(unwrapDiagnostic(unwrapped, file)), ioFailed ||= unwrapped.code === "not-text");
  }
  return { inputs, failures, ioFailed, encrypted, packed };
}
async function readOne(host, path) {
  let file = path === "-" ? STDIN_NAME : path, read = await readPath(host, path);
  return read.ok ? { ok: !0, file, bytes: read.bytes } : { ok: !1, failure: cannotRead(file, read.reason) };
}
var importHost = (host, keys = {}) => ({
  read: async (path) => {
    let read = await host.readFile(path);
    if (!read.ok) return read;
    let unwrapped = unwrapProfile(read.bytes, path, keys);
    if (!unwrapped.ok) return { ok: !1, reason: unwrapped.message };
    let { text, badByte } = unwrapped;
    return { ok: !0, text, ...badByte ? { badByte } : {} };
  },
  resolve: resolveImport
});

export {
  unwrapDiagnostic,
  readInputs,
  readOne,
  importHost
};
