// CLI start: runs main with the real process, streams and file system, and sets the exit code.
// Input: process.argv and the entry file's URL. Output: the process exit code (output is flushed first).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { registerWorkerEntry } from './worker-entry.js';
import { reasonOf } from '../node/node-host.js';

// `spac build --jobs N` starts the entry file (`entry`) in worker threads, each building its share of the
// fleet.
export const start = async (entry: URL): Promise<void> => {
  if (!isMainThread) {
    // Loaded only here: no other command needs the fleet's code (or its CSV reader) to start.
    const { isFleetPart, runFleetPart } = await import('./fleet-jobs.js');
    if (isFleetPart(workerData)) {
      await runFleetPart(workerData, (message) => parentPort?.postMessage(message));
      return;
    }
  }
  // A reader that stops early (`spac schema export | head`) closes the pipe: stop quietly, as cat does.
  // Output that cannot be written (a full disk, /dev/full) is a failed run, said on standard error.
  for (const [stream, name] of [
    [process.stdout, 'standard output'],
    [process.stderr, 'standard error'],
  ] as const)
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (stream === process.stdout)
        process.stderr.write(`spac: cannot write to ${name}: ${reasonOf(error)}\n`);
      // Exit 2, as for an output file that cannot be written (output.ts is not loaded in workers).
      process.exit(2);
    });
  registerWorkerEntry(entry);
  // Loaded here, not above: a worker thread needs neither the command line nor its commands.
  const [{ main }, { nodeIo }] = await Promise.all([import('./main.js'), import('./node-io.js')]);
  process.exitCode = await main(process.argv.slice(2), nodeIo());
  // The command is done (a server returns only once stopped; the language server never does). Leaving
  // now, once the output is flushed, rather than when the event loop drains: V8 may have a garbage
  // collection queued for the idle loop, of a heap the process no longer needs (6-16 ms of a check).
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit();
};

/** Resolves once what was written to `stream` has gone to the system (pipes are asynchronous on some
 * systems). */
const flushed = (stream: NodeJS.WriteStream): Promise<void> =>
  new Promise((resolve) => {
    stream.write('', () => {
      resolve();
    });
  });
