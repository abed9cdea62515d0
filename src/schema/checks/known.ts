// Schema check (rule): is the name a parameter at all, and one of the target model?
// Input: an entry and what the index found. Output: an unknown-name warning with a did-you-mean fix,
// or a not-on-this-model warning.
import { diagnostic, type Diagnostic, type Fix } from '../../diagnostics/diagnostic.js';
import type { Entry } from '../../model/profile.js';
import type { Found, SchemaIndex } from '../lookup.js';
import { closest } from '../types/shared.js';

const TEXT_INDEX = /\[([0-9]+)\]$/;
const XML_INDEX = /^(.*[^_])_([0-9]+)_$/;

/** Per-line families are offered at the line the entry names (line 1 when it names none), so a
 * suggestion is always a name that can be written as it stands. */
export function suggest(entry: Entry, index: SchemaIndex): string | undefined {
  const m = (entry.nameFormat === 'text' ? TEXT_INDEX : XML_INDEX).exec(entry.name);
  const line = (entry.nameFormat === 'text' ? m?.[1] : m?.[2]) ?? '1';
  const fill = (n: string) => n.replace('[n]', `[${line}]`).replace('{n}', line);
  return closest(entry.name, index.names(entry.nameFormat).map(fill));
}

function renameFix(entry: Entry, name: string): Fix {
  const edits = [{ file: entry.file, range: entry.nameRange, newText: name }];
  if (entry.closeNameRange) edits.push({ file: entry.file, range: entry.closeNameRange, newText: name });
  return { description: `rename to '${name}'`, edits };
}

export function checkKnown(
  entry: Entry,
  found: readonly Found[],
  index: SchemaIndex,
): Diagnostic | undefined {
  const target = index.target;
  if (found.length === 0) {
    const near = suggest(entry, index);
    const message = `unknown parameter '${entry.name}'${near === undefined ? '' : `; did you mean '${near}'?`}`;
    return diagnostic(
      'SPAC3001',
      entry.file,
      entry.nameRange,
      message,
      near === undefined ? {} : { fix: renameFix(entry, near) },
    );
  }
  if (!target) return undefined;
  const own = found.find((f) => f.family === target.family);
  if (own && (own.spec.models === undefined || own.spec.models.includes(target.model.name))) return undefined;
  return diagnostic(
    'SPAC3003',
    entry.file,
    entry.nameRange,
    `'${entry.name}' is not a parameter of ${target.model.name}; the phone ignores it`,
  );
}
