// Build step: the command line's bundle patches chevrotain's lexer so that safe mode skips a table only
// the optimised mode reads (scripts/chevrotain-safe-mode.js). Bundled with and without the patch, the same
// lexer definitions give the same tokens, in safe mode and in the optimised one.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chevrotainSafeMode, skipTableInSafeMode } from '../scripts/chevrotain-safe-mode.js';

const repo = join(import.meta.dirname, '..');
type Lex = (text: string, safeMode: boolean) => string[];

// A lexer of each front end (their catch-all tokens leave chevrotain nothing to optimise), and one it can
// optimise, which reads the table for characters past U+00FF; made in either mode; tokens as type and image.
const entry = `
import { Lexer, createToken } from 'chevrotain';
import { xmlLexerDefinition } from ${JSON.stringify(join(repo, 'src/parser/xml-grammar.ts'))};
import { textTokens } from ${JSON.stringify(join(repo, 'src/parser/text-grammar.ts'))};
const optimisable = [
  createToken({ name: 'Word', pattern: /[A-Za-z\\u00C0-\\u9FFF]+/ }),
  createToken({ name: 'Number', pattern: /[0-9]+/ }),
  createToken({ name: 'Space', pattern: /[ \\t\\r\\n]+/ }),
  createToken({ name: 'Mark', pattern: /[<>&;"'=!#\\/[\\]:.$-]/ }),
];
export default (text, safeMode) =>
  [xmlLexerDefinition, textTokens, optimisable].flatMap((definition) =>
    new Lexer(definition, { safeMode, positionTracking: 'onlyOffset' })
      .tokenize(text)
      .tokens.map((t) => t.tokenType.name + ':' + t.image),
  );
`;

async function bundled(patched: boolean): Promise<Lex> {
  const dir = mkdtempSync(join(tmpdir(), 'spac-safe-mode-'));
  const source = join(dir, 'entry.mjs');
  writeFileSync(source, entry);
  const safeMode = chevrotainSafeMode();
  const out = await build({
    entryPoints: [source],
    bundle: true,
    format: 'esm',
    platform: 'node',
    mainFields: ['module', 'main'],
    write: false,
    plugins: patched ? [safeMode.plugin] : [],
    logLevel: 'silent',
  });
  if (patched) expect(safeMode.patched()).toBe(true);
  const file = join(dir, 'lex.mjs');
  writeFileSync(file, out.outputFiles[0]?.text ?? '');
  return ((await import(pathToFileURL(file).href)) as { default: Lex }).default;
}

const samples = [
  '<flat-profile>\n  <Resync_Periodic ua="na">3600</Resync_Periodic>\n</flat-profile>\n',
  'Resync_Periodic "3600" ;\nProfile_Rule ! "http://x/$MA.cfg" ; # comment\n',
  "<a b='1'>&amp;&bogus; <!-- c --> <![CDATA[x]]></a> < & é 日本 \r\n",
  '',
];

describe("chevrotain's lexer, patched for safe mode", () => {
  it('finds the call it patches in the installed chevrotain', () => {
    const path = join(repo, 'node_modules/chevrotain/lib/src/scan/lexer.js');
    const patched = skipTableInSafeMode(readFileSync(path, 'utf8'), path);
    expect(patched).toContain('if (!options.safeMode) tracer("initCharCodeToOptimizedIndexMap"');
    expect(() => skipTableInSafeMode('export const x = 1;', 'x.js')).toThrow(/not found/);
  });

  it('lexes as the unpatched one, in safe mode and in the optimised one', async () => {
    const [own, patched] = await Promise.all([bundled(false), bundled(true)]);
    for (const text of samples)
      for (const safeMode of [true, false])
        expect(patched(text, safeMode), text).toEqual(own(text, safeMode));
    expect(own(samples[0] ?? '', true).length).toBeGreaterThan(5);
    // The optimisable lexer lexed the characters past U+00FF as words, through the table.
    expect(patched(samples[2] ?? '', false)).toContain('Word:日本');
  });
});
