import { hubspot } from '@hubspot/ui-extensions';
import type { CreateMeetingResult, ErrorCode, OutcomeChangeResult } from '@meeting-card/core';
import {
  asCreateResult,
  asDealsResult,
  asOptionsResult,
  asSearchResult,
  type MeetingServer,
} from './meetingServer';

// Marketplace install: the card talks to the app's own backend through `hubspot.fetch`, which HubSpot
// signs (X-HubSpot-Signature-v3) on the way. The backend trusts the signed body as coming from this
// card inside HubSpot, so the ids it needs travel in the body: the account, the signed-in user and
// the record the card is on (what the private build gets from `propertiesToSend`).

/** Who is asking, from the card's context: `portal.id`, `user.id`, `crm.objectId`. */
export interface FetchCaller {
  portalId: string | number;
  userId: string | number;
  contactId: string | number;
}

export const BACKEND_ROUTES = {
  createMeeting: '/api/meetings',
  formOptions: '/api/form-options',
  meetingOutcome: '/api/meetings/outcome',
} as const;

type HubSpotFetch = (
  url: string,
  options: { method: 'POST'; body: Record<string, unknown>; timeout?: number },
) => Promise<{ json(): Promise<unknown> }>;

/** Just under hubspot.fetch's 15 s ceiling; the backend answers within about 9 s, duplicates within 12 s. */
const CREATE_TIMEOUT_MS = 14_500;
const OPTIONS_TIMEOUT_MS = 10_000;

/**
 * `baseUrl` is the backend's origin (a profile variable, listed in `permittedUrls.fetch`).
 * `fetchImpl` is injectable for tests and the workbench only; in HubSpot it is `hubspot.fetch`.
 */
export function createFetchMeetingServer(
  baseUrl: string,
  caller: FetchCaller,
  fetchImpl: HubSpotFetch = hubspot.fetch,
): MeetingServer {
  const origin = baseUrl.replace(/\/+$/, '');
  const ids = { portalId: String(caller.portalId), userId: String(caller.userId) };

  async function post(path: string, body: Record<string, unknown>, timeout: number): Promise<unknown> {
    const response = await fetchImpl(`${origin}${path}`, { method: 'POST', body, timeout });
    // Every answer of the backend, errors included, is a JSON result; anything else is unreadable.
    return response.json();
  }

  /** The form-options route; with `ownerQuery` it searches the account's owners instead. */
  async function formOptions<T>(extra: Record<string, unknown>, read: (raw: unknown) => T): Promise<T> {
    try {
      return read(await post(BACKEND_ROUTES.formOptions, { ...ids, ...extra }, OPTIONS_TIMEOUT_MS));
    } catch {
      return failure('HUBSPOT_UNAVAILABLE', 'The form options could not be loaded.', true) as T;
    }
  }

  return {
    async createMeeting(params): Promise<CreateMeetingResult> {
      try {
        const raw = await post(
          BACKEND_ROUTES.createMeeting,
          { ...ids, contactId: String(caller.contactId), parameters: params },
          CREATE_TIMEOUT_MS,
        );
        return asCreateResult(raw);
      } catch {
        // No readable answer (timeout, dropped connection): the backend may have booked it.
        return failure('OUTCOME_UNKNOWN', 'The booking call did not answer; the meeting may exist.', false);
      }
    },
    loadFormOptions: ({ organizerUserId, ...extra }) =>
      formOptions(
        { ...extra, recordId: String(caller.contactId), userId: String(organizerUserId) },
        asOptionsResult,
      ),
    loadDeals: () => formOptions({ contactDeals: true, recordId: String(caller.contactId) }, asDealsResult),
    async changeOutcome(req): Promise<OutcomeChangeResult> {
      try {
        const raw = (await post(
          BACKEND_ROUTES.meetingOutcome,
          { ...ids, contactId: String(caller.contactId), ...req },
          OPTIONS_TIMEOUT_MS,
        )) as OutcomeChangeResult;
        return raw && typeof raw === 'object' && 'ok' in raw
          ? raw
          : failure('OUTCOME_UNKNOWN', 'The change was not confirmed.', true);
      } catch {
        return failure('OUTCOME_UNKNOWN', 'The change was not confirmed.', true);
      }
    },
    searchOwners: (ownerQuery) => formOptions({ ownerQuery }, asSearchResult),
  };
}

function failure(
  code: ErrorCode,
  message: string,
  retryable: boolean,
): { ok: false; error: { code: ErrorCode; message: string; retryable: boolean } } {
  return { ok: false, error: { code, message, retryable } };
}
