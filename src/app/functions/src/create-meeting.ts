import { createMeetingOnRecord, failure } from '@meeting-card/core/server';
import type { CreateMeetingResult } from '@meeting-card/core';
import { functionLog, hubSpotApiFor, type AppFunctionContext } from './app-function-context';
import { recordOfContext } from './record-of-context';

/**
 * App function `create_meeting`: books the meeting from the record the card is on (contact, deal or company),
 * associated with the contact, its company and the deal. Never throws.
 */
export async function main(context: AppFunctionContext | undefined): Promise<CreateMeetingResult> {
  const api = hubSpotApiFor(context);
  if (!api) {
    return failure(
      'UNAUTHORIZED',
      'Meeting Card has no HubSpot access token. Ask your HubSpot admin to check the app installation.',
    );
  }
  try {
    const record = recordOfContext(context);
    if (!record.ok) return failure('NO_CONTACT', 'Open a contact, deal or company record to book a meeting.');
    // The record is the one HubSpot read for us, never an id the card sent; a contact chosen on a deal or
    // company is checked against HubSpot's associations of that record (create-on-record.ts).
    const sent = context?.propertiesToSend;
    return await createMeetingOnRecord(
      { api, log: functionLog },
      {
        parameters: context?.parameters,
        recordType: record.recordType,
        recordId: record.recordId,
        // HubSpot read it for us, like the id: on a contact, its primary company needs no read.
        ...(record.recordType === 'contacts' && sent && 'associatedcompanyid' in sent
          ? { vouchedCompanyId: sent.associatedcompanyid }
          : {}),
      },
    );
  } catch (error) {
    functionLog('create.internal_error', { message: error instanceof Error ? error.message : String(error) });
    return failure(
      'INTERNAL_ERROR',
      "Something went wrong in Meeting Card. Check the contact's activity timeline before trying again.",
    );
  }
}
