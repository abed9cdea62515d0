// Regenerates the built-in schema data from the public sample profiles in ../shared/corpus (npm run
// schemas:import). Output: src/schema/data/<family>.generated.json (its `source` names where it came
// from; do not edit it: curation lives in curated.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFamilies, importFamily } from './corpus-families.js';

const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'provisioner');
const out = join(import.meta.dirname, '..', 'src', 'schema', 'data');

for (const f of corpusFamilies) {
  const { schema, diagnostics } = importFamily(corpus, f);
  for (const d of diagnostics) console.log(`${f.family}: ${d.message}`);
  // JSON, not a module of object literals: a start-up parses it several times faster than it evaluates them.
  writeFileSync(join(out, `${f.family}.generated.json`), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(
    `${f.family}: ${String(schema.parameters.length)} parameters, ${String(schema.models.length)} models`,
  );
}
