// The generated grammar/ folder must match the grammars in the code: run `npm run grammar` after a change.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateGrammar } from '../scripts/grammar.js';

describe('grammar/', () => {
  const generated = generateGrammar();

  for (const [name, content] of generated) {
    it(`${name} is up to date (else run: npm run grammar)`, () => {
      const path = join(import.meta.dirname, '..', 'grammar', name);
      expect(existsSync(path)).toBe(true);
      expect(readFileSync(path, 'utf8')).toBe(content);
    });
  }

  it('diagram pages load nothing from the network', () => {
    const page = generated.get('railroad.html') ?? '';
    expect(page).toContain('drawDiagramsFromSerializedGrammar');
    for (const rule of ['statement', 'parameter', 'startTag', 'attribute', 'alternative', 'expression'])
      expect(page).toContain(`"name": "${rule}"`);
    expect(page).not.toMatch(/<(script|link)[^>]+(src|href)=/i);
  });
});
