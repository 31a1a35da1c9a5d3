import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiGet } from '../../api/client.ts';

export interface Answer<T> {
  /** The answer for the current path only (never an older path's). */
  readonly data: T | null;
  readonly error: ApiError | null;
  readonly loading: boolean;
  /** The last answer received, whatever its path: keeps a table on screen while the next page loads. */
  readonly previous: T | null;
  reload(): void;
}

/**
 * Like useApi, but an answer is tied to the path it was asked for: right after the filter changes,
 * `data` is null rather than the old filter's answer, so nothing decides on stale figures (here: whether
 * the whole-country map is small enough to fetch).
 */
export function useAnswer<T>(path: string | null): Answer<T> {
  const [answer, setAnswer] = useState<{ path: string; data: T | null; error: ApiError | null } | null>(null);
  const [previous, setPrevious] = useState<T | null>(null);
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the reload trigger
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    apiGet<T>(path, controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        setAnswer({ path, data, error: null });
        setPrevious(data);
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        const error = err instanceof ApiError ? err : new ApiError(0, 'NETWORK', String(err));
        setAnswer({ path, data: null, error });
      },
    );
    return () => controller.abort();
  }, [path, attempt]);
  const reload = useCallback(() => {
    setAnswer(null);
    setAttempt((n) => n + 1);
  }, []);
  const current = answer !== null && answer.path === path ? answer : null;
  return {
    data: current?.data ?? null,
    error: current?.error ?? null,
    loading: path !== null && current === null,
    previous,
    reload,
  };
}
