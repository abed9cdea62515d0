// Schema stage (checker): every entry against the schema: known name, model, line index, value, secrets.
// Input: profile entries, a schema index and whether the output is encrypted. Output: diagnostics.
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Entry } from '../model/profile.js';
import { checkCanonical } from './checks/canonical.js';
import { checkIndexRange } from './checks/index-range.js';
import { checkKnown } from './checks/known.js';
import { checkEntryValue } from './checks/value.js';
import { checkFirmware, checkOptionFirmware } from './checks/firmware.js';
import { entryTag, type Found, type SchemaIndex } from './lookup.js';

export interface SchemaCheckOptions {
  /** Secrets in a profile that will be encrypted are fine; in plain text they are readable by anyone. */
  readonly encrypted?: boolean;
  /** Entries a syntax error ran through: their values are the parser's recovery, not the author's. */
  readonly damaged?: (entry: Entry) => boolean;
  /** False: a diagnostic of this code in this file would be dropped unseen (an errors-only check), so
   * the check may skip making it (an unknown name's did-you-mean search, at scale). */
  readonly wanted?: (code: DiagnosticCode, file: string) => boolean;
}

export function checkEntries(
  entries: readonly Entry[],
  index: SchemaIndex,
  options: SchemaCheckOptions = {},
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  /** Some findings are made once per file: the first entry that shows them stands for the rest. */
  const oncePerFile = (d: Diagnostic): void => {
    const key = `${d.code}\u0000${d.file}`;
    if (!reported.has(key)) out.push(d);
    reported.add(key);
  };
  for (const entry of entries) {
    // Settings nested in a group element are an ATA's router settings (domain.md 2): another schema
    // than the voice parameters spac knows, so they are named once per file and not checked.
    // Their secrets (a router's login password) are still secrets.
    const inScope =
      entry.path.length > 0 ? index.find(entryTag(entry)) : checkEntry(entry, index, options, out);
    if (entry.path.length > 0) oncePerFile(nestedInfo(entry));
    if (!options.encrypted && isSetSecret(entry, inScope)) oncePerFile(secretWarning(entry));
  }
  return out;
}

/** One entry's findings, into `out`; returns the parameters it was checked as (none when unknown). */
function checkEntry(
  entry: Entry,
  index: SchemaIndex,
  options: SchemaCheckOptions,
  out: Diagnostic[],
): readonly Found[] {
  const found = index.find(entryTag(entry));
  const unwanted = found.length === 0 && options.wanted?.('SPAC3001', entry.file) === false;
  const known = unwanted ? undefined : checkKnown(entry, found, index);
  if (known) out.push(known);
  if (found.length === 0 || known?.code === 'SPAC3003') return [];
  const firmware = checkFirmware(entry, found, index);
  if (firmware) {
    out.push(firmware);
    return [];
  }
  const inScope = index.target ? found.filter((f) => f.family === index.target?.family) : found;
  const ranged = checkIndexRange(entry, inScope[0] as Found, index);
  if (ranged) out.push(ranged);
  const value = options.damaged?.(entry) === true ? undefined : checkEntryValue(entry, inScope);
  if (value) out.push(value);
  const canonical = value ? undefined : checkCanonical(entry, inScope);
  if (canonical) out.push(canonical);
  const option = value ? undefined : checkOptionFirmware(entry, found, index);
  if (option) out.push(option);
  return inScope;
}

const isSetSecret = (entry: Entry, found: readonly Found[]): boolean =>
  entry.value !== undefined && entry.value !== '' && found.some((f) => f.spec.secret === true);

function nestedInfo(entry: Entry): Diagnostic {
  return diagnostic('SPAC3013', entry.file, entry.nameRange, {
    name: entry.name,
    group: entry.path.join('/'),
  });
}

function secretWarning(entry: Entry): Diagnostic {
  return diagnostic('SPAC3005', entry.file, entry.nameRange, { name: entry.name });
}
