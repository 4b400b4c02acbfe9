/** The items by a key of each, in the order they came; e.g. a batch of events by partner. */
export function groupBy<TItem, TKey>(items: Iterable<TItem>, keyOf: (item: TItem) => TKey): Map<TKey, TItem[]> {
  const groups = new Map<TKey, TItem[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
