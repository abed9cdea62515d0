// Lays the curated layer (src/schema/data/curated.ts) over the generated schema data (npm run
// schemas:curate; schemas:import runs it too). Input: src/schema/data/<family>.generated.json. Output:
// src/schema/data/<family>.curated.json, the data spac loads (do not edit it: edit curated.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { curatedData } from '../src/schema/curate.js';

const data = join(import.meta.dirname, '..', 'src', 'schema', 'data');

for (const family of ['spa5xx', 'spa9xx', 'ata']) {
  const generated: unknown = JSON.parse(readFileSync(join(data, `${family}.generated.json`), 'utf8'));
  writeFileSync(join(data, `${family}.curated.json`), curatedData(generated));
  console.log(`${family}: curated`);
}
