import type { ApiResponse } from '../hubspot-api';
import { readErrorBody } from '../hubspot-error';

/**
 * THE Retry-After parser (RFC 9110 §10.2.3): delay-seconds or an HTTP date, as milliseconds from
 * `nowMs`. Null when absent or unreadable; a date in the past is 0.
 */
export function retryAfterMs(header: string | undefined | null, nowMs: number): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  // Only a date that names a weekday, day, month and year: "Wed, 21 Oct 2026 07:28:00 GMT".
  if (!/^[A-Za-z]{3},? /.test(value)) return null;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : null;
}

/** The wait a 429 asks for, in ms, or null when it names none. */
export function retryAfterOf(response: ApiResponse, nowMs: number): number | null {
  return retryAfterMs(response.header('retry-after'), nowMs);
}

/**
 * HubSpot names the limit a 429 hit in `policyName`: TEN_SECONDLY_ROLLING, SECONDLY (search) or
 * DAILY. A DAILY limit resets at midnight in the account's time zone: never worth waiting for.
 */
export function isDailyLimit(response: ApiResponse): boolean {
  return /DAILY/i.test(String(readErrorBody(response).policyName ?? ''));
}
