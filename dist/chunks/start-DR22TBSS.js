import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  registerWorkerEntry
} from "./chunk-N6ZTTDEX.js";
import {
  reasonOf
} from "./chunk-RFHOQZER.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";

// src/cli/start.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";
var start = async (entry) => {
  if (!isMainThread) {
    let { isFleetPart, runFleetPart } = await import("./fleet-jobs-AZQZMD36.js");
    if (isFleetPart(workerData)) {
      await runFleetPart(workerData, (message) => parentPort?.postMessage(message));
      return;
    }
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
  let [{ main }, { nodeIo }] = await Promise.all([import("./main-EXXABNO6.js"), import("./node-io-IES7ARHF.js")]);
  process.exitCode = await main(process.argv.slice(2), nodeIo()), await Promise.all([flushed(process.stdout), flushed(process.stderr)]), process.exit();
}, flushed = (stream) => new Promise((resolve) => {
  stream.write("", () => {
    resolve();
  });
});
export {
  start
};
