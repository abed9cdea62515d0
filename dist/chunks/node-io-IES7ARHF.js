import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  nodeHost,
  openFleetOutput,
  reasonOf
} from "./chunk-RFHOQZER.js";
import {
  nodeCrypto
} from "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";

// src/cli/node-io.ts
import { fstatSync, statSync } from "node:fs";
import { appendFile, chmod, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeFileAtomic(path, data, options = {}) {
  let target = await realpath(path).catch(() => path), existing = await stat(target).catch(() => {
  });
  if (existing && !existing.isFile() && !existing.isDirectory()) return writeInto(target, data);
  let mode = options.mode ?? (existing ? existing.mode & 4095 : void 0), temp = join(
    dirname(target),
    `.${basename(target)}.spac-tmp-${nodeCrypto().randomBytes(6).toString("hex")}`
  );
  try {
    return await writeFile(temp, data, { mode: mode ?? 438, flag: "wx" }), mode !== void 0 && await chmod(temp, mode), await rename(temp, target), { ok: !0 };
  } catch (error) {
    return await rm(temp, { force: !0 }), { ok: !1, reason: reasonOf(error) };
  }
}
async function writeInto(target, data) {
  try {
    return await writeFile(target, data, { flag: "w" }), { ok: !0 };
  } catch (error) {
    return { ok: !1, reason: reasonOf(error) };
  }
}
function stdoutDiscards() {
  if (process.platform === "win32") return !1;
  try {
    let own = fstatSync(1);
    return own.isCharacterDevice() && own.rdev === statSync("/dev/null").rdev;
  } catch {
    return !1;
  }
}
var isTty = (stream) => stream.isTTY ?? !1;
function nodeIo() {
  return {
    stdout: {
      write: (text) => process.stdout.write(text),
      isTTY: isTty(process.stdout),
      ...isTty(process.stdout) ? { columns: process.stdout.columns } : {},
      discards: stdoutDiscards
    },
    stderr: { write: (text) => process.stderr.write(text), isTTY: isTty(process.stderr) },
    env: process.env,
    ...nodeHost(),
    writeFileAtomic,
    removeFile: (path) => rm(path, { force: !0 }),
    untilStopped: () => new Promise((resolve) => {
      process.once("SIGTERM", () => {
        resolve();
      }), process.once("SIGINT", () => {
        resolve();
      });
    }),
    openFleetOutput,
    appendFile: async (path, text) => {
      try {
        return await appendFile(path, text), { ok: !0 };
      } catch (error) {
        return { ok: !1, reason: reasonOf(error) };
      }
    }
  };
}
export {
  nodeIo
};
