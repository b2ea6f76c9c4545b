import { createMeeting, failure } from '@meeting-card/core/server';
import type { CreateMeetingResult } from '@meeting-card/core';
import { functionLog, hubSpotApiFor, type AppFunctionContext } from './app-function-context';

/** App function `create_meeting`: books the meeting for the contact the card is on. Never throws. */
export async function main(context: AppFunctionContext | undefined): Promise<CreateMeetingResult> {
  const api = hubSpotApiFor(context);
  if (!api) {
    return failure(
      'UNAUTHORIZED',
      'Meeting Card has no HubSpot access token. Ask your HubSpot admin to check the app installation.',
    );
  }
  try {
    return await createMeeting(
      { api, log: functionLog },
      // The contact is the record HubSpot read for us, never an id the card sent.
      { parameters: context?.parameters, contactId: context?.propertiesToSend?.hs_object_id },
    );
  } catch (error) {
    functionLog('create.internal_error', { message: error instanceof Error ? error.message : String(error) });
    return failure(
      'INTERNAL_ERROR',
      "Something went wrong in Meeting Card. Check the contact's activity timeline before trying again.",
    );
  }
}
