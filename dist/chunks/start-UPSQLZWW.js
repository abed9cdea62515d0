import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-WDRGGQRF.js";
import "./chunk-4FAS7IYG.js";
import "./chunk-QHWE6NDI.js";
import "./chunk-F77UQNWV.js";
import {
  reasonOf
} from "./chunk-3Q2D3TI6.js";
import "./chunk-XIJ7WYKB.js";
import "./chunk-U3N6RL2U.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-JPT5X2KY.js";
import "./chunk-BN2ENTWS.js";
import "./chunk-7TFHXLIK.js";
import "./chunk-GFJFNJEM.js";
import "./chunk-Y3KMIHG6.js";
import "./chunk-I2LWACHA.js";
import "./chunk-IG4OWFAM.js";
import "./chunk-2BREHVPP.js";
import "./chunk-WEOJJRZ7.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-SJWHNI45.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-TNOVJZ5Q.js"), import("./node-io-IHEP7ONH.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
