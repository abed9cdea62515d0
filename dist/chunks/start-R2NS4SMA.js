import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-INPYAJIF.js";
import "./chunk-TYPSJAT2.js";
import "./chunk-UYKY43G4.js";
import "./chunk-RYP5WTB3.js";
import {
  reasonOf
} from "./chunk-3Q2D3TI6.js";
import "./chunk-PUPXWLRY.js";
import "./chunk-XTBQCXNN.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-FI2INHKT.js";
import "./chunk-QC4QN2DX.js";
import "./chunk-NRPSSXKY.js";
import "./chunk-TSQ7CGFG.js";
import "./chunk-WOTASDVR.js";
import "./chunk-O7Z2VG2Y.js";
import "./chunk-2PDVEOVQ.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-5TMI2GDP.js"), import("./node-io-IHEP7ONH.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
