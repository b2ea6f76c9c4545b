import type { ErrorCode } from '@meeting-card/core';

/** Failures that prove nothing was created. Anything else (an unknown code too) may have booked. */
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
 * True when a failed booking may still have created the meeting (OUTCOME_UNKNOWN, INTERNAL_ERROR,
 * or a code this card does not know): the rep is sent to the timeline, and a resubmission asks
 * the server to look for the meeting first.
 */
export function mayHaveBooked(code: string): boolean {
  return !NOTHING_CREATED.has(code);
}
