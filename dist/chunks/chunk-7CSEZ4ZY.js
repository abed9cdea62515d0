import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  usageError
} from "./chunk-KX2ECOKB.js";

// src/cli/keys.ts
async function resolveKey(args, io, command) {
  let usage = (message) => ({ ok: !1, exit: usageError(io, message, command) });
  if ([args.key, args.keyEnv, args.keyFile].filter((k) => k !== void 0).length > 1) return usage("give the key once: --key, --key-env or --key-file");
  let key = args.key;
  if (args.keyEnv !== void 0 && (key = io.env[args.keyEnv], key === void 0))
    return usage(`the environment variable '${args.keyEnv}' is not set`);
  if (args.keyFile !== void 0) {
    let read = await io.readFile(args.keyFile);
    if (!read.ok) return usage(`cannot read the key file '${args.keyFile}': ${read.reason}`);
    key = new TextDecoder().decode(read.bytes).replace(/\r?\n$/, "");
  }
  if (key === "") return usage("the key is empty");
  let digest = args.digest === void 0 ? {} : { digest: args.digest };
  return { ok: !0, keys: key === void 0 ? digest : { key, ...digest } };
}

export {
  resolveKey
};
