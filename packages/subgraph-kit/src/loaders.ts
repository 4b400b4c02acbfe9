import DataLoader from 'dataloader';

/**
 * A DataLoader that fetches many keys in one query (`WHERE id = ANY($1)`) and hands back
 * results in key order, with `null` for keys the query did not return (missing or not the
 * caller's: the two look the same).
 */
export function createKeyedLoader<TKey extends string, TValue>(
  fetchMany: (keys: readonly TKey[]) => Promise<readonly TValue[]>,
  keyOf: (value: TValue) => TKey,
): DataLoader<TKey, TValue | null> {
  return new DataLoader<TKey, TValue | null>(async (keys) => {
    const rows = await fetchMany(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}
