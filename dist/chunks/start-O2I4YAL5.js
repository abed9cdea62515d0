import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  isFleetPart,
  registerWorkerEntry,
  runFleetPart
} from "./chunk-KTZNFUPA.js";
import "./chunk-AB24SFB4.js";
import "./chunk-RCQPFBCJ.js";
import "./chunk-QPK7VMBT.js";
import {
  reasonOf
} from "./chunk-765AUVPV.js";
import "./chunk-LMLOA3NY.js";
import "./chunk-WPKAL3NE.js";
import "./chunk-5AWKQC2Z.js";
import "./chunk-HIQO3D62.js";
import "./chunk-46FET4FY.js";
import "./chunk-ICO2KJGT.js";
import "./chunk-KWXGW7T6.js";
import "./chunk-2WRXZAAE.js";
import "./chunk-BPIDVFDU.js";
import "./chunk-FARFTBXY.js";
import "./chunk-COJD2LT7.js";
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-5RMJ5QEJ.js"), import("./node-io-WIDVGOG6.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
};
export {
  start
};
