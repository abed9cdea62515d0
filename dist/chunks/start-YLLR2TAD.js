import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-UREKCZOU.js";
import "./chunk-F2U6DFQN.js";
import "./chunk-YBQFO7PU.js";
import "./chunk-BSDF6ZT7.js";
import {
  reasonOf
} from "./chunk-765AUVPV.js";
import "./chunk-A3ID7Y2C.js";
import "./chunk-CZCIJCO3.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-N5WPEUD2.js";
import "./chunk-D4U2HHZY.js";
import "./chunk-TNEQOMLQ.js";
import "./chunk-BKXOA5OT.js";
import "./chunk-BPIDVFDU.js";
import "./chunk-LHU54UVO.js";
import "./chunk-Q55F26WJ.js";
import "./chunk-2BREHVPP.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-2N45EPGW.js"), import("./node-io-WIDVGOG6.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
