/** The distinct values, in first-seen order (ids for an `IN (…)` list, codes to look up once). */
export const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** `values` cut into lists of at most `size` (IN (…) lists and multi-row INSERTs stay bounded). */
export function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** `values` by `keyOf`, each group in the order the values came. */
export function groupBy<T, K>(values: Iterable<T>, keyOf: (value: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const value of values) {
    const key = keyOf(value);
    const group = out.get(key);
    if (group) group.push(value);
    else out.set(key, [value]);
  }
  return out;
}
