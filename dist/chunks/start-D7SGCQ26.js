import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-XBDBCLZU.js";
import "./chunk-445UBOUQ.js";
import "./chunk-2CTGEVQA.js";
import "./chunk-XIEZKT7D.js";
import {
  reasonOf
} from "./chunk-765AUVPV.js";
import "./chunk-JGQXXKTL.js";
import "./chunk-63S7ZWWO.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-RCRVRKX6.js";
import "./chunk-T6NVF4WO.js";
import "./chunk-QGBQDDYJ.js";
import "./chunk-WENZTUZU.js";
import "./chunk-N3NDYLSR.js";
import "./chunk-Q7Q5GVUD.js";
import "./chunk-326FKUTR.js";
import "./chunk-7E2XYKPH.js";
import "./chunk-E6CSQ5X2.js";
import "./chunk-C4OQ6GRE.js";
import "./chunk-ZDSTYOCV.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-RDKS5MGU.js"), import("./node-io-WIDVGOG6.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
