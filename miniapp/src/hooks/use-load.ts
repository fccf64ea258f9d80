import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  /** undefined until the first answer arrives. */
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Like reload, settling once the answer (or the failure) is in: for pull-to-refresh. */
  refresh: () => Promise<void>;
  /** Replace the data with what a save answered, without asking again. */
  setData: (data: T) => void;
}

/** Loads once on mount and again whenever `key` changes or `reload()` is called; drops stale answers. */
export function useLoad<T>(load: () => Promise<T>, key = ''): Loaded<T> {
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({
    data: undefined,
    error: null,
    loading: true,
  });
  const [version, setVersion] = useState(0);
  const waiting = useRef<(() => void)[]>([]);

  useEffect(() => {
    let alive = true;
    const settle = () => {
      const done = waiting.current;
      waiting.current = [];
      done.forEach((resolve) => resolve());
    };
    setState((s) => ({ ...s, error: null, loading: true }));
    loadRef.current().then(
      (data) => {
        if (!alive) return;
        setState({ data, error: null, loading: false });
        settle();
      },
      (error: unknown) => {
        if (!alive) return;
        setState((s) => ({ ...s, error, loading: false }));
        settle();
      },
    );
    return () => {
      alive = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const refresh = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve);
        setVersion((v) => v + 1);
      }),
    [],
  );
  const setData = useCallback((data: T) => setState({ data, error: null, loading: false }), []);
  return { ...state, reload, refresh, setData };
}
