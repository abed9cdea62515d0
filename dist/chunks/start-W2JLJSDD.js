import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-VH3BKUZX.js";
import {
  reasonOf
} from "./chunk-3Q2D3TI6.js";
import "./chunk-IDXOKTXY.js";
import "./chunk-XSB5GVXV.js";
import "./chunk-FDCP4TKQ.js";
import "./chunk-CHEMU3WK.js";
import "./chunk-CPMFI6OU.js";
import "./chunk-VTK5BUH5.js";
import "./chunk-HLTM3CC3.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-JXLUE42I.js";
import "./chunk-4I5GV4WA.js";
import "./chunk-CLZPJRMI.js";
import "./chunk-KOS3YUO4.js";
import "./chunk-2BREHVPP.js";
import "./chunk-XVJKVPTY.js";
import "./chunk-FIWMBEPY.js";
import "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-RU2PUIAU.js";
import "./chunk-LSU6IVAH.js";

// src/cli/start.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";
var start = async (entry) => {
  if (!isMainThread && isFleetPart(workerData)) {
    await runFleetPart(workerData, (message) => parentPort?.postMessage(message));
    return;
  }
  for (let [stream, name] of [
    [process.stdout, "standard output"],
    [process.stderr, "standard error"]
  ])
    stream.on("error", (error) => {
      error.code === "EPIPE" && process.exit(process.exitCode ?? 0), stream === process.stdout && process.stderr.write(`spac: cannot write to ${name}: ${reasonOf(error)}
`), process.exit(2);
    });
  registerWorkerEntry(entry);
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-3HBYJPUD.js"), import("./node-io-IHEP7ONH.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
