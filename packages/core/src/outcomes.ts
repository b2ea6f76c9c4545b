import type { ErrorCode } from './types';

/** Failures that prove HubSpot created nothing: answered before or instead of a write. */
const NOTHING_CREATED: ReadonlySet<string> = new Set<ErrorCode>([
  'VALIDATION_ERROR',
  'NO_CONTACT',
  'UNAUTHORIZED',
  'MISSING_SCOPES',
  'NOT_FOUND',
  'RATE_LIMITED',
  'NOT_CREATED',
  'HUBSPOT_UNAVAILABLE',
  'BAD_REQUEST',
]);

/** What a failure's code means depends on the call: a create that was refused, or a check. */
export interface BookingCall {
  /** The call was a check (checkExisting) on an earlier attempt that may have booked. */
  check: boolean;
}

/**
 * True when a failed booking may still have created the meeting, so the request stays unresolved:
 * nothing is booked again for it until a check (checkExisting, same requestId and parameters) settles
 * it, and the backend keeps the answer for the requestId instead of freeing it.
 * - After a create: VERIFYING, OUTCOME_UNKNOWN, INTERNAL_ERROR, or a code this build does not know.
 * - After a check: every code but NOT_CREATED. A check that was stopped (rate limited, HubSpot down,
 *   the organizer not found) learnt nothing about the earlier attempt; only established absence frees it.
 */
export function mayHaveBooked(code: string, call: BookingCall): boolean {
  if (call.check) return code !== 'NOT_CREATED';
  return !NOTHING_CREATED.has(code);
}
