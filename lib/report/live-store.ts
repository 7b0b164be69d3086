/**
 * A Dexie live query started outside React, as an external store for useSyncExternalStore.
 *
 * The popup starts its reads before React has rendered anything (entrypoints/popup/startup.ts);
 * useLiveQuery could only start them from an effect after a first render. The store keeps the
 * newest result and tells subscribers, so later changes (the background storing what the user
 * scrolls past) still reach the screen, exactly as with useLiveQuery.
 */
import { liveQuery } from 'dexie';

export interface LiveStore<T> {
  /** Undefined until the first result; throws the query's error, as useLiveQuery does. */
  getSnapshot: () => T | undefined;
  subscribe: (onChange: () => void) => () => void;
  /** The first result (or the first error). */
  ready: Promise<T>;
}

/** Runs `query` now and again whenever what it read changes, for the life of the document. */
export function liveStore<T>(query: () => Promise<T>): LiveStore<T> {
  let value: T | undefined;
  let failure: { error: unknown } | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  let settle!: { resolve: (value: T) => void; reject: (error: unknown) => void };
  const ready = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // A caller that only renders the store may never look at `ready`: its failure is not unhandled.
  ready.catch(() => undefined);
  liveQuery(query).subscribe({
    next: (next) => {
      value = next;
      failure = null;
      settle.resolve(next);
      notify();
    },
    error: (error: unknown) => {
      failure = { error };
      settle.reject(error);
      notify();
    },
  });
  return {
    getSnapshot: () => {
      if (failure) throw failure.error;
      return value;
    },
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    ready,
  };
}
