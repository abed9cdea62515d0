import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-NHWLMEZV.js";
import {
  reasonOf
} from "./chunk-3Q2D3TI6.js";
import "./chunk-ECE4YECK.js";
import "./chunk-HPQ4WBEL.js";
import "./chunk-M3GG2LAU.js";
import "./chunk-TPPUQ5OD.js";
import "./chunk-R7UEJDXY.js";
import "./chunk-4272O3VD.js";
import "./chunk-7QQMEV2M.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-4RFDFUVP.js";
import "./chunk-DMVH2AE6.js";
import "./chunk-QN5QJ7AV.js";
import "./chunk-GMJHQJGV.js";
import "./chunk-2BREHVPP.js";
import "./chunk-CIOBJNHC.js";
import "./chunk-A3O3T4AC.js";
import "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-PYSPLM6F.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-SBKXGQE6.js"), import("./node-io-IHEP7ONH.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
