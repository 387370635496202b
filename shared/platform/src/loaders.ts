import DataLoader from 'dataloader';

/**
 * A request-scoped loader of one row (or null) per key, from one batched lookup. The batch function may return rows
 * in any order and may omit keys; results are matched back by `keyOf`.
 */
export function rowLoader<K extends string | number, V>(
  lookup: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await lookup(keys);
    const byKey = new Map<K, V>();
    for (const row of rows) byKey.set(keyOf(row), row);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A request-scoped loader of all rows per key (one-to-many), from one batched lookup. */
export function groupLoader<K extends string | number, V>(
  lookup: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await lookup(keys);
    const byKey = new Map<K, V[]>();
    for (const row of rows) {
      const list = byKey.get(keyOf(row));
      if (list) list.push(row);
      else byKey.set(keyOf(row), [row]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/** A request-scoped loader of one computed value per key (counts, sums) with a default for keys with no row. */
export function valueLoader<K extends string | number, V>(
  lookup: (keys: readonly K[]) => Promise<Map<K, V>>,
  fallback: V,
): DataLoader<K, V> {
  return new DataLoader<K, V>(async (keys) => {
    const values = await lookup(keys);
    return keys.map((key) => values.get(key) ?? fallback);
  });
}
