// CLI shell (worker entry): the file a `spac build --jobs N` worker thread starts from, registered by the
// CLI's own entry. Kept apart from fleet-jobs.ts so that starting any other command loads no fleet code.
// Input: the entry's URL. Output: the same URL, read when a build starts its workers.

let entry: URL | undefined;

export const registerWorkerEntry = (url: URL): void => {
  entry = url;
};

/** Undefined when spac runs without its entry file (tests), where a build runs in one part. */
export const workerEntry = (): URL | undefined => entry;
