// Model stage: layers a spliced item sequence the way the phone applies it (the last setting wins).
// Input: items in application order. Output: one entry per parameter, at the place it was first set.
import { entryKey } from './names.js';
import type { Entry, SplicedItem } from './profile.js';

/** A setting without a value (`Name ! ;`, `<X ua="rw"/>`) changes access only, so the value of an earlier
 * setting survives it; access always comes from the last setting. */
export function layer(items: readonly SplicedItem[]): SplicedItem[] {
  const merged = new Map<string, Entry>();
  const firstIndex = new Map<string, number>();
  const out: SplicedItem[] = [];
  for (const item of items) {
    if (item.kind !== 'entry') {
      out.push(item);
      continue;
    }
    const key = entryKey(item);
    const earlier = merged.get(key);
    merged.set(key, earlier ? mergeEntry(earlier, item) : item);
    if (!firstIndex.has(key)) {
      firstIndex.set(key, out.length);
      out.push(item);
    }
  }
  for (const [key, index] of firstIndex) out[index] = merged.get(key) as Entry;
  return out;
}

function mergeEntry(earlier: Entry, later: Entry): Entry {
  const valueSource = later.value === undefined ? earlier : later;
  const comment = later.comment ?? earlier.comment;
  return { ...valueSource, access: later.access, ...(comment === undefined ? {} : { comment }) };
}
