// VS Code extension (packaging): bundles the extension and its language client into one file, and
// copies spac's built command line and its JSON Schemas in, so that it runs without spac installed.
// Input: ./extension.js, ../../dist, ../../schemas (run `npm run build` at the top first).
// Output: ./out/extension.js, ./server and ./schemas.
const fs = require('fs');
const path = require('path');

const top = path.join(__dirname, '..', '..');
const copy = (from, to) => {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
};
if (!fs.existsSync(path.join(top, 'dist', 'cli.js')))
  throw new Error('no ../../dist/cli.js: run `npm run build` in spac first');
fs.mkdirSync(path.join(__dirname, 'server'), { recursive: true });
fs.copyFileSync(path.join(top, 'dist', 'cli.js'), path.join(__dirname, 'server', 'cli.js'));
copy(path.join(top, 'dist', 'chunks'), path.join(__dirname, 'server', 'chunks'));
// The built-in schema data, which the chunks import from beside them (../lib/schema/data).
copy(
  path.join(top, 'dist', 'lib', 'schema', 'data'),
  path.join(__dirname, 'server', 'lib', 'schema', 'data'),
);
// The server is ES modules; the extension itself is CommonJS.
fs.writeFileSync(path.join(__dirname, 'server', 'package.json'), '{ "type": "module" }\n');
copy(path.join(top, 'schemas'), path.join(__dirname, 'schemas'));
// One file for the editor to load, not the client library's two hundred (esbuild is spac's own build
// tool, found in the clone's node_modules).
require('esbuild').buildSync({
  entryPoints: [path.join(__dirname, 'extension.js')],
  outfile: path.join(__dirname, 'out', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['vscode'],
  logLevel: 'warning',
});
