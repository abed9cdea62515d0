// The bench's floor program (bench/floor/): what yargs and chevrotain cost by themselves. The bench
// reads its times as what no cold target can go below, so it must do the work it says: parse the
// command line, build the format's lexer and parser, and lex the whole file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFloor } from '../bench/floor/build.js';
import { textLexer } from '../src/parser/text-grammar.js';
import { xmlLexer } from '../src/parser/xml-grammar.js';

const dir = mkdtempSync(join(tmpdir(), 'spac-floor-'));
let floor = '';
const run = (...args: string[]) => spawnSync(process.execPath, [floor, ...args], { encoding: 'utf8' });

const text = 'Resync_Periodic "3600" ;\nProfile_Rule "http://x/a.cfg" ;\n';
const xml = '<flat-profile>\n  <Resync_Periodic ua="na">3600</Resync_Periodic>\n</flat-profile>\n';
writeFileSync(join(dir, 'a.cfg'), text);
writeFileSync(join(dir, 'a.xml'), xml);

beforeAll(async () => {
  floor = await buildFloor(dir);
}, 60_000);

describe('the floor program', () => {
  it('lexes a text profile whole, with or without yargs', () => {
    const tokens = String(textLexer().tokenize(text).tokens.length);
    expect(run('chevrotain', 'check', join(dir, 'a.cfg')).stdout.trim()).toBe(tokens);
    expect(run('both', 'check', join(dir, 'a.cfg')).stdout.trim()).toBe(tokens);
  });

  it('lexes an XML profile whole', () => {
    const tokens = String(xmlLexer().tokenize(xml).tokens.length);
    expect(run('both', 'check', join(dir, 'a.xml')).stdout.trim()).toBe(tokens);
  });

  it('parses the command line with yargs, and only that when asked for yargs alone', () => {
    // yargs alone reads no file: a missing one is no error there, and is one where files are lexed.
    expect(run('yargs', 'check', join(dir, 'missing.cfg'))).toMatchObject({ status: 0, stdout: '0\n' });
    expect(run('both', 'check', join(dir, 'missing.cfg')).status).not.toBe(0);
    // yargs' strict mode: an unknown option fails the parse.
    expect(run('yargs', 'check', join(dir, 'a.cfg'), '--no-such-option').status).not.toBe(0);
  });
});
