import { systemClock } from './clock';
import type { ApiRequest, ApiResponse, HubSpotApi } from './hubspot-api';

export interface ReadOptions {
  /** Epoch ms (the pipeline's clock) by which the answer is needed. */
  deadline: number;
  timeoutMs: number;
  /** The pipeline's clock: what `deadline` and an HTTP-date Retry-After are read against (default: the system's). */
  now?: () => number;
}

/**
 * Sends a call that changes nothing (a GET, a search or batch-read POST), marked `read` so the
 * pipeline may resend it after a 5xx or a lost connection; 429s are waited out there too.
 */
export function sendRead(api: HubSpotApi, request: ApiRequest, options: ReadOptions): Promise<ApiResponse> {
  return api.send({ ...request, read: true, deadline: options.deadline, timeoutMs: options.timeoutMs });
}

/** The time on the reads' clock. */
export function nowOf(options: ReadOptions): number {
  return (options.now ?? systemClock.now)();
}
