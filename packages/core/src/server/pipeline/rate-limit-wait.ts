import type { Clock } from '../clock';
import type { HubSpotApi } from '../hubspot-api';
import { budgetCovers } from './budget';
import { isDailyLimit, retryAfterOf } from './retry-after';

export interface RateLimitWaitOptions {
  clock: Clock;
  /** Resends after a 429, at most. */
  maxResends?: number;
  /** Longest single wait taken on the caller's behalf (a request without a deadline is bounded by it). */
  maxWaitMs?: number;
  /** The try's timeout the budget must still cover when the request names none. */
  defaultTimeoutMs?: number;
}

export const RATE_LIMIT_DEFAULTS = { maxResends: 3, maxWaitMs: 10_000 } as const;

/** Without Retry-After: HubSpot's secondly search limit frees up within a second; others back off. */
export function fallbackWaitMs(attempt: number): number {
  return Math.min(2_000, 500 * 2 ** attempt);
}

/**
 * A 429 means HubSpot did not process the call, so any call, the create included, may be resent after
 * the wait it asks for (Retry-After, seconds or a date; else a short backoff). The 429 itself is
 * answered instead when: the limit is DAILY; the wait would not leave a full try before the
 * request's deadline (budget.ts); the wait is longer than `maxWaitMs`; or the resends are used up.
 */
export function withRateLimitWait(inner: HubSpotApi, options: RateLimitWaitOptions): HubSpotApi {
  const { clock } = options;
  const maxResends = options.maxResends ?? RATE_LIMIT_DEFAULTS.maxResends;
  const maxWaitMs = options.maxWaitMs ?? RATE_LIMIT_DEFAULTS.maxWaitMs;
  return {
    accountKey: inner.accountKey,
    async send(request) {
      for (let attempt = 0; ; attempt++) {
        const response = await inner.send(request);
        if (response.status !== 429 || attempt >= maxResends || isDailyLimit(response)) return response;
        const now = clock.now();
        const waitMs = retryAfterOf(response, now) ?? fallbackWaitMs(attempt);
        if (waitMs > maxWaitMs || !budgetCovers(request, now, waitMs, options.defaultTimeoutMs))
          return response;
        await clock.sleep(waitMs);
      }
    },
  };
}
