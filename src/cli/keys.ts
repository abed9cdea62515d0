// CLI shell: the key from --key, --key-env or --key-file. Input: those flags and an Io. Output: the key,
// or the exit code of a reported usage error. No message ever holds the key itself.
import type { UnwrapOptions } from '../encrypt/unwrap.js';
import type { KeyArgs } from './options.js';
import type { Io } from './io.js';
import { usageError } from './options.js';

/** `keys` opens encrypted inputs and encrypts the output: the phone has one key per rule. */
export type KeyResult =
  { readonly ok: true; readonly keys: UnwrapOptions } | { readonly ok: false; readonly exit: number };

export async function resolveKey(args: KeyArgs, io: Io, command: string): Promise<KeyResult> {
  const usage = (message: string): KeyResult => ({ ok: false, exit: usageError(io, message, command) });
  const given = [args.key, args.keyEnv, args.keyFile].filter((k) => k !== undefined).length;
  if (given > 1) return usage('give the key once: --key, --key-env or --key-file');
  let key = args.key;
  if (args.keyEnv !== undefined) {
    key = io.env[args.keyEnv];
    if (key === undefined) return usage(`the environment variable '${args.keyEnv}' is not set`);
  }
  if (args.keyFile !== undefined) {
    const read = await io.readFile(args.keyFile);
    if (!read.ok) return usage(`cannot read the key file '${args.keyFile}': ${read.reason}`);
    // Editors and `echo` end a file with a line break; it is not part of the key.
    key = new TextDecoder().decode(read.bytes).replace(/\r?\n$/, '');
  }
  if (key === '') return usage('the key is empty');
  const digest = args.digest === undefined ? {} : { digest: args.digest };
  return { ok: true, keys: key === undefined ? digest : { key, ...digest } };
}
