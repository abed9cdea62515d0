import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);

// src/cli/worker-entry.ts
var entry, registerWorkerEntry = (url) => {
  entry = url;
}, workerEntry = () => entry;

export {
  registerWorkerEntry,
  workerEntry
};
