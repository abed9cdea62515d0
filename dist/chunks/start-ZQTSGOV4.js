import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-3D3QGPYQ.js";
import "./chunk-RXDDIC5B.js";
import "./chunk-OHLWTLJF.js";
import "./chunk-GKNH4ZZD.js";
import {
  reasonOf
} from "./chunk-3Q2D3TI6.js";
import "./chunk-FQHMABDY.js";
import "./chunk-2CQGQQYE.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-D5J7BTEH.js";
import "./chunk-LZEMG6B2.js";
import "./chunk-XVKJDU5E.js";
import "./chunk-JVJ7AHTB.js";
import "./chunk-WOTASDVR.js";
import "./chunk-R6C6HBPG.js";
import "./chunk-N5CGIS2U.js";
import "./chunk-2BREHVPP.js";
import "./chunk-5OU2OZJA.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-DE6JCCXO.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-LBQFKW5S.js"), import("./node-io-IHEP7ONH.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
