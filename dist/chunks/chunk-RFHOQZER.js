import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  nodeCrypto
} from "./chunk-575EBBRF.js";

// src/fleet/manifest.ts
function* manifestChunks(devices, choices) {
  let files = 0, bytes = 0;
  for (let d of devices)
    for (let f of d.files)
      files++, bytes += f.size;
  let manifest = {
    manifestVersion: 1,
    ...choices,
    counts: { devices: devices.length, files, bytes },
    devices: []
  }, whole = JSON.stringify(manifest, null, 2), cut = whole.lastIndexOf('"devices": []');
  yield `${whole.slice(0, cut)}"devices": [`;
  for (let [i, d] of devices.entries())
    yield `${i === 0 ? "" : ","}
    ${JSON.stringify(d, null, 2).replace(/\n/g, `
    `)}`;
  yield `${devices.length === 0 ? "" : `
  `}]${whole.slice(cut + 13)}
`;
}
function changesSince(previous, devices) {
  let before = /* @__PURE__ */ new Map(), files = /* @__PURE__ */ new Map();
  for (let f of manifestFiles(previous ?? "")) {
    let list = files.get(f.mac) ?? [];
    f.file && list.push(f.file.path, f.file.sha256), files.set(f.mac, list);
  }
  for (let [mac, list] of files) before.set(mac, fingerprint(list));
  let now = new Map(devices.map((d) => [d.mac, fingerprint(d.files.flatMap((f) => [f.path, f.sha256]))]));
  return {
    added: [...now.keys()].filter((mac) => !before.has(mac)),
    changed: [...now].filter(([mac, f]) => before.has(mac) && before.get(mac) !== f).map(([mac]) => mac),
    removed: [...before.keys()].filter((mac) => !now.has(mac))
  };
}
var fingerprint = (pathsAndHashes) => JSON.stringify(pathsAndHashes);
function* manifestFiles(text) {
  let line = /"mac": ("(?:[^"\\\n]|\\.)*")|"path": ("(?:[^"\\\n]|\\.)*"),\n\s*"kind": "(profile|bootstrap)",\n\s*"size": \d+,\n\s*"sha256": ("[0-9a-f]{64}"),\n\s*"encrypted": (true|false)/g, mac;
  for (let m of text.matchAll(line)) {
    let [, macText, path, kind, sha256, encrypted] = m;
    if (macText !== void 0)
      mac = parsedString(macText), mac !== void 0 && (yield { mac });
    else if (mac !== void 0 && path !== void 0 && sha256 !== void 0) {
      let file = parsedString(path);
      file !== void 0 && (yield {
        mac,
        file: {
          path: file,
          kind: kind === "bootstrap" ? "bootstrap" : "profile",
          sha256: parsedString(sha256) ?? "",
          encrypted: encrypted === "true"
        }
      });
    }
  }
}
var parsedString = (quoted) => {
  try {
    return JSON.parse(quoted);
  } catch {
    return;
  }
};

// src/node/fleet-output.ts
import { linkSync, mkdirSync, writeFileSync } from "node:fs";
import { lstat, mkdir, readFile, realpath as realpath2, rename, rm, stat as stat2, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

// src/node/node-host.ts
import { constants, fstat } from "node:fs";
import { open, readdir, realpath, stat } from "node:fs/promises";
import { promisify } from "node:util";
import { resolve } from "node:path";
function reasonOf(error) {
  let code = error?.code, reasons = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EISDIR: "is a directory",
    ENOTDIR: "a parent is not a directory",
    EPERM: "operation not permitted",
    ENOSPC: "no space left on device",
    EROFS: "read-only file system"
  };
  return typeof code == "string" ? reasons[code] ?? code : error instanceof Error ? error.message : String(error);
}
var MAX_INPUT_BYTES = 64 * 1024 * 1024;
async function readPath(path) {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    let info = await handle.stat();
    return info.isDirectory() ? { ok: !1, reason: "is a directory" } : info.isFile() ? info.size > MAX_INPUT_BYTES ? { ok: !1, reason: "larger than 64 MiB" } : { ok: !0, bytes: await handle.readFile() } : { ok: !1, reason: "not a regular file" };
  } catch (error) {
    return { ok: !1, reason: reasonOf(error) };
  } finally {
    await handle?.close();
  }
}
var fstatAsync = promisify(fstat);
async function stdinIsNull() {
  if (process.platform === "win32") return !1;
  let [own, devNull] = await Promise.all([
    fstatAsync(0).catch(() => {
    }),
    stat("/dev/null").catch(() => {
    })
  ]);
  return own !== void 0 && devNull !== void 0 && own.isCharacterDevice() && own.rdev === devNull.rdev;
}
async function readStdin() {
  if (await stdinIsNull())
    return { ok: !1, reason: "standard input is closed (or /dev/null): there is nothing to read" };
  let chunks = [];
  try {
    for await (let chunk of process.stdin) chunks.push(chunk);
  } catch (error) {
    return { ok: !1, reason: reasonOf(error) };
  }
  return { ok: !0, bytes: Buffer.concat(chunks) };
}
async function listDir(path) {
  return (await readdir(path, { withFileTypes: !0 }).catch(() => {
  }))?.map((d) => ({ name: d.name, directory: d.isDirectory() }));
}
function nodeHost(cwd = process.cwd()) {
  let root = resolve(cwd);
  return {
    cwd: root,
    readFile: (path) => readPath(resolve(root, path)),
    readStdin,
    realPath: (path) => realpath(resolve(root, path)).catch(() => {
    }),
    listDir: (path) => listDir(resolve(root, path))
  };
}

// src/node/fleet-output.ts
var MANIFEST = "manifest.json";
async function target(out) {
  return (await lstat(out).catch(() => {
  }))?.isSymbolicLink() ? await realpath2(out) : out;
}
var previousManifest = (dir) => () => readFile(join(dir, MANIFEST), "utf8").catch(() => {
});
async function openFleetOutput(out) {
  try {
    let dir = await target(out), existing = await stat2(dir).catch(() => {
    });
    if (existing && !existing.isDirectory()) return { ok: !1, reason: "exists and is not a directory" };
    let tag = nodeCrypto().randomBytes(6).toString("hex"), temp = join(dirname(dir), `.${basename(dir)}.spac-build-${tag}`);
    await mkdir(temp, { mode: existing ? existing.mode & 4095 : 493 });
    let old = unchanged(await previousManifest(dir)());
    return { ok: !0, output: fleetOutput(dir, temp, tag, old) };
  } catch (error) {
    return { ok: !1, reason: reasonOf(error) };
  }
}
function unchanged(previous) {
  let files = [...manifestFiles(previous ?? "")].flatMap((d) => d.file ? [d.file] : []);
  return new Map(files.map((f) => [f.path, f.sha256]));
}
function fleetOutput(dir, temp, tag, old) {
  let files = fileWriter(dir, temp, old), commit = async (manifest) => {
    try {
      return files.settled(), await writeFile(join(temp, MANIFEST), joined(manifest), { mode: 420, flag: "wx" }), await swap(dir, temp, join(dirname(dir), `.${basename(dir)}.spac-old-${tag}`)), { ok: !0 };
    } catch (error) {
      return await rm(temp, { recursive: !0, force: !0 }), { ok: !1, reason: reasonOf(error) };
    }
  }, abort = () => rm(temp, { recursive: !0, force: !0 });
  return { write: files.write, commit, abort, previous: previousManifest(dir), shared: { dir, temp } };
}
async function joinFleetOutput(shared) {
  return fileWriter(shared.dir, shared.temp, unchanged(await previousManifest(shared.dir)()));
}
function* joined(pieces) {
  let buffer = "";
  for (let piece of pieces)
    buffer += piece, buffer.length >= 65536 && (yield buffer, buffer = "");
  buffer !== "" && (yield buffer);
}
function fileWriter(dir, temp, old) {
  let folders = /* @__PURE__ */ new Set(), failure, writeOne = (file) => {
    let to = join(temp, file.path), folder = dirname(to);
    folders.has(folder) || (mkdirSync(folder, { recursive: !0 }), folders.add(folder)), !(old.get(file.path) === file.sha256 && linked(join(dir, file.path), to)) && writeFileSync(to, file.bytes, { mode: file.kind === "bootstrap" ? 416 : 420, flag: "wx" });
  };
  return { write: (device) => {
    try {
      if (failure === void 0) for (let file of device.files) writeOne(file);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
    }
    return Promise.resolve();
  }, settled: () => {
    if (failure !== void 0) throw failure;
  } };
}
async function swap(dir, temp, aside) {
  let had = await stat2(dir).then(
    () => !0,
    () => !1
  );
  had && await rename(dir, aside);
  try {
    await rename(temp, dir);
  } catch (error) {
    throw had && await rename(aside, dir), error;
  }
  had && await rm(aside, { recursive: !0, force: !0 });
}
function linked(from, to) {
  try {
    return linkSync(from, to), !0;
  } catch {
    return !1;
  }
}

export {
  manifestChunks,
  changesSince,
  manifestFiles,
  openFleetOutput,
  joinFleetOutput,
  reasonOf,
  nodeHost
};
