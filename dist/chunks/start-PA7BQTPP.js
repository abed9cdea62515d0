import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-DEH2TXXN.js";
import {
  reasonOf
} from "./chunk-3Q2D3TI6.js";
import "./chunk-ZMQRRKYH.js";
import "./chunk-KGTCYEPO.js";
import "./chunk-B5676ZEN.js";
import "./chunk-G3KNZAMB.js";
import "./chunk-W6XSHVZU.js";
import "./chunk-ATBHXBCC.js";
import "./chunk-DRSI2EEB.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-WTNHWTI2.js";
import "./chunk-WJW57KMM.js";
import "./chunk-LZZMPDED.js";
import "./chunk-LEBLTW7U.js";
import "./chunk-2BREHVPP.js";
import "./chunk-L5R3KJ7F.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-2TRIA3JW.js"), import("./node-io-IHEP7ONH.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
