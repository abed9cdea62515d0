// The hostile-input suite (fixtures/hostile/invalid/<case>/, run like every golden fixture) holds what
// each case must show, and this holds what every case shares: a diagnostic with a code, exit 1 or 2, no
// output written (no partial file, no temporary one), and neither a planted secret nor a foreign file's
// content in stdout or stderr.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const suite = join(import.meta.dirname, '..', 'fixtures', 'hostile', 'invalid');
const cases = readdirSync(suite, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** Text the inputs plant that no output may repeat: secrets, and the content of files spac must not read. */
const PLANTED = ['PLANTED-SECRET', 'FOREIGN-CONTENT', 'SecretPhrase1234', 'NotThePhrase'];

const read = (c: string, name: string) => {
  const path = join(suite, c, 'expected', name);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
};

describe('hostile inputs', () => {
  it('has the cases the hardening issue lists', () => {
    for (const name of [
      'xml-doctype-entities',
      'xml-entities',
      'xml-nested-too-deep',
      'nul-bytes',
      'utf16',
      'not-utf8',
      'cr-only-line-ends',
      'ciphertext-truncated',
      'ciphertext-wrong-key',
      'import-cycle',
      'self-import',
      'import-directory',
      'import-outside-root',
      'empty-file',
      'output-is-directory',
      'planted-secrets',
    ])
      expect(cases).toContain(name);
  });

  it.each(cases)('%s: a coded diagnostic, exit 1 or 2, nothing written, nothing planted shown', (c) => {
    const output = read(c, 'stdout') + read(c, 'stderr');
    expect(output).toMatch(/SPAC\d{4}/);
    expect(['1', '2']).toContain(read(c, 'exit').trim());
    const files = join(suite, c, 'expected', 'files');
    expect(existsSync(files) ? readdirSync(files) : []).toEqual([]);
    for (const planted of PLANTED) expect(output).not.toContain(planted);
  });
});
