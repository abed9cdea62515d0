import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-KLHAXM5G.js";
import {
  reasonOf
} from "./chunk-3Q2D3TI6.js";
import "./chunk-IDXOKTXY.js";
import "./chunk-XSB5GVXV.js";
import "./chunk-XODD5GTY.js";
import "./chunk-INWKJWWU.js";
import "./chunk-CPMFI6OU.js";
import "./chunk-VTK5BUH5.js";
import "./chunk-HLTM3CC3.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-VGJKVQEX.js";
import "./chunk-4I5GV4WA.js";
import "./chunk-KNKY2V4O.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-VRK76S5F.js"), import("./node-io-IHEP7ONH.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
