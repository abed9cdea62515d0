import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-CCXLQNGL.js";
import "./chunk-ZWAYUB3D.js";
import "./chunk-NCL5D2XB.js";
import "./chunk-RMNGW5AL.js";
import {
  reasonOf
} from "./chunk-3Q2D3TI6.js";
import "./chunk-7BFTL2I4.js";
import "./chunk-ZEVJR4U2.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-EIFIWGQT.js";
import "./chunk-XZ3D5PH5.js";
import "./chunk-XZ2ZVP73.js";
import "./chunk-FWJGYGB7.js";
import "./chunk-WLGB23AN.js";
import "./chunk-HJQ53ZVY.js";
import "./chunk-TPQ423JZ.js";
import "./chunk-2BREHVPP.js";
import "./chunk-MW4QY3CL.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-IS3MUJOK.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-65P52GPP.js"), import("./node-io-IHEP7ONH.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
