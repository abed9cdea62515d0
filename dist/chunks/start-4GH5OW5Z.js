import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-OUZQOE4T.js";
import "./chunk-BA5AU53G.js";
import "./chunk-CINB5ZMB.js";
import "./chunk-GTB7XYVG.js";
import {
  reasonOf
} from "./chunk-3Q2D3TI6.js";
import "./chunk-WU6LVGOB.js";
import "./chunk-4ZQ6XNJS.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-MUSXM2RA.js";
import "./chunk-XRD6WNXJ.js";
import "./chunk-6F64WLIB.js";
import "./chunk-PQ5E32NT.js";
import "./chunk-Y3KMIHG6.js";
import "./chunk-CRKSWIGR.js";
import "./chunk-FEGKZ6LN.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-JTCK7O45.js"), import("./node-io-IHEP7ONH.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
