import type { ApiRequest } from '../hubspot-api';

/**
 * Whether a wait of `waitMs` starting at `nowMs` still leaves the request a full try before its
 * deadline: a wait is only worth starting when the call it precedes can still be made in full.
 * A request without a deadline is bounded by its caller's own limits.
 */
export function budgetCovers(
  request: ApiRequest,
  nowMs: number,
  waitMs: number,
  defaultTimeoutMs = 0,
): boolean {
  if (request.deadline === undefined) return true;
  return nowMs + waitMs + (request.timeoutMs ?? defaultTimeoutMs) <= request.deadline;
}
