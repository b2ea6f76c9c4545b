import type { ErrorCode, Failure, FailureCause, MeetingError } from '../types';
import type { ApiResponse } from './hubspot-api';
import { correlationIdOf, missingScopesOf, readErrorBody } from './hubspot-error';
import { retryAfterOf } from './pipeline/retry-after';

export function failure(
  code: ErrorCode,
  message: string,
  extra: Partial<Omit<MeetingError, 'code' | 'message'>> = {},
): Failure {
  return { ok: false, error: { code, message, retryable: extra.retryable ?? false, ...extra } };
}

/** `failure`'s extra with the cause of an ambiguous or transient failure in `details.cause`. */
export function because(
  cause: FailureCause,
  extra: Partial<Omit<MeetingError, 'code' | 'message'>> = {},
): Partial<Omit<MeetingError, 'code' | 'message'>> {
  return { ...extra, details: { ...extra.details, cause } };
}

/** The cause behind a TransportError's kind. */
export const causeOfTransport = (kind: 'timeout' | 'network'): FailureCause =>
  kind === 'timeout' ? 'timeout' : 'connection';

export type IdKind = 'contact' | 'organizer' | 'owner' | 'meeting';

/**
 * A definitive HubSpot error answer (nothing was created) in words a sales rep understands.
 * 5xx are not handled here: on the create call they are ambiguous, see create-meeting.ts.
 * `nowMs`: the injected clock's time, which a Retry-After given as an HTTP date is counted from.
 */
export function failureFromResponse(
  response: ApiResponse,
  nowMs: number,
  about: { kind?: IdKind; id?: string } = {},
): Failure {
  const correlationId = correlationIdOf(response);
  const withId = correlationId ? { correlationId } : {};
  const body = readErrorBody(response);
  switch (response.status) {
    case 401:
      return failure(
        'UNAUTHORIZED',
        "HubSpot refused Meeting Card's access token (missing, expired or revoked). Ask your HubSpot admin to reinstall or reauthorize Meeting Card.",
        withId,
      );
    case 403: {
      const scopes = missingScopesOf(response);
      const list = scopes.length > 0 ? scopes.join(', ') : 'a scope it needs';
      return failure(
        'MISSING_SCOPES',
        `Meeting Card is missing permission in this HubSpot account (${list}). Ask your HubSpot admin to update the app's scopes and reinstall it.`,
        { ...withId, details: { scopes } },
      );
    }
    case 404: {
      const kind = about.kind ?? 'contact';
      const what = {
        contact: 'this contact',
        organizer: 'your HubSpot user as a meeting owner',
        owner: 'one of the attendees',
        meeting: 'the meeting',
      }[kind];
      return failure('NOT_FOUND', `HubSpot could not find ${what}${about.id ? ` (id ${about.id})` : ''}.`, {
        ...withId,
        details: { kind, ...(about.id ? { id: about.id } : {}) },
      });
    }
    case 429:
      return failure(
        'RATE_LIMITED',
        'HubSpot is busy right now. Nothing was booked; try again in a few seconds.',
        {
          ...withId,
          retryable: true,
          details: {
            retryAfterSeconds: Math.ceil((retryAfterOf(response, nowMs) ?? 10_000) / 1000),
            cause: 'rate_limit',
          },
        },
      );
    default:
      if (response.status >= 500) {
        return failure(
          'HUBSPOT_UNAVAILABLE',
          'HubSpot is not answering right now. Nothing was booked; try again in a moment.',
          because('hubspot_error', { ...withId, retryable: true }),
        );
      }
      return failure(
        'BAD_REQUEST',
        `HubSpot did not accept the meeting: ${body.message ?? `status ${response.status}`}`,
        withId,
      );
  }
}
