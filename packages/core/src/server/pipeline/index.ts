// One pipeline to HubSpot. Every decorator is `(inner: HubSpotApi, options) => HubSpotApi` and does one
// job; the order below is the app functions' stack. The marketplace backend stacks its account token
// and account limiter between rate-limit wait and timeout (see backend/src/hubspot).
import type { Clock } from '../clock';
import type { HubSpotApi } from '../hubspot-api';
import { withRateLimitWait } from './rate-limit-wait';
import { withReadRetry } from './read-retry';
import { withTimeout } from './timeout';

export { withTimeout, DEFAULT_TIMEOUT_MS, type TimeoutOptions } from './timeout';
export { withReadRetry, readBackoffMs, READ_RETRY_DEFAULTS, type ReadRetryOptions } from './read-retry';
export {
  withRateLimitWait,
  fallbackWaitMs,
  RATE_LIMIT_DEFAULTS,
  type RateLimitWaitOptions,
} from './rate-limit-wait';
export { retryAfterMs, retryAfterOf, isDailyLimit } from './retry-after';
export { budgetCovers } from './budget';

/**
 * transport -> timeout (each try) -> read retry (5xx and lost connections, reads only) ->
 * rate-limit wait (429, any call, inside the deadline). Outermost first: a 429 wait resends through
 * the read retry, which resends through the timeout.
 */
export function standardPipeline(
  transport: HubSpotApi,
  options: { clock: Clock; defaultTimeoutMs?: number },
): HubSpotApi {
  const { clock, defaultTimeoutMs } = options;
  return withRateLimitWait(withReadRetry(withTimeout(transport, { clock, defaultTimeoutMs }), { clock }), {
    clock,
    defaultTimeoutMs,
  });
}
