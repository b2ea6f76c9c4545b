/**
 * Concurrent callers asking for the same thing share one answer: the first caller's `work` runs, the
 * others wait for it. With `keepMs`, an answer that `isKept` approves is also served for that long
 * after it settled, so requests arriving just after the first one (a cold stampede is spread over
 * tens of milliseconds) do not ask HubSpot again. A failure is never kept.
 */
export interface SingleFlight {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** How many keys have work under way (for tests and metrics). */
  readonly inFlight: number;
}

export interface SingleFlightOptions {
  keepMs?: number;
  isKept?: (value: unknown) => boolean;
  /** At most this many answers are kept; the oldest go first. */
  maxKept?: number;
  now?: () => number;
}

interface Flight {
  answer: Promise<unknown>;
  /** Infinity while the work is under way. */
  until: number;
}

export function createSingleFlight(options: SingleFlightOptions = {}): SingleFlight {
  const keepMs = options.keepMs ?? 0;
  const isKept = options.isKept ?? (() => true);
  const maxKept = options.maxKept ?? 5_000;
  const now = options.now ?? Date.now;
  const flights = new Map<string, Flight>();
  let running = 0;

  const forget = (key: string, flight: Flight) => {
    if (flights.get(key) === flight) flights.delete(key);
  };

  return {
    run<T>(key: string, work: () => Promise<T>): Promise<T> {
      const existing = flights.get(key);
      if (existing && existing.until > now()) return existing.answer as Promise<T>;
      if (existing) flights.delete(key);
      // Map keeps insertion order: the first keys are the oldest.
      for (const [oldKey, old] of flights) {
        if (flights.size < maxKept) break;
        if (old.until !== Infinity) flights.delete(oldKey);
      }
      const flight: Flight = { answer: Promise.resolve().then(work), until: Infinity };
      flights.set(key, flight);
      running += 1;
      flight.answer.then(
        (value) => {
          running -= 1;
          if (keepMs > 0 && isKept(value)) flight.until = now() + keepMs;
          else forget(key, flight);
        },
        () => {
          running -= 1;
          forget(key, flight);
        },
      );
      return flight.answer as Promise<T>;
    },
    get inFlight() {
      return running;
    },
  };
}

/**
 * The form's reads in a warm function instance: shared while under way, nothing kept after (a
 * serverless instance seldom serves two at once). The backend passes its own, which keeps answers.
 */
export const processFormReads = createSingleFlight();
