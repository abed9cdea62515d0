// Schema stage (checker): every entry against the schema: known name, model, line index, value, secrets.
// Input: profile entries, a schema index and whether the output is encrypted. Output: diagnostics.
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Entry } from '../model/profile.js';
import { checkCanonical } from './checks/canonical.js';
import { checkIndexRange } from './checks/index-range.js';
import { checkKnown } from './checks/known.js';
import { checkEntryValue } from './checks/value.js';
import { entryTag, type Found, type SchemaIndex } from './lookup.js';

export interface SchemaCheckOptions {
  /** Secrets in a profile that will be encrypted are fine; in plain text they are readable by anyone. */
  readonly encrypted?: boolean;
  /** Entries a syntax error ran through: their values are the parser's recovery, not the author's. */
  readonly damaged?: (entry: Entry) => boolean;
}

export function checkEntries(
  entries: readonly Entry[],
  index: SchemaIndex,
  options: SchemaCheckOptions = {},
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const secretFiles = new Set<string>();
  for (const entry of entries) {
    const found = index.find(entryTag(entry));
    const known = checkKnown(entry, found, index);
    if (known) out.push(known);
    if (found.length === 0 || known?.code === 'SPAC3003') continue;
    const inScope = index.target ? found.filter((f) => f.family === index.target?.family) : found;
    const ranged = checkIndexRange(entry, inScope[0] as Found, index);
    if (ranged) out.push(ranged);
    const value = options.damaged?.(entry) === true ? undefined : checkEntryValue(entry, inScope);
    if (value) out.push(value);
    const canonical = value ? undefined : checkCanonical(entry, inScope);
    if (canonical) out.push(canonical);
    if (!options.encrypted && isSetSecret(entry, inScope) && !secretFiles.has(entry.file)) {
      secretFiles.add(entry.file);
      out.push(secretWarning(entry));
    }
  }
  return out;
}

const isSetSecret = (entry: Entry, found: readonly Found[]): boolean =>
  entry.value !== undefined && entry.value !== '' && found.some((f) => f.spec.secret === true);

function secretWarning(entry: Entry): Diagnostic {
  return diagnostic('SPAC3005', entry.file, entry.nameRange, { name: entry.name });
}
