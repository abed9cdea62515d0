// CLI shell: everything the commands need from the outside world, as one injectable object.
// Input: none (types and small helpers). Output: the Io contract that node-io.ts and the tests implement.
import type { ReadResult } from '../model/host.js';

export interface OutStream {
  readonly write: (text: string) => void;
  readonly isTTY: boolean;
}

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export interface Io {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly readFile: (path: string) => Promise<ReadResult>;
  readonly readStdin: () => Promise<ReadResult>;
  /** Writes to a temporary file beside `path`, then renames it: readers never see half a file. */
  readonly writeFileAtomic: (path: string, text: string) => Promise<WriteResult>;
}

export const STDIN_NAME = '<stdin>';

/** Colour only for a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
export const useColor = (io: Io, stream: OutStream): boolean =>
  stream.isTTY && (io.env['NO_COLOR'] ?? '') === '' && io.env['TERM'] !== 'dumb';
