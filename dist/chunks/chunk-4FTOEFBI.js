import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "spac",
  version: "0.1.0",
  description: "Compiler and linter for Cisco/Linksys/Sipura SPA provisioning profiles (SPC text and XML flat-profile).",
  keywords: [
    "cisco",
    "linksys",
    "sipura",
    "spa",
    "voip",
    "sip",
    "provisioning",
    "flat-profile",
    "spc",
    "linter",
    "compiler",
    "language-server"
  ],
  license: "MIT",
  type: "module",
  engines: {
    node: ">=22.12"
  },
  bin: {
    spac: "dist/cli.js"
  },
  main: "./dist/lib/index.js",
  types: "./dist/lib/index.d.ts",
  exports: {
    ".": {
      types: "./dist/lib/index.d.ts",
      import: "./dist/lib/index.js",
      default: "./dist/lib/index.js"
    },
    "./node": {
      types: "./dist/lib/node/node-host.d.ts",
      import: "./dist/lib/node/node-host.js",
      default: "./dist/lib/node/node-host.js"
    },
    "./package.json": "./package.json"
  },
  files: [
    "dist",
    "grammar",
    "README.md",
    "schemas"
  ],
  scripts: {
    build: "node scripts/build.js",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    typecheck: "tsc --noEmit -p .",
    test: "npm run lint && npm run typecheck && npm run build && vitest run",
    "test:unit": "vitest run",
    grammar: "tsx scripts/gen-grammar.ts",
    bench: "npm run build && tsx bench/run.ts",
    fuzz: "FUZZ_RUNS=${FUZZ_RUNS:-50000} vitest run test/fuzz.test.ts",
    "schemas:import": "tsx scripts/import-corpus.ts && npm run schemas:curate",
    "schemas:curate": "tsx scripts/curate-schemas.ts && prettier --write src/schema/data"
  },
  dependencies: {
    chevrotain: "12.0.0",
    "csv-parse": "7.0.3",
    ignore: "7.0.17",
    "jsonc-parser": "3.3.1",
    "node-forge": "1.4.3",
    picocolors: "1.1.1",
    picomatch: "4.0.7"
  },
  devDependencies: {
    "@eslint/js": "10.0.1",
    "@types/node": "22.20.7",
    "@types/node-forge": "1.3.14",
    "@types/picomatch": "4.0.3",
    "@types/yargs": "17.0.35",
    ajv: "8.20.0",
    "ajv-formats": "3.0.1",
    diff: "9.0.0",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    "fast-check": "4.10.2",
    "fast-xml-parser": "5.12.1",
    prettier: "3.10.1",
    tsx: "4.23.15",
    typescript: "5.9.3",
    "typescript-eslint": "8.73.0",
    vitest: "4.1.12",
    "vscode-jsonrpc": "10.0.0",
    "vscode-languageserver": "11.0.0",
    "vscode-languageserver-textdocument": "1.0.16",
    yargs: "18.2.0"
  },
  allowScripts: {
    esbuild: !0
  }
};

export {
  package_default
};
