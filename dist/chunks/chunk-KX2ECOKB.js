import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  EXIT_USAGE
} from "./chunk-IAUS6DXG.js";

// src/cli/options.ts
function usageError(io, message, command) {
  let help = command === void 0 ? "spac --help" : `spac ${command} --help`;
  return io.stderr.write(`spac: ${message}
run '${help}' for usage
`), EXIT_USAGE;
}
var invalidMac = (mac) => `invalid --mac '${mac}': give 12 hex digits, such as 00:0e:08:aa:bb:cc`, DASH = "\0-", hideDash = (arg) => arg === "-" ? DASH : arg, showDash = (arg) => arg === DASH ? "-" : arg, showDashes = (args) => (args ?? []).map(showDash), profilesPositional = {
  type: "string",
  array: !0,
  // yargs gives a list positional the default [], and help would say '[required] [default: []]' (for
  // a required one only: an optional one left out would be [undefined]).
  default: void 0,
  describe: "SPC text or XML profiles (plain, gzip or encrypted), or - for stdin"
}, diagnosticsOption = {
  choices: ["pretty", "compact", "json", "sarif", "github", "gitlab", "junit"],
  default: "pretty",
  describe: "how diagnostics are printed, on stderr (sarif for code scanning, github for annotations)"
}, limitOptions = {
  "max-warnings": {
    type: "number",
    requiresArg: !0,
    describe: "exit 1 when there are more warnings than this"
  },
  "fail-on": {
    choices: ["error", "warning"],
    default: "error",
    describe: "the lowest severity that makes the exit code 1"
  }
}, limitArgs = (a) => ({
  failOn: a["fail-on"] ?? "error",
  ...a["max-warnings"] === void 0 ? {} : { maxWarnings: a["max-warnings"] }
}), limitProblem = (limits) => {
  let limit = limits.maxWarnings;
  return limit === void 0 || Number.isInteger(limit) && limit >= 0 ? void 0 : "--max-warnings takes a whole number, 0 or more";
};
function overLimits(diagnostics, limits) {
  let count = (severity) => diagnostics.filter((d) => d.severity === severity).length;
  if (count("error") > 0) return !0;
  let warnings = count("warning");
  return limits.failOn === "warning" && warnings > 0 ? !0 : limits.maxWarnings !== void 0 && warnings > limits.maxWarnings;
}
var showSecretsOption = {
  type: "boolean",
  describe: "show passwords and keys in code frames and messages (hidden by default)"
}, importRootOption = {
  type: "string",
  array: !0,
  requiresArg: !0,
  describe: "a folder imports may also read from (repeatable)"
}, targetOption = {
  alias: "t",
  type: "string",
  describe: "model to check against, such as SPA504G, or SPA504G@7.5.5 with its firmware (see 'spac schema list'); default: every family"
}, schemaOption = {
  type: "string",
  requiresArg: !0,
  describe: "schema JSON file to use instead of the built-in ones (see 'spac schema import'); repeatable"
}, outputOption = {
  alias: "o",
  type: "string",
  default: "-",
  describe: "output file, or - for stdout"
}, schemaArgs = (a) => ({
  ...a.target === void 0 ? {} : { target: a.target },
  ...a.schema === void 0 ? {} : { schema: [].concat(a.schema) }
}), keyOptions = {
  key: {
    type: "string",
    requiresArg: !0,
    describe: "the key, as in the profile rule's --key (other users can see it in the process list: prefer --key-env or --key-file)"
  },
  "key-env": {
    type: "string",
    requiresArg: !0,
    describe: "name of an environment variable that holds the key"
  },
  "key-file": {
    type: "string",
    requiresArg: !0,
    describe: "file that holds the key (one trailing newline is not part of it)"
  },
  digest: {
    choices: ["md5", "sha256"],
    describe: "key derivation digest of AES-256-CBC profiles: md5 for SPA firmware (written by default), sha256 for newer firmware; read: both are tried"
  }
}, keyArgs = (a) => ({
  ...a.key === void 0 ? {} : { key: a.key },
  ...a["key-env"] === void 0 ? {} : { keyEnv: a["key-env"] },
  ...a["key-file"] === void 0 ? {} : { keyFile: a["key-file"] },
  ...a.digest === void 0 ? {} : { digest: a.digest }
});

export {
  usageError,
  invalidMac,
  hideDash,
  showDash,
  showDashes,
  profilesPositional,
  diagnosticsOption,
  limitOptions,
  limitArgs,
  limitProblem,
  overLimits,
  showSecretsOption,
  importRootOption,
  targetOption,
  schemaOption,
  outputOption,
  schemaArgs,
  keyOptions,
  keyArgs
};
