// CLI shell: yargs definitions of `spac decrypt`, `decompile`, `explain` and `lsp`, each loading lazily.
// Input: a selector for the command to run. Output: yargs command modules.
import type { Argv } from 'yargs';
import {
  keyArgs,
  keyOptions,
  type KeyArgv,
  outputOption,
  schemaArgs,
  schemaOption,
  showDash,
  type Select,
} from './argv.js';

export function decryptCommand(select: Select) {
  return {
    command: 'decrypt <file>',
    describe: 'decrypt an AES-256-CBC profile (openssl enc format) to exactly what was encrypted',
    builder: (y: Argv) =>
      y
        .positional('file', { type: 'string', describe: 'the encrypted profile, or - for stdin' })
        .options({ output: outputOption, ...keyOptions })
        .example('$0 decrypt site.cfg.enc -o site.xml --key-env GPP_SA', 'the plaintext profile')
        .example('$0 decrypt site.cfg.enc --key-file sa.key --digest sha256', 'from newer firmware tooling'),
    handler: (a: KeyArgv & { file: string | undefined; output: string }) => {
      select(async (io) => {
        const { runDecrypt } = await import('./commands/decrypt.js');
        return runDecrypt({ file: showDash(a.file ?? '-'), output: showDash(a.output), ...keyArgs(a) }, io);
      });
    },
  };
}

const decompileOptions = {
  output: outputOption,
  format: { alias: 'f', choices: ['xml', 'text'], default: 'xml', describe: 'output format' },
  key: keyOptions.key,
  'key-env': keyOptions['key-env'],
  'key-file': keyOptions['key-file'],
  mac: { type: 'string', requiresArg: true, describe: 'the MAC a bound binary was built for' },
  schema: { ...schemaOption, describe: 'schema JSON file the binary was built against; repeatable' },
} as const;

interface DecompileArgv extends Omit<KeyArgv, 'digest'> {
  file: string | undefined;
  output: string;
  format: 'xml' | 'text';
  mac: string | undefined;
  schema: string | string[] | undefined;
}

export function decompileCommand(select: Select) {
  return {
    command: 'decompile <file>',
    describe: 'turn a binary profile (compile --format bin) back into XML or SPC text',
    builder: (y: Argv) =>
      y
        .positional('file', { type: 'string', describe: 'the binary profile, or - for stdin' })
        .options(decompileOptions)
        .example('$0 decompile site.bin -o site.xml', 'back to XML')
        .example(
          '$0 decompile site.bin --format text --key-env GPP_SA --mac 000e08aabbcc',
          'encrypted and bound',
        ),
    handler: (a: DecompileArgv) => {
      select(async (io) => {
        const { runDecompile } = await import('./commands/decompile.js');
        const args = {
          file: showDash(a.file ?? '-'),
          output: showDash(a.output),
          format: a.format,
          ...(a.mac === undefined ? {} : { mac: a.mac }),
          ...keyArgs(a),
          ...schemaArgs(a),
        };
        return runDecompile(args, io);
      });
    },
  };
}

export function explainCommand(select: Select) {
  return {
    command: 'explain [code]',
    describe: 'explain a diagnostic code, with an example that gets it and one that does not',
    builder: (y: Argv) =>
      y
        .positional('code', {
          type: 'string',
          describe: 'a code such as SPAC3001 (or 3001); none lists them all',
        })
        .example('$0 explain SPAC4004', 'why a rule URL is unusable')
        .example('$0 explain', 'every code with its severity and title'),
    handler: (a: { code: string | undefined }) => {
      select(async (io) => {
        const { runExplain } = await import('./commands/explain.js');
        return runExplain(a.code === undefined ? {} : { code: a.code }, io);
      });
    },
  };
}

export function lspCommand(select: Select) {
  return {
    command: 'lsp',
    describe: 'run the language server on stdin and stdout, for editors',
    builder: (y: Argv) =>
      y
        .option('stdio', {
          type: 'boolean',
          describe: 'speak LSP over stdin/stdout (the default; VS Code passes it)',
        })
        // VS Code's client passes it when it runs the server as a Node module (spac.path set to
        // dist/cli.js); vscode-languageserver reads it from argv and exits when that process is gone.
        .option('clientProcessId', {
          type: 'number',
          describe: "the editor's process id: the server exits when that process ends",
        })
        .example('$0 lsp --stdio', 'what an editor starts'),
    handler: () => {
      select(async () => {
        const [{ startServer }, { nodeHost }] = await Promise.all([
          import('../lsp/server.js'),
          import('../node/node-host.js'),
        ]);
        startServer({ input: process.stdin, output: process.stdout, host: nodeHost() });
        // The server lives until the client sends 'exit' (which ends the process) or closes stdin.
        return new Promise<number>(() => undefined);
      });
    },
  };
}
