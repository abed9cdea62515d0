import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-34NZHKLK.js";
import "./chunk-DAPZ2YXI.js";
import "./chunk-ZEQZNMOK.js";
import "./chunk-LJMIDS4V.js";
import {
  reasonOf
} from "./chunk-3Q2D3TI6.js";
import "./chunk-UPK53QK6.js";
import "./chunk-X24VJHQW.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-W3FGE5QD.js";
import "./chunk-QZCFFZGG.js";
import "./chunk-NQ35URJP.js";
import "./chunk-H4EBVPH7.js";
import "./chunk-TEBY4KCL.js";
import "./chunk-PZDLW2QQ.js";
import "./chunk-PQLT272T.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-3425NQXO.js"), import("./node-io-IHEP7ONH.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
