import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  EXIT_OK,
  EXIT_USAGE,
  explainText
} from "./chunk-IAUS6DXG.js";
import "./chunk-4FTOEFBI.js";
import {
  catalog,
  isDiagnosticCode
} from "./chunk-YXJOSIDR.js";
import "./chunk-575EBBRF.js";
import "./chunk-LSU6IVAH.js";

// src/cli/commands/explain.ts
function runExplain(args, io) {
  if (args.code === void 0) {
    let rows = Object.entries(catalog).map(([code2, e]) => `${code2}  ${e.severity.padEnd(7)}  ${e.title}
`);
    return io.stdout.write(rows.join("")), Promise.resolve(EXIT_OK);
  }
  let written = args.code.trim().toUpperCase(), code = /^\d+$/.test(written) ? `SPAC${written}` : written;
  return isDiagnosticCode(code) ? (io.stdout.write(explainText(code)), Promise.resolve(EXIT_OK)) : (io.stderr.write(`spac: unknown code '${args.code}'; 'spac explain' lists them
`), Promise.resolve(EXIT_USAGE));
}
var builder = (y) => y.positional("code", {
  type: "string",
  describe: "a code such as SPAC3001 (or 3001); none lists them all"
}).example("$0 explain SPAC4004", "why a rule URL is unusable").example("$0 explain", "every code with its severity and title");
function run(a, io) {
  return runExplain(a.code === void 0 ? {} : { code: a.code }, io);
}
export {
  builder,
  run,
  runExplain
};
