// Writes grammar/ from the chevrotain grammars (see scripts/grammar.ts). Run with `npm run grammar`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateGrammar } from './grammar.js';

const out = join(import.meta.dirname, '..', 'grammar');
mkdirSync(out, { recursive: true });
for (const [name, content] of generateGrammar()) writeFileSync(join(out, name), content);
