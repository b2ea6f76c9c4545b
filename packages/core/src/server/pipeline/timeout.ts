import type { Clock } from '../clock';
import { NotSentError, TransportError, type ApiResponse, type HubSpotApi } from '../hubspot-api';

export interface TimeoutOptions {
  clock: Clock;
  /** For a request that names no `timeoutMs`. */
  defaultTimeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 8_000;

/**
 * Each try gets `request.timeoutMs`; past it the caller gets a TransportError('timeout') that keeps
 * the call still under way as `late` (it may yet answer, and on a create that answer names the meeting).
 * Against the deadline: a read gets what is left of it; a write is not sent at all (NotSentError) with
 * less than its full timeout, so a create is never cut short by a budget spent on waits.
 */
export function withTimeout(inner: HubSpotApi, options: TimeoutOptions): HubSpotApi {
  const { clock } = options;
  return {
    accountKey: inner.accountKey,
    send(request) {
      let timeoutMs = request.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
      if (request.deadline !== undefined) {
        const left = request.deadline - clock.now();
        if (request.read) timeoutMs = Math.min(timeoutMs, left);
        else if (left < timeoutMs)
          return Promise.reject(
            new NotSentError(`Only ${Math.max(0, left)} ms left, a ${timeoutMs} ms call was not sent`),
          );
        if (timeoutMs <= 0) return Promise.reject(new NotSentError('No time left to ask HubSpot'));
      }
      const call = inner.send({ ...request, timeoutMs });
      // Nobody may be listening to `late`; an unobserved rejection must not crash the process.
      call.catch(() => {});
      const timer = new AbortController();
      const expired = clock.sleep(timeoutMs, timer.signal).then((): Promise<ApiResponse> => {
        throw new TransportError('timeout', `HubSpot did not answer within ${timeoutMs} ms`, call);
      });
      expired.catch(() => {});
      return Promise.race([call, expired]).finally(() => timer.abort());
    },
  };
}
