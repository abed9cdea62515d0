// Schema import from the corpus: which sample profile and family file make each built-in family.
// Input: the corpus folder. Output: the imported (uncurated) schema of a family, with the importer's notes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { parseXml } from '../src/parser/xml-front.js';
import { importSchema } from '../src/schema/import.js';
import type { ModelSpec, SchemaFile } from '../src/schema/schema-types.js';

export interface CorpusFamily {
  readonly family: string;
  readonly file: string;
  readonly title: string;
  readonly path: string;
}

export const corpusFamilies: readonly CorpusFamily[] = [
  {
    family: 'spa5xx',
    file: 'spa5xx',
    title: 'SPA30x, SPA50xG, SPA51xG and SPA525G IP phones',
    path: 'endpoint/cisco/spa5xx/$model.cfg',
  },
  { family: 'spa9xx', file: 'spa9xx', title: 'SPA9xx IP phones', path: 'endpoint/cisco/spa/$model.cfg' },
  {
    family: 'ata',
    file: 'linksys-ata',
    title: 'Linksys/Sipura analogue telephone adapters',
    path: 'endpoint/cisco/linksysata/$model.cfg',
  },
];

interface FamilyJson {
  data: { model_list: { model: string; lines: string }[] };
}

export const sourceOf = (f: CorpusFamily): string =>
  `provisioner/Provisioner ${f.path} (derived by scripts/import-corpus.ts)`;

export function importFamily(
  corpus: string,
  f: CorpusFamily,
): { schema: SchemaFile; diagnostics: Diagnostic[] } {
  const json = JSON.parse(readFileSync(join(corpus, `${f.file}-family.json`), 'utf8')) as FamilyJson;
  const models: ModelSpec[] = json.data.model_list.map((m) => ({
    name: m.model.toUpperCase(),
    lines: Number(m.lines),
  }));
  // The phone samples open with a hand-written bootstrap block (tab-indented, with template placeholders)
  // that is not SPC output: its four settings come from curated.ts instead.
  const text = readFileSync(join(corpus, `${f.file}-sample.xml`), 'utf8').replace(
    /<flat-profile>\n(?:\t[^\n]*\n)+/,
    '<flat-profile>\n',
  );
  return importSchema(parseXml(text, f.file).profile, {
    family: f.family,
    title: f.title,
    source: sourceOf(f),
    models,
  });
}
