import { createHash } from 'node:crypto';
import { validateMeetingParametersInEnglish } from '../input-schema';
import { MEETING_PROPERTIES } from '../meeting-properties';
import type { MeetingInput } from '../types';

/**
 * A hash of everything a create request asks HubSpot for, from the field table (meeting-properties.ts)
 * plus the trusted contact: the same requestId with another fingerprint is another request. The
 * organizer's owner id is left out (it is looked up from organizerUserId, which is in), and so are
 * requestId, checkExisting and attemptedSince (a check of the same request carries them).
 */
export function requestFingerprint(input: MeetingInput, contactId: string): string {
  const values = MEETING_PROPERTIES.filter((mapping) => !mapping.lookedUp).map((mapping) => [
    `${mapping.in}.${mapping.name}`,
    mapping.value(input, { contactId, organizerOwnerId: '' }) ?? null,
  ]);
  return createHash('sha256')
    .update(JSON.stringify([['contact', contactId], ...values]))
    .digest('hex');
}

/** The fingerprint of untrusted parameters, or null when they are invalid (nothing will be sent then). */
export function requestFingerprintOf(parameters: unknown, contactId: string): string | null {
  const validation = validateMeetingParametersInEnglish(parameters);
  return validation.ok ? requestFingerprint(validation.value, contactId) : null;
}
