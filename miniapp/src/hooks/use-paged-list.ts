import { useCallback, useEffect, useRef, useState } from 'react';

export const PAGE_SIZE = 20;

interface Page<T> {
  items: T[];
  total: number;
}

export interface PagedList<T> {
  items: T[];
  total: number;
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
  /** Page 1 again, settling once it is in (or failed): for pull-to-refresh. */
  refresh: () => Promise<void>;
  /** Drop rows (an approved application leaves the 待审核 list). */
  remove: (keep: (item: T) => boolean) => void;
  /** Show a row as the server now has it (a job just published), until the list is asked again. */
  replace: (item: T, same?: (a: T, b: T) => boolean) => void;
}

const sameId = <T>(a: T, b: T) => (a as { id?: unknown }).id === (b as { id?: unknown }).id;

/** A server-paged list: page 1 whenever `key` changes, then 加载更多 appends the next page. */
export function usePagedList<T>(
  fetchPage: (page: number, pageSize: number) => Promise<Page<T>>,
  key: string,
): PagedList<T> {
  const fetchRef = useRef(fetchPage);
  useEffect(() => {
    fetchRef.current = fetchPage;
  });
  const [state, setState] = useState<{
    items: T[];
    total: number;
    page: number;
    loading: boolean;
    error: unknown;
  }>({ items: [], total: 0, page: 0, loading: true, error: null });
  const generation = useRef(0);

  const load = useCallback((page: number, keepItems = false): Promise<void> => {
    const mine = ++generation.current;
    setState((s) => ({
      ...s,
      items: page === 1 && !keepItems ? [] : s.items,
      loading: true,
      error: null,
    }));
    return fetchRef.current(page, PAGE_SIZE).then(
      (res) => {
        if (mine !== generation.current) return;
        setState((s) => ({
          items: page === 1 ? res.items : [...s.items, ...res.items],
          total: res.total,
          page,
          loading: false,
          error: null,
        }));
      },
      (error: unknown) => {
        if (mine === generation.current) setState((s) => ({ ...s, loading: false, error }));
      },
    );
  }, []);

  useEffect(() => {
    void load(1);
  }, [key, load]);

  const remove = useCallback((keep: (item: T) => boolean) => {
    setState((s) => {
      const items = s.items.filter(keep);
      return { ...s, items, total: Math.max(0, s.total - (s.items.length - items.length)) };
    });
  }, []);

  const replace = useCallback((item: T, same: (a: T, b: T) => boolean = sameId) => {
    setState((s) => ({ ...s, items: s.items.map((i) => (same(i, item) ? item : i)) }));
  }, []);

  return {
    items: state.items,
    total: state.total,
    loading: state.loading,
    error: state.error,
    hasMore: state.items.length < state.total,
    loadMore: () => void load(state.page + 1),
    reload: () => void load(1),
    // The rows stay on screen while the pull-down spinner shows.
    refresh: () => load(1, true),
    remove,
    replace,
  };
}
