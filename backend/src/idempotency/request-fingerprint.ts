import { createHash } from 'node:crypto';
import type { MeetingInput } from '@meeting-card/core';

export interface FingerprintedRequest {
  hubId: string;
  /** The signed-in user, as HubSpot signed it. */
  userId: string;
  contactId: string;
  /** The request after validation, so spelling that validation normalizes does not matter. */
  input: MeetingInput;
}

/**
 * What an idempotency key stands for: sha256 over the canonical validated request, the signed user
 * and the account. `requestId` is the key itself, and `checkExisting` only says how a resubmit wants
 * to be handled, so neither is part of it.
 */
export function requestFingerprint(request: FingerprintedRequest): string {
  const { requestId: _key, checkExisting: _howToResubmit, ...booking } = request.input;
  const canonical = canonicalJson({
    hubId: request.hubId,
    userId: request.userId,
    contactId: request.contactId,
    booking,
  });
  return createHash('sha256').update(canonical).digest('hex');
}

/** JSON with object keys sorted at every level (arrays keep their order: attendees and reminders are ordered). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
