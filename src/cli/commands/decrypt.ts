// CLI command `spac decrypt`: the AES-256-CBC layer of a profile taken off, byte for byte.
// Input: a path or `-`, key flags, an output path. Output: the plaintext (gzip stays gzip), written only
// when the key opens the file; exit 1 for a wrong key, a damaged file or one that is not encrypted.
import { decryptProfile } from '../../encrypt/unwrap.js';
import type { KeyArgs } from '../argv.js';
import type { Io } from '../io.js';
import { resolveKey } from '../keys.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, report, writeOutput } from '../shared.js';
import { readOne, unwrapDiagnostic } from '../../workspace/inputs.js';

export interface DecryptArgs extends KeyArgs {
  readonly file: string;
  readonly output: string;
}

export async function runDecrypt(args: DecryptArgs, io: Io): Promise<number> {
  const resolved = await resolveKey(args, io, 'decrypt');
  if (!resolved.ok) return resolved.exit;
  const key = resolved.keys.key;
  if (key === undefined) {
    io.stderr.write(
      "spac: decrypt needs the key: --key, --key-env or --key-file\nrun 'spac decrypt --help' for usage\n",
    );
    return EXIT_USAGE;
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
