/**
 * A live query started outside React, as an external store for useSyncExternalStore.
 *
 * The popup starts its reads before React has rendered anything (entrypoints/popup/startup.ts);
 * useLiveQuery could only start them from an effect after a first render. The store keeps the
 * newest result and tells subscribers, so later changes (the background storing what the user
 * scrolls past) still reach the screen, exactly as with useLiveQuery.
 */

/** Receives a live query's results (Dexie's liveQuery observer shape). */
export interface LiveObserver<T> {
  next: (value: T) => void;
  error: (error: unknown) => void;
}

/**
 * Starts the live query and feeds `observer`, for the life of the document. It may load its code
 * first (the popup keeps Dexie out of what its first frame waits for: see ./live-reads.ts).
 */
export type LiveSource<T> = (observer: LiveObserver<T>) => void | Promise<void>;

export interface LiveStore<T> {
  /** Undefined until the first result; throws the query's error, as useLiveQuery does. */
  getSnapshot: () => T | undefined;
  subscribe: (onChange: () => void) => () => void;
  /** The first result (or the first error). */
  ready: Promise<T>;
}

/**
 * Runs the source's query and again whenever what it read changes, for the life of the document.
 *
 * `seed`: a value already read (the popup's first read, before Dexie was loaded). It is the
 * store's value until the query answers, and the query then starts only after the next frame:
 * the seed is what that frame shows, and reading it all again at once would only delay it. The
 * query's first answer still reflects any change made since the seed was read.
 */
export function liveStore<T>(source: LiveSource<T>, seed?: { value: T }): LiveStore<T> {
  let value: T | undefined = seed?.value;
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
  const observer: LiveObserver<T> = {
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
  };
  const start = () => {
    Promise.resolve()
      .then(() => source(observer))
      .catch(observer.error);
  };
  if (seed) {
    settle.resolve(seed.value);
    afterNextFrame(start);
  } else {
    start();
  }
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

/** After the next frame was painted: rAF runs before the paint, the task it posts after it. */
function afterNextFrame(run: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
}
