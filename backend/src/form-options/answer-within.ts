/**
 * hubspot.fetch gives up on our answer after 15 s and the card then shows a generic error. A read
 * that is still waiting (a rate-limit queue, a slow HubSpot) when our own deadline passes is answered
 * with `late()` instead, so the rep gets a clear, retryable message. The work itself goes on: its
 * result still lands in the shared read and the caches for the next request.
 */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export function answerWithin<T>(
  deadlineMs: number,
  work: Promise<T>,
  late: () => T,
  timers: Timers = realTimers,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const handle = timers.setTimeout(() => {
      if (settled) return;
      settled = true;
      resolve(late());
    }, deadlineMs);
    work.then(
      (value) => {
        if (settled) return;
        settled = true;
        timers.clearTimeout(handle);
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        timers.clearTimeout(handle);
        reject(error);
      },
    );
  });
}
