import type { Clock } from './clock';
import { TransportError, type ApiRequest, type ApiResponse, type HubSpotApi } from './hubspot-api';
import { retryAfterSecondsOf } from './hubspot-error';

export interface ReadOptions {
  clock: Clock;
  /** Epoch ms after which no more waiting or resending happens. */
  deadline: number;
  timeoutMs: number;
}

const TRANSIENT_RETRIES = 2;

/**
 * Sends a call that changes nothing (a GET, or a search POST): safe to resend. A 429 is waited out
 * (Retry-After, else a growing pause); a 5xx or a lost connection is resent twice. Gives up at the
 * deadline with the last answer, or throws the last TransportError.
 */
export async function sendRead(
  api: HubSpotApi,
  request: ApiRequest,
  options: ReadOptions,
): Promise<ApiResponse> {
  const { clock, deadline } = options;
  let transientLeft = TRANSIENT_RETRIES;
  for (let attempt = 0; ; attempt++) {
    const timeoutMs = Math.min(options.timeoutMs, deadline - clock.now());
    if (timeoutMs <= 0) throw new TransportError('timeout', 'No time left to ask HubSpot');
    let response: ApiResponse;
    try {
      response = await api.send({ ...request, timeoutMs });
    } catch (error) {
      if (!(error instanceof TransportError) || transientLeft-- <= 0) throw error;
      if (!(await pause(clock, deadline, backoffMs(attempt)))) throw error;
      continue;
    }
    if (response.status === 429) {
      const waitMs = (retryAfterSecondsOf(response) ?? 0) * 1000 || backoffMs(attempt);
      if (!(await pause(clock, deadline, waitMs))) return response;
      continue;
    }
    if (response.status >= 500 && transientLeft-- > 0) {
      if (!(await pause(clock, deadline, backoffMs(attempt)))) return response;
      continue;
    }
    return response;
  }
}

export function backoffMs(attempt: number): number {
  return Math.min(2_000, 250 * 2 ** attempt);
}

/** Sleeps unless the pause would end past the deadline; says whether it slept. */
export async function pause(clock: Clock, deadline: number, ms: number): Promise<boolean> {
  if (clock.now() + ms >= deadline) return false;
  await clock.sleep(ms);
  return true;
}
