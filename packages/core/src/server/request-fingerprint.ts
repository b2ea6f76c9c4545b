import { createHash } from 'node:crypto';
import { validateMeetingParametersInEnglish } from '../input-schema';
import { MEETING_PROPERTIES } from '../meeting-properties';
import type { MeetingInput } from '../types';

/**
 * A hash of everything a create request asks HubSpot for, from the field table (meeting-properties.ts)
 * plus the trusted contact: the same requestId with another fingerprint is another request. The
 * organizer's owner id is left out (it is looked up from organizerUserId, which is in), and so are
 * requestId, checkExisting and attemptedSince (a check of the same request carries them). Attendees
 * and reminders are sets to HubSpot: sorted first, so a resend that lists them in another order is
 * the same request.
 */
export function requestFingerprint(input: MeetingInput, contactId: string): string {
  const canonical: MeetingInput = {
    ...input,
    attendeeOwnerIds: [...input.attendeeOwnerIds].sort(),
    reminders: [...input.reminders].sort(
      (a, b) => a.timeUnit.localeCompare(b.timeUnit) || a.numberOfTimeUnits - b.numberOfTimeUnits,
    ),
  };
  const values = MEETING_PROPERTIES.filter((mapping) => !mapping.lookedUp).map((mapping) => [
    `${mapping.in}.${mapping.name}`,
    mapping.value(canonical, { contactId, organizerOwnerId: '' }) ?? null,
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
