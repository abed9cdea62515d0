#!/usr/bin/env node
// CLI entry: runs main with the real process, streams and file system, and sets the exit code.
// Input: process.argv. Output: the process exit code (output is flushed before exit).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { isFleetPart, registerWorkerEntry, runFleetPart } from './fleet-jobs.js';

// `spac build --jobs N` starts this same file in worker threads, each building its share of the fleet.
if (!isMainThread && isFleetPart(workerData)) {
  await runFleetPart(workerData, (message) => parentPort?.postMessage(message));
} else {
  // A reader that stops early (`spac schema export | head`) closes the pipe: stop quietly, as cat does.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  registerWorkerEntry(new URL(import.meta.url));
  // Loaded here, not above: a worker thread needs neither the command line nor its commands.
  const [{ main }, { nodeIo }] = await Promise.all([import('./main.js'), import('./node-io.js')]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
}
