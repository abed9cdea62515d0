// Serve stage (report diff): where a phone's reported settings differ from what was compiled for it.
// Only what the profile sets is compared (a report also holds status fields and factory values); a
// `<X/>` on either side says nothing. Secret values are never shown, in messages or code frames.
// Input: the reported and the expected profile sets (loaded), a schema index. Output: diagnostics and
// the sources to show them with.
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { layered } from '../model/layer.js';
import { entriesOf, type Entry } from '../model/profile.js';
import type { Loaded } from '../parser/load.js';
import { entryTag, type SchemaIndex } from '../schema/lookup.js';

export interface ReportDiff {
  readonly diagnostics: Diagnostic[];
  /** Both files' texts with every secret value blanked (same length, so ranges stay right). */
  readonly sources: Map<string, string>;
}

/** The last entry per tag, as the phone would hold them. */
function lastByTag(loaded: Loaded): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const entry of entriesOf(layered(loaded.items).items)) out.set(entryTag(entry), entry);
  return out;
}

export function diffReport(reported: Loaded, expected: Loaded, index: SchemaIndex): ReportDiff {
  const phone = lastByTag(reported);
  const diagnostics: Diagnostic[] = [];
  for (const [tag, want] of lastByTag(expected)) {
    if (want.value === undefined) continue;
    const got = phone.get(tag);
    const name = want.name;
    if (!got) {
      diagnostics.push(
        diagnostic(
          'SPAC8201',
          want.file,
          want.nameRange,
          { name },
          { message: 'missing', severity: 'warning' },
        ),
      );
      continue;
    }
    if (got.value === undefined || got.value === want.value) continue;
    const related = [{ file: want.file, range: want.valueRange ?? want.range, message: 'compiled here' }];
    const at = got.valueRange ?? got.range;
    diagnostics.push(
      index.secret(tag)
        ? diagnostic('SPAC8201', got.file, at, { name }, { message: 'secret', related })
        : diagnostic(
            'SPAC8201',
            got.file,
            at,
            { name, reported: got.value, expected: want.value },
            { related },
          ),
    );
  }
  return { diagnostics, sources: masked([reported, expected], index) };
}

function masked(sets: readonly Loaded[], index: SchemaIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const set of sets) {
    for (const [file, text] of set.sources) out.set(file, text);
    for (const entry of entriesOf(set.items)) {
      const at = entry.valueRange;
      const text = out.get(entry.file);
      if (!at || text === undefined || !index.secret(entryTag(entry))) continue;
      out.set(entry.file, text.slice(0, at.start) + '*'.repeat(at.end - at.start) + text.slice(at.end));
    }
  }
  return out;
}
