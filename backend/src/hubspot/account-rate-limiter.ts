/**
 * Keeps each account's HubSpot calls under a rolling budget (HubSpot: 110 per 10 s per installing
 * account for OAuth apps). Callers wait for a slot instead of being refused: a wait is cheaper for the
 * rep than a 429. The window is per process; with N instances set the budget to 110/N.
 */
export interface AccountRateLimiter {
  acquire(hubId: string): Promise<void>;
}

export interface AccountRateLimiterOptions {
  maxRequests: number;
  windowMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface AccountWindow {
  /** Start times of the calls inside the current window, oldest first. */
  stamps: number[];
  /** Callers are served in arrival order. */
  queue: Promise<void>;
}

export function createAccountRateLimiter(options: AccountRateLimiterOptions): AccountRateLimiter {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const windows = new Map<string, AccountWindow>();

  async function takeSlot(window: AccountWindow): Promise<void> {
    for (;;) {
      const t = now();
      while (window.stamps.length > 0 && (window.stamps[0] as number) <= t - options.windowMs)
        window.stamps.shift();
      if (window.stamps.length < options.maxRequests) {
        window.stamps.push(t);
        return;
      }
      await sleep((window.stamps[0] as number) + options.windowMs - t + 1);
    }
  }

  return {
    acquire(hubId) {
      let window = windows.get(hubId);
      if (!window) {
        window = { stamps: [], queue: Promise.resolve() };
        windows.set(hubId, window);
      }
      const turn = window.queue.then(() => takeSlot(window));
      window.queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
