// CLI shell: everything the commands need from the outside world, as one injectable object.
// Input: none (types and small helpers). Output: the Io contract that node-io.ts and the tests implement.
import { diagnostic, range, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { OpenedOutput } from '../fleet/build.js';
import { STDIN_NAME, type ReadBytes, type WorkspaceHost } from '../workspace/host.js';

export interface OutStream {
  /** Bytes only on stdout, for a binary or encrypted profile written to `-`. */
  readonly write: (data: string | Uint8Array) => void;
  readonly isTTY: boolean;
  /** A terminal's width in characters (help text wraps to it); undefined for a pipe or a file. */
  readonly columns?: number;
  /** Whether what is written is thrown away: the stream is /dev/null, which Node puts in place of a
   * stream the process was started without. */
  readonly discards?: () => boolean;
}

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };
export type { ReadBytes };
export { STDIN_NAME };

/** The workspace's host (files, standard input, working directory) plus the terminal and the writes. */
export interface Io extends WorkspaceHost {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** --color (true) or --no-color (false); undefined leaves it to the environment (see useColor). */
  readonly color?: boolean;
  /** Writes to a temporary file beside `path`, then renames it: readers never see half a file. A file
   * that exists keeps its mode (unless `mode` says otherwise) and a symlink stays a symlink (the file it
   * points at is replaced). */
  readonly writeFileAtomic: (
    path: string,
    data: string | Uint8Array,
    options?: { readonly mode?: number },
  ) => Promise<WriteResult>;
  /** Removes a file this run wrote (taking back half of a pair that could not be finished). */
  readonly removeFile: (path: string) => Promise<void>;
  /** A fleet build's output directory, written aside and swapped in whole (spac build). */
  readonly openFleetOutput: (dir: string) => Promise<OpenedOutput>;
  /** Resolves when the process is asked to stop (SIGTERM, SIGINT): a server's cue to close. */
  readonly untilStopped: () => Promise<void>;
  /** Appends text (GitHub's step summary file). */
  readonly appendFile: (path: string, text: string) => Promise<WriteResult>;
}

/** `--color`/`--no-color` win; then FORCE_COLOR (`0` or `false`: never, else always), as Node and most
 * tools read it; then colour only for a terminal, never when NO_COLOR is set to anything
 * (https://no-color.org) or TERM is dumb. */
export const useColor = (io: Io, stream: OutStream): boolean => {
  if (io.color !== undefined) return io.color;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return stream.isTTY && (io.env['NO_COLOR'] ?? '') === '' && io.env['TERM'] !== 'dumb';
};

/** A text file for a command (a certificate, a key, a manifest), or undefined with SPAC9001 added to
 * `failed`; undefined also when no file is named. */
export async function readText(
  io: Io,
  file: string | undefined,
  failed: Diagnostic[],
): Promise<string | undefined> {
  if (file === undefined) return undefined;
  const read = await io.readFile(file);
  if (read.ok) return new TextDecoder().decode(read.bytes);
  failed.push(diagnostic('SPAC9001', file, range(0), { file, reason: read.reason }));
  return undefined;
}
