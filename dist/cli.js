#!/usr/bin/env node
import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  package_default
} from "./chunks/chunk-4FTOEFBI.js";
import "./chunks/chunk-LSU6IVAH.js";

// src/cli/bin.ts
import * as nodeModule from "node:module";

// src/cli/node-floor.ts
var NODE_FLOOR = "22.12.0", tooOld = (version) => {
  let have = version.split(".").map(Number), need = NODE_FLOOR.split(".").map(Number);
  for (let i = 0; i < need.length; i++) {
    let a = have[i] ?? 0, b = need[i] ?? 0;
    if (Number.isNaN(a)) return !0;
    if (a !== b) return a < b;
  }
  return !1;
};

// src/cli/bin.ts
if (tooOld(process.versions.node))
  process.stderr.write(
    `spac: needs Node.js ${NODE_FLOOR} or later; this is Node.js ${process.versions.node}
`
  ), process.exitCode = 2;
else if (process.argv.length === 3 && process.argv[2] === "--version")
  process.stdout.write(`${package_default.version}
`);
else {
  nodeModule.enableCompileCache();
  let { start } = await import("./chunks/start-DR22TBSS.js");
  await start(new URL(import.meta.url));
}
