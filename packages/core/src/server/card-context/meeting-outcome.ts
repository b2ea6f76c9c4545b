import {
  OUTCOME_CHANGES,
  type OutcomeChange,
  type OutcomeChangeResult,
  type RecordType,
} from '../../record-context';
import { isRecordId } from '../../request-body';
import { systemClock, type Clock } from '../clock';
import { failure, failureFromResponse } from '../failures';
import { isCallFailure, TransportError, type HubSpotApi } from '../hubspot-api';
import { isSuccess } from '../hubspot-error';
import { sendRead } from '../send-read';

export interface OutcomeDeps {
  api: HubSpotApi;
  clock?: Clock;
  timeoutMs?: number;
}

export interface OutcomeCall {
  /** Untrusted: from the card. */
  meetingId: unknown;
  outcome: unknown;
  /** Trusted: the record the card is on; the meeting must be associated with it. */
  recordType: RecordType;
  recordId: unknown;
}

/**
 * Marks one of the record's meetings CANCELED or NO_SHOW: PATCH /crm/objects/2026-03/meetings/{id}
 * { properties: { hs_meeting_outcome } }. Only a meeting HubSpot lists on the trusted record may be
 * changed. This changes the CRM record only: HubSpot documents nothing about the calendar invite.
 * The PATCH sets a value, so sending it again is harmless; a lost answer is reported as unconfirmed.
 */
export async function setMeetingOutcome(deps: OutcomeDeps, call: OutcomeCall): Promise<OutcomeChangeResult> {
  if (!isRecordId(call.recordId)) return failure('NO_CONTACT', 'Open a contact, deal or company record.');
  if (!isRecordId(call.meetingId))
    return failure('BAD_REQUEST', 'That meeting id is not one HubSpot uses.', {
      details: { kind: 'meeting' },
    });
  if (!OUTCOME_CHANGES.includes(call.outcome as OutcomeChange))
    return failure('BAD_REQUEST', 'The meeting can be marked canceled or no-show only.');
  const meetingId = String(call.meetingId);
  const recordId = String(call.recordId);
  const outcome = call.outcome as OutcomeChange;
  const clock = deps.clock ?? systemClock;
  const deadline = clock.now() + (deps.timeoutMs ?? 8_000);
  try {
    const listed = await sendRead(
      deps.api,
      {
        method: 'GET',
        path: `/crm/objects/2026-03/meetings/${meetingId}/associations/${call.recordType}`,
        query: { limit: '500' },
      },
      { deadline, timeoutMs: 4_000, now: clock.now },
    );
    if (!isSuccess(listed))
      return failureFromResponse(listed, clock.now(), { kind: 'meeting', id: meetingId });
    const ids = ((listed.body as { results?: Array<{ toObjectId?: string | number }> }).results ?? []).map(
      (r) => String(r.toObjectId),
    );
    if (!ids.includes(recordId))
      return failure('NOT_FOUND', 'That meeting is not on this record in HubSpot.', {
        details: { kind: 'meeting', id: meetingId },
      });
    const patched = await deps.api.send({
      method: 'PATCH',
      path: `/crm/objects/2026-03/meetings/${meetingId}`,
      body: { properties: { hs_meeting_outcome: outcome } },
      timeoutMs: 4_000,
      deadline,
    });
    if (!isSuccess(patched)) {
      if (patched.status >= 500)
        return failure(
          'OUTCOME_UNKNOWN',
          'HubSpot did not confirm the change. Reload the card to see the meeting’s state.',
          {
            retryable: true,
          },
        );
      return failureFromResponse(patched, clock.now(), { kind: 'meeting', id: meetingId });
    }
    return { ok: true, meetingId, outcome };
  } catch (error) {
    if (error instanceof TransportError)
      return failure(
        'OUTCOME_UNKNOWN',
        'HubSpot did not confirm the change. Reload the card to see the meeting’s state.',
        {
          retryable: true,
        },
      );
    if (isCallFailure(error))
      return failure('HUBSPOT_UNAVAILABLE', 'HubSpot could not be reached. Nothing was changed.', {
        retryable: true,
      });
    throw error;
  }
}
