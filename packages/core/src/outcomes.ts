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
 * True when a failed booking may still have created the meeting: VERIFYING (HubSpot has not confirmed
 * yet), OUTCOME_UNKNOWN, INTERNAL_ERROR, or a code this build does not know. Then nothing is booked
 * again for that request until a check (checkExisting, same requestId and parameters) settles it, and
 * the backend keeps the answer for the requestId instead of freeing it.
 */
export function mayHaveBooked(code: string): boolean {
  return !NOTHING_CREATED.has(code);
}
