// CLI command `spac decrypt`: the AES-256-CBC layer of a profile taken off, byte for byte.
// Input: a path or `-`, key flags, an output path. Output: the plaintext (gzip stays gzip), written only
// when the key opens the file; exit 1 for a wrong key, a damaged file or one that is not encrypted.
import { decryptProfile } from '../../encrypt/unwrap.js';
import type { Io } from '../io.js';
import { resolveKey } from '../keys.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, report, writeOutput } from '../output.js';
import { readOne, unwrapDiagnostic } from '../../workspace/inputs.js';
import { keyArgs, keyOptions, outputOption, showDash, usageError, type KeyArgs } from '../options.js';
import type { Argv, InferredOptionTypes } from 'yargs';

export interface DecryptArgs extends KeyArgs {
  readonly file: string;
  readonly output: string;
}

export async function runDecrypt(args: DecryptArgs, io: Io): Promise<number> {
  const resolved = await resolveKey(args, io, 'decrypt');
  if (!resolved.ok) return resolved.exit;
  const key = resolved.keys.key;
  if (key === undefined) {
    return usageError(io, 'decrypt needs the key: --key, --key-env or --key-file', 'decrypt');
  }
  const read = await readOne(io, args.file);
  if (!read.ok) {
    report([read.failure], new Map(), io, io.stderr);
    return EXIT_USAGE;
  }
  const { file } = read;
  const decrypted = decryptProfile(read.bytes, file, key, resolved.keys.digest);
  if (!decrypted.ok) {
    report([unwrapDiagnostic(decrypted, file)], new Map(), io, io.stderr);
    return EXIT_ERRORS;
  }
  const failed = await writeOutput(args.output, decrypted.plaintext, io);
  if (failed) report([failed], new Map(), io, io.stderr);
  return failed ? EXIT_USAGE : EXIT_OK;
}

const options = { output: outputOption, ...keyOptions } as const;
export type DecryptArgv = InferredOptionTypes<typeof options> & { file: string | undefined };

export const builder = (y: Argv): Argv =>
  y
    .positional('file', { type: 'string', describe: 'the encrypted profile, or - for stdin' })
    .options(options)
    .example('$0 decrypt site.cfg.enc -o site.xml --key-env GPP_SA', 'the plaintext profile')
    .example('$0 decrypt site.cfg.enc --key-file sa.key --digest sha256', 'from newer firmware tooling');

export function run(a: DecryptArgv, io: Io): Promise<number> {
  return runDecrypt({ file: showDash(a.file ?? '-'), output: showDash(a.output), ...keyArgs(a) }, io);
}
