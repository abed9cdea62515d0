import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-Q7ADX2B4.js";
import "./chunk-HWGXGMFL.js";
import "./chunk-SEG65BKC.js";
import "./chunk-ESEZUW4C.js";
import {
  reasonOf
} from "./chunk-3Q2D3TI6.js";
import "./chunk-4GJD6JYO.js";
import "./chunk-UWZDZFBY.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-JMJ5MDDE.js";
import "./chunk-O7R5ZQ4J.js";
import "./chunk-RJX47Y32.js";
import "./chunk-N7TVCL6K.js";
import "./chunk-Y3KMIHG6.js";
import "./chunk-XOQO4DZN.js";
import "./chunk-KBONKVLK.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-CIBGYSZB.js"), import("./node-io-IHEP7ONH.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
