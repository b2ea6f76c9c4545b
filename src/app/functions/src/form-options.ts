import { failure, loadFormOptions } from '@meeting-card/core/server';
import type { FormOptionsResult } from '@meeting-card/core';
import { functionLog, hubSpotApiFor, type AppFunctionContext } from './app-function-context';

/** App function `form_options`: the organizer's owner, invitable owners and meeting types, in one call. */
export async function main(context: AppFunctionContext | undefined): Promise<FormOptionsResult> {
  const api = hubSpotApiFor(context);
  if (!api) {
    return failure(
      'UNAUTHORIZED',
      'Meeting Card has no HubSpot access token. Ask your HubSpot admin to check the app installation.',
    );
  }
  try {
    const parameters = context?.parameters;
    const organizerUserId =
      typeof parameters === 'object' && parameters !== null
        ? (parameters as Record<string, unknown>).organizerUserId
        : undefined;
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
