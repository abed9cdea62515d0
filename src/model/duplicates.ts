// Model stage: parameters set more than once in one file (the phone keeps the last one).
// Input: one parsed file. Output: a warning at each overridden setting, pointing at the one that wins.
import { diagnostic, range, type Diagnostic } from '../diagnostics/diagnostic.js';
import { entryKey } from './names.js';
import { entriesOf, type Entry, type ProfileFile } from './profile.js';

export function findDuplicates(profile: ProfileFile, source: string): Diagnostic[] {
  const last = new Map<string, Entry>();
  const found: Diagnostic[] = [];
  for (const entry of entriesOf(profile.items).reverse()) {
    const key = entryKey(entry);
    const winner = last.get(key);
    if (winner) found.push(duplicate(entry, winner, source));
    else last.set(key, entry);
  }
  return found.reverse();
}

function duplicate(entry: Entry, winner: Entry, source: string): Diagnostic {
  const related = [
    { file: winner.file, range: winner.nameRange, message: `the setting of '${winner.name}' that wins` },
  ];
  // Removing the earlier setting changes nothing only when the later one also sets a value.
  const fix =
    winner.value === undefined
      ? undefined
      : {
          description: `remove this setting of '${entry.name}'`,
          edits: [{ file: entry.file, range: wholeLines(entry, source), newText: '' }],
        };
  return diagnostic(
    'SPAC2001',
    entry.file,
    entry.nameRange,
    { name: entry.name },
    {
      related,
      ...(fix ? { fix } : {}),
    },
  );
}

/** The entry's range grown to whole lines when nothing else shares them (a trailing comment goes too). */
function wholeLines(entry: Entry, source: string): ReturnType<typeof range> {
  const lineStart = source.lastIndexOf('\n', entry.range.start - 1) + 1;
  const newline = source.indexOf('\n', entry.range.end);
  const lineEnd = newline < 0 ? source.length : newline + 1;
  const before = source.slice(lineStart, entry.range.start);
  const after = source.slice(entry.range.end, lineEnd);
  const rest = after.trim();
  const alone = before.trim() === '' && (rest === '' || rest.startsWith('#') || /^<!--.*-->$/.test(rest));
  return alone ? range(lineStart, lineEnd) : entry.range;
}
