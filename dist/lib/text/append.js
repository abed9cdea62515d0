// Shared helpers (every stage): growing lists. `push(...items)` passes every item as an argument, and
// past ~120,000 of them (a million-line profile, its diagnostics) the stack overflows; a list in a map
// copied to add one item is quadratic. Input: lists and items. Output: the lists, grown in place.
export function append(to, items) {
    // Indexed: a for-of makes an iterator result per item until the loop is optimised (measured: 8 MB per
    // 200,000 items, and a fifth slower).
    for (let i = 0; i < items.length; i++)
        to.push(items[i]);
    return to;
}
/** `item` added to the list `map` holds under `key`, the list made when it is the first. */
export function addTo(map, key, item) {
    const list = map.get(key);
    if (list)
        list.push(item);
    else
        map.set(key, [item]);
}
