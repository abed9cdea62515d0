// Model stage: layers a spliced item sequence the way the phone applies it (the last setting wins).
// Input: items in application order. Output: one entry per parameter, at the place it was first set.
import { entryKey } from './names.js';
import type { Entry, SplicedItem } from './profile.js';
import { append } from '../text/append.js';

/** A setting without a value (`Name ! ;`, `<X ua="rw"/>`) changes access only, so the value of an earlier
 * setting survives it; access always comes from the last setting. */
export function layer(items: readonly SplicedItem[]): SplicedItem[] {
  // One map, from a parameter to its place: a profile of 200,000 parameters pays one lookup each.
  const at = new Map<string, number>();
  const out: SplicedItem[] = [];
  for (const item of items) {
    if (item.kind !== 'entry') {
      out.push(item);
      continue;
    }
    const key = entryKey(item);
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, out.length);
      out.push(item);
    } else out[i] = mergeEntry(out[i] as Entry, item);
  }
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
 * (one device's row), without copying the base: the positions whose entry changed and the entries added
 * after it. A device costs what its row holds, not what the base holds. */
export interface Overlay {
  readonly base: Layered;
  /** Positions in the base whose entry `more` changed, in increasing order. */
  readonly changed: readonly number[];
  /** The entry now at each changed position. */
  readonly at: ReadonlyMap<number, Entry>;
  /** Entries of parameters the base does not set, in the order first set. */
  readonly added: readonly Entry[];
}

export function overlay(base: Layered, more: readonly Entry[]): Overlay {
  const at = new Map<number, Entry>();
  const added: Entry[] = [];
  const addedAt = new Map<string, number>();
  for (const entry of more) {
    const key = entryKey(entry);
    const i = base.at.get(key);
    if (i !== undefined) {
      at.set(i, mergeEntry(at.get(i) ?? (base.items[i] as Entry), entry));
      continue;
    }
    const j = addedAt.get(key);
    if (j === undefined) {
      addedAt.set(key, added.length);
      added.push(entry);
    } else added[j] = mergeEntry(added[j] as Entry, entry);
  }
  return { base, changed: [...at.keys()].sort((a, b) => a - b), at, added };
}

/** The overlay's items, as `layer` would give them. */
export function itemsOf(over: Overlay): SplicedItem[] {
  const out = [...over.base.items];
  for (const [i, entry] of over.at) out[i] = entry;
  append(out, over.added);
  return out;
}

function mergeEntry(earlier: Entry, later: Entry): Entry {
  const valueSource = later.value === undefined ? earlier : later;
  const comment = later.comment ?? earlier.comment;
  return { ...valueSource, access: later.access, ...(comment === undefined ? {} : { comment }) };
}
