// Bench (floor): what the constraints cost by themselves, with none of spac's own work: Node
// starting, yargs parsing a command line, chevrotain building spac's lexer and statement parser and
// lexing the file. Input: argv: what to load ('yargs', 'chevrotain' or 'both') and a command line
// (`check <file>`). Output: the number of tokens lexed, on standard output.
import module from 'node:module';
import process from 'node:process';

// As spac's own entry does: V8's compile cache for everything loaded from here on.
module.enableCompileCache();
const [what = 'both', ...argv] = process.argv.slice(2);
// Each part is loaded only when asked for, as spac loads a command's code only when it runs.
const files =
  what === 'chevrotain' ? argv.slice(1) : (await import('./command-line.js')).parseCommandLine(argv);
let tokens = 0;
if (what !== 'yargs') {
  const { lexFile } = await import('./lex.js');
  for (const file of files) tokens += await lexFile(file);
}
process.stdout.write(`${String(tokens)}\n`);
