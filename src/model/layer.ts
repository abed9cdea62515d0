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

/** A layered set and where each parameter sits in it, to layer more on top without starting over. */
export interface Layered {
  readonly items: readonly SplicedItem[];
  readonly at: ReadonlyMap<string, number>;
}

export function layered(items: readonly SplicedItem[]): Layered {
  const out = layer(items);
  const at = new Map<string, number>();
  out.forEach((item, i) => {
    if (item.kind === 'entry') at.set(entryKey(item), i);
  });
  return { items: out, at };
}

/** `layer([...base, ...more])` for a base layered once (a fleet's shared layers) and a few entries more
 * (one device's row): the same last-wins result, without going over the base again. */
export function layerOnto(base: Layered, more: readonly Entry[]): SplicedItem[] {
  const out = [...base.items];
  const added = new Map<string, number>();
  for (const entry of more) {
    const key = entryKey(entry);
    const i = base.at.get(key) ?? added.get(key);
    if (i === undefined) {
      added.set(key, out.length);
      out.push(entry);
    } else out[i] = mergeEntry(out[i] as Entry, entry);
  }
  return out;
}

function mergeEntry(earlier: Entry, later: Entry): Entry {
  const valueSource = later.value === undefined ? earlier : later;
  const comment = later.comment ?? earlier.comment;
  return { ...valueSource, access: later.access, ...(comment === undefined ? {} : { comment }) };
}
