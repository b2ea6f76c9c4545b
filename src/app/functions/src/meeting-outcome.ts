import { failure, setMeetingOutcome } from '@meeting-card/core/server';
import type { OutcomeChangeResult } from '@meeting-card/core';
import { functionLog, hubSpotApiFor, type AppFunctionContext } from './app-function-context';
import { recordOfContext } from './record-of-context';

/**
 * App function `meeting_outcome`: marks one of the record's meetings CANCELED or NO_SHOW (the CRM record
 * only; HubSpot documents nothing about the calendar invite). The meeting must be on the trusted record.
 */
export async function main(context: AppFunctionContext | undefined): Promise<OutcomeChangeResult> {
  const api = hubSpotApiFor(context);
  if (!api) {
    return failure(
      'UNAUTHORIZED',
      'Meeting Card has no HubSpot access token. Ask your HubSpot admin to check the app installation.',
    );
  }
  try {
    const record = recordOfContext(context);
    if (!record.ok) return failure('NO_CONTACT', 'Open a contact, deal or company record.');
    const parameters = (context?.parameters ?? {}) as Record<string, unknown>;
    const result = await setMeetingOutcome(
      { api },
      {
        meetingId: parameters.meetingId,
        outcome: parameters.outcome,
        recordType: record.recordType,
        recordId: record.recordId,
      },
    );
    functionLog('meeting_outcome', {
      ok: result.ok,
      ...(result.ok ? { meetingId: result.meetingId } : { code: result.error.code }),
    });
    return result;
  } catch (error) {
    functionLog('meeting_outcome.internal_error', {
      message: error instanceof Error ? error.message : String(error),
    });
    return failure(
      'INTERNAL_ERROR',
      'Something went wrong in Meeting Card. Reload the card to see the meeting.',
    );
  }
}
