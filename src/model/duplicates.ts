// Model stage: parameters set more than once in one file (the phone keeps the last one).
// Input: one parsed file. Output: a warning at each overridden setting, pointing at the one that wins.
import { diagnostic, range, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import { lineIndex, type LineIndex } from '../text/line-index.js';
import { entryKey } from './names.js';
import type { Entry, Item, ProfileFile } from './profile.js';

export function findDuplicates(profile: ProfileFile, source: string): Diagnostic[] {
  const last = new Map<string, Entry>();
  const found: Diagnostic[] = [];
  // Made only when a duplicate needs it: most files have none.
  let lines: LineIndex | undefined;
  const text = { source, lines: () => (lines ??= lineIndex(source)) };
  // From the end, as the phone settles it: the first setting met of each parameter is the one that wins.
  const { items } = profile;
  for (let i = items.length - 1; i >= 0; i--) {
    const entry = items[i] as Item;
    if (entry.kind !== 'entry') continue;
    const key = entryKey(entry);
    const winner = last.get(key);
    if (winner) found.push(duplicate(entry, winner, text));
    else last.set(key, entry);
  }
  return found.reverse();
}

interface Source {
  readonly source: string;
  readonly lines: () => LineIndex;
}

function duplicate(entry: Entry, winner: Entry, source: Source): Diagnostic {
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
          safe: true as const,
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

/** The entry's range grown to whole lines when nothing else shares them (a trailing comment goes too).
 * It looks only at the characters next to the entry: a file of one long line stays linear. */
function wholeLines(entry: Entry, { source, lines }: Source): Range {
  const index = lines();
  const { start: lineStart } = index.bounds(index.position(entry.range.start).line);
  const { end: lineEnd } = index.bounds(index.position(entry.range.end).line);
  let before = entry.range.start;
  while (before > lineStart && isSpace(source[before - 1])) before--;
  let after = entry.range.end;
  while (after < lineEnd && isSpace(source[after])) after++;
  let last = lineEnd;
  while (last > after && isSpace(source[last - 1])) last--;
  const rest =
    after === last ||
    source.startsWith('#', after) ||
    (source.startsWith('<!--', after) && source.endsWith('-->', last) && last - after >= 7);
  return before === lineStart && rest ? range(lineStart, lineEnd) : entry.range;
}

/** What `trim` removes (a byte order mark too); a line's own break is part of its bounds. */
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
