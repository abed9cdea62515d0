import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-AAFZQEEC.js";
import "./chunk-UWOR62A2.js";
import "./chunk-GDOYZRQE.js";
import "./chunk-4FZXI4TU.js";
import {
  reasonOf
} from "./chunk-765AUVPV.js";
import "./chunk-GNG73SG4.js";
import "./chunk-RCGGFEXL.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-PNNAPUSW.js";
import "./chunk-5PSPAXO4.js";
import "./chunk-CVQKDURV.js";
import "./chunk-QV6KOUGL.js";
import "./chunk-BPIDVFDU.js";
import "./chunk-JCWAK36D.js";
import "./chunk-OETSP3IL.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-A2YC6ATN.js"), import("./node-io-WIDVGOG6.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
