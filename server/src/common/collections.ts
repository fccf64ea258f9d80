/** The distinct values, in first-seen order (ids for an `IN (…)` list, codes to look up once). */
export const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];
