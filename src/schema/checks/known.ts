// Schema check (rule): is the name a parameter at all, and one of the target model?
// Input: an entry and what the index found. Output: an unknown-name warning with a did-you-mean fix,
// or a not-on-this-model warning.
import { diagnostic, type Diagnostic, type Fix } from '../../diagnostics/diagnostic.js';
import type { Entry } from '../../model/profile.js';
import type { Found, SchemaIndex } from '../lookup.js';
import { closest } from '../types/shared.js';

const TEXT_INDEX = /\[([0-9]+)\]$/;
const XML_INDEX = /^(.*[^_])_([0-9]+)_$/;

/** Name -> (family key, index): `Line_Enabel[2]` -> (`Line_Enabel[n]`, 2); `Line_Enabel_2_` likewise. */
function familyKey(name: string, form: 'text' | 'xml'): { key: string; index?: string } {
  const m = form === 'text' ? TEXT_INDEX.exec(name) : XML_INDEX.exec(name);
  if (!m) return { key: name };
  return form === 'text'
    ? { key: name.replace(TEXT_INDEX, '[n]'), index: m[1] ?? '' }
    : { key: `${m[1] ?? ''}_{n}_`, index: m[2] ?? '' };
}

export function suggest(entry: Entry, index: SchemaIndex): string | undefined {
  const { key, index: line } = familyKey(entry.name, entry.nameFormat);
  const near = closest(key, index.names(entry.nameFormat));
  return near === undefined
    ? undefined
    : line === undefined
      ? near
      : near.replace(/\[n\]$|\{n\}/, (m) => (m === '[n]' ? `[${line}]` : line));
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
