// VS Code extension (packaging): copies spac's built command line and its JSON Schemas into the
// extension, so that it runs without spac installed. Input: ../../dist, ../../schemas (run
// `npm run build` at the top first). Output: ./server and ./schemas.
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
