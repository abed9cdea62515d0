import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-EUPRL4OV.js";
import "./chunk-7XY7SC6R.js";
import "./chunk-KTFSVDW7.js";
import "./chunk-NTQXFB6W.js";
import {
  reasonOf
} from "./chunk-765AUVPV.js";
import "./chunk-REV4YPOV.js";
import "./chunk-GZ6Q2MEJ.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-EGYOWLIF.js";
import "./chunk-IMTZGVLV.js";
import "./chunk-YQZSSSBY.js";
import "./chunk-2OGVS5MS.js";
import "./chunk-BPIDVFDU.js";
import "./chunk-EQDRTSDB.js";
import "./chunk-OCUMDAI4.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-IWAPB7J2.js"), import("./node-io-WIDVGOG6.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
