import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-3RVAI7TY.js";
import "./chunk-AEMODH73.js";
import "./chunk-7H6UU7D6.js";
import "./chunk-KFAOHZQV.js";
import {
  reasonOf
} from "./chunk-3Q2D3TI6.js";
import "./chunk-TDNROIJ4.js";
import "./chunk-YFJ7JMSA.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-OVJP5O77.js";
import "./chunk-K64CYNKI.js";
import "./chunk-6ZM42IVF.js";
import "./chunk-SLA25AQE.js";
import "./chunk-TEBY4KCL.js";
import "./chunk-HZHKCQEJ.js";
import "./chunk-AYWDQF4I.js";
import "./chunk-2BREHVPP.js";
import "./chunk-M4K4HNNB.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-C2UZHIAJ.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-2WYKIW5U.js"), import("./node-io-IHEP7ONH.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
