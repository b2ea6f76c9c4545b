import {
  failure,
  loadCardContext,
  loadContactDeals,
  loadFormOptions,
  searchOwners,
  withCardMessages,
  type CardMessages,
} from '@meeting-card/core/server';
import type {
  CardContextResult,
  ContactDealsResult,
  FormOptionsResult,
  OwnerSearchResult,
} from '@meeting-card/core';
import { functionLog, hubSpotApiFor, type AppFunctionContext } from './app-function-context';
import { recordOfContext } from './record-of-context';

/** The form options plus, when the card asked (`withContext`), the record's context (issue 10). */
export type FormOptionsWithContext = FormOptionsResult & { context?: CardContextResult };

/**
 * App function `form_options`: the organizer's owner, invitable owners and meeting types, in one call.
 * With `parameters.ownerQuery` it searches the account's owners instead (the card does that when the
 * list was truncated); with `parameters.contactDeals` it answers the contact's open deals (the card's
 * deals request, beside its main load): one function, one call path, one set of scopes.
 */
export async function main(
  context: AppFunctionContext | undefined,
): Promise<(FormOptionsWithContext | OwnerSearchResult | ContactDealsResult) & { messages?: CardMessages }> {
  // Whatever the answer, it carries the rep's language (the card's bundle holds English only).
  const parameters = context?.parameters;
  const language =
    typeof parameters === 'object' && parameters !== null && !Array.isArray(parameters)
      ? (parameters as Record<string, unknown>).language
      : undefined;
  return withCardMessages(await answer(context), language);
}

async function answer(
  context: AppFunctionContext | undefined,
): Promise<FormOptionsWithContext | OwnerSearchResult | ContactDealsResult> {
  const api = hubSpotApiFor(context);
  if (!api) {
    return failure(
      'UNAUTHORIZED',
      'Meeting Card has no HubSpot access token. Ask your HubSpot admin to check the app installation.',
    );
  }
  try {
    const parameters = context?.parameters;
    const { organizerUserId, ownerQuery, withContext, timeZone, contactDeals } =
      typeof parameters === 'object' && parameters !== null && !Array.isArray(parameters)
        ? (parameters as Record<string, unknown>)
        : {};
    if (ownerQuery !== undefined) return await searchOwners({ api }, { query: ownerQuery });
    if (contactDeals === true) {
      // Only on a contact HubSpot vouched for (propertiesToSend), and only the deals HubSpot lists on it.
      const record = recordOfContext(context);
      return record.ok && record.recordType === 'contacts'
        ? await loadContactDeals({ api }, { recordId: record.recordId })
        : failure('NO_CONTACT', 'Open a contact record.');
    }
    if (withContext !== true) return await loadFormOptions({ api }, { organizerUserId });
    // One round trip for the card: options, the record's context (slots, meetings) side by side.
    const record = recordOfContext(context);
    const [options, cardContext] = await Promise.all([
      loadFormOptions({ api, organizerFromOwnerList: true }, { organizerUserId }),
      record.ok && typeof organizerUserId === 'string'
        ? loadCardContext(
            { api },
            { recordType: record.recordType, recordId: record.recordId, organizerUserId, timeZone },
          )
        : Promise.resolve(failure('NO_CONTACT', 'Open a contact, deal or company record.')),
    ]);
    return options.ok ? { ...options, context: cardContext } : options;
  } catch (error) {
    functionLog('form_options.internal_error', {
      message: error instanceof Error ? error.message : String(error),
    });
    return failure('INTERNAL_ERROR', 'Something went wrong in Meeting Card. Try again in a moment.', {
      retryable: true,
    });
  }
}
