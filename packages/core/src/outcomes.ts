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

/**
 * True when a failed booking may still have created the meeting: OUTCOME_UNKNOWN, INTERNAL_ERROR, or
 * a code this build does not know. Then the rep is sent to the timeline, a resubmit asks the server to
 * look first, and the backend keeps the answer for the requestId instead of freeing it.
 */
export function mayHaveBooked(code: string): boolean {
  return !NOTHING_CREATED.has(code);
}
