import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-R5PUVOHF.js";
import "./chunk-YWEA3IVK.js";
import "./chunk-L46SRY62.js";
import "./chunk-5TKUS2DJ.js";
import {
  reasonOf
} from "./chunk-765AUVPV.js";
import "./chunk-NRVL7G5E.js";
import "./chunk-L6U4QSIL.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-6JLCNZFS.js";
import "./chunk-TK6FDMAP.js";
import "./chunk-UFHX7CCZ.js";
import "./chunk-Y4HWFLKO.js";
import "./chunk-BPIDVFDU.js";
import "./chunk-PTRHHMWK.js";
import "./chunk-L6EES7XA.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-ON2KFTNZ.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-QRRWI2OM.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-LQBWVBX3.js"), import("./node-io-WIDVGOG6.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
