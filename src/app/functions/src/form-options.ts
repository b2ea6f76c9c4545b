import { failure, loadFormOptions, searchOwners } from '@meeting-card/core/server';
import type { FormOptionsResult, OwnerSearchResult } from '@meeting-card/core';
import { functionLog, hubSpotApiFor, type AppFunctionContext } from './app-function-context';

/**
 * App function `form_options`: the organizer's owner, invitable owners and meeting types, in one call.
 * With `parameters.ownerQuery` it searches the account's owners instead (the card does that when the
 * list was truncated): one function, one call path, one set of scopes.
 */
export async function main(
  context: AppFunctionContext | undefined,
): Promise<FormOptionsResult | OwnerSearchResult> {
  const api = hubSpotApiFor(context);
  if (!api) {
    return failure(
      'UNAUTHORIZED',
      'Meeting Card has no HubSpot access token. Ask your HubSpot admin to check the app installation.',
    );
  }
  try {
    const parameters = context?.parameters;
    const { organizerUserId, ownerQuery } =
      typeof parameters === 'object' && parameters !== null && !Array.isArray(parameters)
        ? (parameters as Record<string, unknown>)
        : {};
    if (ownerQuery !== undefined) return await searchOwners({ api }, { query: ownerQuery });
    return await loadFormOptions({ api }, { organizerUserId });
  } catch (error) {
    functionLog('form_options.internal_error', {
      message: error instanceof Error ? error.message : String(error),
    });
    return failure('INTERNAL_ERROR', 'Something went wrong in Meeting Card. Try again in a moment.', {
      retryable: true,
    });
  }
}
