import { createHash } from 'node:crypto';
import type { MeetingInput } from '@meeting-card/core';
import { requestFingerprint as bookingFingerprint } from '@meeting-card/core/server';

export interface FingerprintedRequest {
  hubId: string;
  /** The signed-in user, as HubSpot signed it. */
  userId: string;
  contactId: string;
  /** The request after validation, so spelling that validation normalizes does not matter. */
  input: MeetingInput;
}

/**
 * What an idempotency key stands for: sha256 over the core's fingerprint of the booking (every field
 * the create sends, from the one field table, plus the contact; not requestId, checkExisting or
 * attemptedSince, which a check of the same request carries), the signed-in user and the account.
 */
export function requestFingerprint(request: FingerprintedRequest): string {
  return createHash('sha256')
    .update(
      JSON.stringify([request.hubId, request.userId, bookingFingerprint(request.input, request.contactId)]),
    )
    .digest('hex');
}
