import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-5TGYVET2.js";
import "./chunk-TO3SXZVR.js";
import "./chunk-2SNQHUJJ.js";
import "./chunk-TUH5B5HC.js";
import {
  reasonOf
} from "./chunk-3Q2D3TI6.js";
import "./chunk-QOIGIDG7.js";
import "./chunk-G46TDDDX.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-BER4PFNV.js";
import "./chunk-ZYUNGL5M.js";
import "./chunk-PIQEYSDK.js";
import "./chunk-Z7XTOA7I.js";
import "./chunk-XVJKVPTY.js";
import "./chunk-Q2WZVAYA.js";
import "./chunk-WKWZH4OK.js";
import "./chunk-2BREHVPP.js";
import "./chunk-FIWMBEPY.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-N5EWJXDX.js"), import("./node-io-IHEP7ONH.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
