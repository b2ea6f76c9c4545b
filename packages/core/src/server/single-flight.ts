/**
 * Concurrent callers asking for the same thing share one answer: the first caller's `work` runs, the
 * others wait for it. Nothing is kept once it settles (caching is the caches' job), so a failure is
 * never served to a caller who asks after it.
 */
export interface SingleFlight {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** How many keys have work under way (for tests and metrics). */
  readonly inFlight: number;
}

export function createSingleFlight(): SingleFlight {
  const running = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, work: () => Promise<T>): Promise<T> {
      const shared = running.get(key);
      if (shared) return shared as Promise<T>;
      const started = Promise.resolve()
        .then(work)
        .finally(() => running.delete(key));
      running.set(key, started);
      return started;
    },
    get inFlight() {
      return running.size;
    },
  };
}

/** Shared by every read in a warm function instance or backend process. */
export const processSingleFlight = createSingleFlight();
