// Shared helper (every stage): one array appended to another. `push(...items)` passes every item as an
// argument, and past ~120,000 of them (a million-line profile, its diagnostics) the stack overflows.
// Input: two arrays. Output: the first, grown.

export function append<T>(to: T[], items: readonly T[]): T[] {
  for (const item of items) to.push(item);
  return to;
}
