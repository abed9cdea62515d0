import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);

// src/text/lazy-builtins.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url), crypto, zlib, nodeCrypto = () => crypto ??= load("node:crypto"), nodeZlib = () => zlib ??= load("node:zlib");

export {
  nodeCrypto,
  nodeZlib
};
