// Rolling-window rate limits, like HubSpot's TEN_SECONDLY_ROLLING and search SECONDLY policies.
import { errorBody, HubSpotError } from './errors';
import type { RateLimitOptions } from './types';

export class RollingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly options: RateLimitOptions | false,
    private readonly policyName: string,
  ) {}

  /** Counts one request for `key`, or throws a 429 (nothing counted) when the window is full. */
  take(key: string, now: number): void {
    if (!this.options) return;
    const { max, windowMs } = this.options;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - windowMs);
    if (recent.length >= max) {
      const oldest = recent[0] ?? now;
      const retryAfterSeconds = Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
      this.hits.set(key, recent);
      throw new HubSpotError(
        429,
        errorBody('RATE_LIMITS', `You have reached your ${this.policyName.toLowerCase()} limit.`, {
          errorType: 'RATE_LIMIT',
          policyName: this.policyName,
        }),
        {
          'retry-after': String(retryAfterSeconds),
          'x-hubspot-ratelimit-max': String(max),
          'x-hubspot-ratelimit-remaining': '0',
          'x-hubspot-ratelimit-interval-milliseconds': String(windowMs),
        },
      );
    }
    recent.push(now);
    this.hits.set(key, recent);
  }

  reset(): void {
    this.hits.clear();
  }
}

/** The limiters of one emulator: HubSpot counts private apps and OAuth apps apart, and search on its own. */
export interface RateLimiters {
  /** Private (static token) apps: TEN_SECONDLY_ROLLING at the account's tier. */
  limiter: RollingWindowLimiter;
  /** OAuth (marketplace) apps: 110 per rolling 10 s per installing account. */
  oauthLimiter: RollingWindowLimiter;
  /** CRM search: its own SECONDLY limit, and not counted against the ten-second one. */
  searchLimiter: RollingWindowLimiter;
}

/** Counts one call against the limit HubSpot applies to it, or throws the 429 (nothing counted). */
export function countCall(
  limiters: RateLimiters,
  auth: { kind: 'static' | 'oauth'; rateLimitKey: string },
  now: number,
  options: { search?: boolean } = {},
): void {
  if (options.search) return limiters.searchLimiter.take(auth.rateLimitKey, now);
  (auth.kind === 'oauth' ? limiters.oauthLimiter : limiters.limiter).take(auth.rateLimitKey, now);
}
