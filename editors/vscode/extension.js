// VS Code extension: starts the spac language server (`spac lsp --stdio`) and hands it the documents
// that are SPA profiles, decided by content (detect.js) and by the `spac.files` setting, not by the
// extension alone. Input: the editor's documents and settings. Output: a running language client.
const fs = require('fs');
const path = require('path');
const { languages, workspace } = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { isProfile } = require('./detect');

const windows = process.platform === 'win32';
let client;

/** The server: the `spac.path` setting; else spac in a workspace folder's node_modules/.bin; else the
 * server bundled with the extension (run with the editor's Node.js); else `spac` on PATH. */
function serverCommand(config, root) {
  const setting = config.get('path', '');
  if (setting) return setting;
  for (const folder of workspace.workspaceFolders || []) {
    const bin = path.join(folder.uri.fsPath, 'node_modules', '.bin', windows ? 'spac.cmd' : 'spac');
    if (fs.existsSync(bin)) return bin;
  }
  // The extension's own folder, not this file's: packaged, this file is bundled into out/.
  const bundled = path.join(root, 'server', 'cli.js');
  return fs.existsSync(bundled) ? bundled : 'spac';
}

function serverOptions(command) {
  // A JavaScript file (the bundled server, a clone's dist/cli.js) runs with the editor's Node.js.
  if (command.endsWith('.js')) {
    const run = { module: command, transport: TransportKind.stdio, args: ['lsp'] };
    return { run, debug: run };
  }
  // On Windows, spac is spac.cmd: a batch file starts only through the shell (quoted for spaces).
  const run = windows
    ? { command: `"${command}"`, transport: TransportKind.stdio, args: ['lsp'], options: { shell: true } }
    : { command, transport: TransportKind.stdio, args: ['lsp'] };
  return { run, debug: run };
}

/** A document spac checks: named by `spac.files`, or a profile by its content. */
function wanted(document) {
  if (document.uri.scheme !== 'file') return false;
  const globs = workspace.getConfiguration('spac').get('files', []);
  if (
    globs.length > 0 &&
    languages.match(
      globs.map((pattern) => ({ pattern })),
      document,
    ) > 0
  )
    return true;
  const kind = document.languageId === 'xml' ? 'xml' : 'text';
  return isProfile(kind, document.getText());
}

/** A *.cfg (or *.txt) that holds SPC text gets the spa-profile language: highlighting, comments, and the
 * server; a Polycom, Yealink or setup.cfg keeps its own. */
function claim(document) {
  if (document.languageId === 'spa-profile' || document.languageId === 'xml') return;
  if (!/\.(cfg|txt)$/i.test(document.fileName) || !wanted(document)) return;
  languages.setTextDocumentLanguage(document, 'spa-profile');
}

function activate(context) {
  context.subscriptions.push(workspace.onDidOpenTextDocument(claim));
  workspace.textDocuments.forEach(claim);
  const config = workspace.getConfiguration('spac');
  // Only the documents the server was told of are followed: an XML file that is no profile never is.
  const open = new Set();
  const forward = (document, next) => (open.has(document.uri.toString()) ? next(document) : undefined);
  client = new LanguageClient('spac', 'spac', serverOptions(serverCommand(config, context.extensionPath)), {
    documentSelector: [
      { scheme: 'file', language: 'spa-profile' },
      { scheme: 'file', language: 'xml' },
    ],
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/{spac.config.json,.spacignore}') },
    middleware: {
      didOpen: (document, next) => {
        if (!wanted(document)) return undefined;
        open.add(document.uri.toString());
        return next(document);
      },
      didChange: (event, next) => forward(event.document, () => next(event)),
      didSave: forward,
      didClose: (document, next) => {
        const known = open.delete(document.uri.toString());
        return known ? next(document) : undefined;
      },
    },
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
