/**
 * The one way a console page loads data: `useLoad((signal) => api.thing(id, signal), [id])`.
 * It loads when mounted and again when the key changes (forgetting the previous key's data),
 * aborts the request in flight when the page closes or the key changes and ignores its late
 * answer, reloads on demand, and optionally every `every` milliseconds (live results), which
 * may depend on the latest answer (poll while a broadcast is running, stop when it is done).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { type LatestLoad, latestLoad } from './latest-load.js';

export interface Loaded<T> {
  /** the latest answer; kept while reloading, cleared when the key changes */
  data: T | undefined;
  /** the latest failure, cleared by the next success */
  error: Error | undefined;
  loading: boolean;
  reload(): void;
}

interface LoadState<T> {
  data?: T;
  error?: Error;
  loading: boolean;
}

export function useLoad<T>(
  load: (signal: AbortSignal) => Promise<T>,
  key: readonly unknown[],
  options: {
    every?: number | ((data: T | undefined) => number | undefined);
    /** show the previous key's data until the new answer (a preview that follows typing) */
    keepPrevious?: boolean;
  } = {},
): Loaded<T> {
  const [state, setState] = useState<LoadState<T>>({ loading: true });
  // the latest closure, so a new render's `load` is used without being part of the key
  const loadRef = useRef(load);
  loadRef.current = load;
  const runner = useRef<LatestLoad<T>>(undefined);
  // the key as text: ids, locales, page offsets; functions and API objects do not belong in it
  const keyText = JSON.stringify(key);
  const lastKey = useRef<string>(undefined);
  const every = typeof options.every === 'function' ? options.every(state.data) : options.every;

  useEffect(() => {
    const loader = latestLoad<T>((outcome) =>
      setState((previous) =>
        'data' in outcome
          ? { data: outcome.data, loading: false }
          : { data: previous.data, error: outcome.error, loading: false },
      ),
    );
    runner.current = loader;
    // a new key forgets the previous key's data; a new period keeps it
    if (lastKey.current !== keyText) {
      setState((previous) => (options.keepPrevious ? { ...previous, loading: true } : { loading: true }));
    }
    lastKey.current = keyText;
    const run = () => loader.run((signal) => loadRef.current(signal));
    run();
    const timer = every ? setInterval(run, every) : undefined;
    return () => {
      clearInterval(timer);
      loader.stop();
    };
  }, [keyText, every, options.keepPrevious]);

  const reload = useCallback(() => {
    setState((previous) => ({ ...previous, loading: true }));
    runner.current?.run((signal) => loadRef.current(signal));
  }, []);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** Waits `ms` unless the load is cancelled first (a search that waits for the typing to pause). */
export const pause = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
