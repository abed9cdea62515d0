// VS Code extension: starts `spac lsp --stdio` for SPC text profiles (*.cfg, *.spc) and for the XML
// files that `spac.xmlFiles` names, and stops it with the editor.
const { workspace } = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = workspace.getConfiguration('spac');
  const command = config.get('path', 'spac');
  const xmlFiles = config.get('xmlFiles', '**/{spa,SPA,Spa}*.xml');
  // A path to a JavaScript file (a clone's dist/cli.js) runs with the editor's Node.js.
  const run = command.endsWith('.js')
    ? { module: command, transport: TransportKind.stdio, args: ['lsp'] }
    : { command, transport: TransportKind.stdio, args: ['lsp'] };
  client = new LanguageClient(
    'spac',
    'spac',
    { run, debug: run },
    {
      documentSelector: [
        { scheme: 'file', language: 'spa-profile' },
        { scheme: 'file', language: 'xml', pattern: xmlFiles },
      ],
      synchronize: { fileEvents: workspace.createFileSystemWatcher('**/spac.config.json') },
    },
  );
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
