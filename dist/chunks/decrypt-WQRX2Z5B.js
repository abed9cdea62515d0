import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  resolveKey
} from "./chunk-7CSEZ4ZY.js";
import {
  readOne,
  unwrapDiagnostic
} from "./chunk-IQYGKJZ5.js";
import {
  decryptProfile
} from "./chunk-2CEZCH7C.js";
import {
  keyArgs,
  keyOptions,
  outputOption,
  showDash,
  usageError
} from "./chunk-KX2ECOKB.js";
import {
  EXIT_ERRORS,
  EXIT_OK,
  EXIT_USAGE,
  report,
  writeOutput
} from "./chunk-IAUS6DXG.js";
import "./chunk-4FTOEFBI.js";
import "./chunk-YXJOSIDR.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";

// src/cli/commands/decrypt.ts
async function runDecrypt(args, io) {
  let resolved = await resolveKey(args, io, "decrypt");
  if (!resolved.ok) return resolved.exit;
  let key = resolved.keys.key;
  if (key === void 0)
    return usageError(io, "decrypt needs the key: --key, --key-env or --key-file", "decrypt");
  let read = await readOne(io, args.file);
  if (!read.ok)
    return report([read.failure], /* @__PURE__ */ new Map(), io, io.stderr), EXIT_USAGE;
  let { file } = read, decrypted = decryptProfile(read.bytes, file, key, resolved.keys.digest);
  if (!decrypted.ok)
    return report([unwrapDiagnostic(decrypted, file)], /* @__PURE__ */ new Map(), io, io.stderr), EXIT_ERRORS;
  let failed = await writeOutput(args.output, decrypted.plaintext, io);
  return failed && report([failed], /* @__PURE__ */ new Map(), io, io.stderr), failed ? EXIT_USAGE : EXIT_OK;
}
var options = { output: outputOption, ...keyOptions }, builder = (y) => y.positional("file", { type: "string", describe: "the encrypted profile, or - for stdin" }).options(options).example("$0 decrypt site.cfg.enc -o site.xml --key-env GPP_SA", "the plaintext profile").example("$0 decrypt site.cfg.enc --key-file sa.key --digest sha256", "from newer firmware tooling");
function run(a, io) {
  return runDecrypt({ file: showDash(a.file ?? "-"), output: showDash(a.output), ...keyArgs(a) }, io);
}
export {
  builder,
  run,
  runDecrypt
};
