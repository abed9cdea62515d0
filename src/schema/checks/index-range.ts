// Schema check (rule): a per-line parameter names a line the model has (`Line_Enable[5]` on a 4-line phone).
// Input: an entry and its parameter. Output: a warning naming the model's line count (the phone ignores it).
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Entry } from '../../model/profile.js';
import type { Found, SchemaIndex } from '../lookup.js';

export function checkIndexRange(entry: Entry, found: Found, index: SchemaIndex): Diagnostic | undefined {
  const line = found.index;
  if (line === undefined) return undefined;
  const target = index.target;
  const models = target ? [target.model] : found.family.models;
  const lines = Math.max(0, ...models.map((m) => m.lines));
  if (line >= 1 && (lines === 0 || line <= lines)) return undefined;
  const who = target
    ? `${target.model.name} has ${plural(lines, 'line')}`
    : `no ${found.family.family} model has more than ${plural(lines, 'line')}`;
  const message =
    line < 1
      ? `'${entry.name}' names line ${line}, but lines count from 1`
      : `'${entry.name}' is for line ${line}, but ${who}; the phone ignores it`;
  return diagnostic('SPAC3004', entry.file, entry.nameRange, message);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
