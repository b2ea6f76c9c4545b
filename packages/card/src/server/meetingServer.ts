import { hubspot } from '@hubspot/ui-extensions';
import type {
  ContactDealsResult,
  CreateMeetingResult,
  ErrorCode,
  FormOptionsResult,
  Language,
  MeetingParameters,
  OutcomeChange,
  OutcomeChangeResult,
  OwnerSearchResult,
  RecordType,
} from '@meeting-card/core';
import { RECORD_PROPERTIES_TO_SEND } from '@meeting-card/core';

// THE seam between the card and whoever books the meeting. The card only ever talks to a
// `MeetingServer`; each install builds one here:
//   - private install: `createServerlessMeetingServer()` -> hubspot.serverless -> app functions;
//   - marketplace install: `createFetchMeetingServer(baseUrl)` -> hubspot.fetch -> our backend
//     (to be added below, next to the serverless one, reusing `asCreateResult` / `asOptionsResult`);
//   - tests and the workbench: any object with these methods.

export interface MeetingServer {
  /** Never rejects: every failure comes back as `{ ok: false, error }`. */
  createMeeting(params: MeetingParameters): Promise<CreateMeetingResult>;
  /**
   * Never rejects. Runs in the background; the form does not wait for it. With `withContext` the same
   * call also answers the record's context (slots, meetings, deals: issue 10) as `context` beside `options`.
   */
  loadFormOptions(req: FormOptionsRequest): Promise<FormOptionsResult>;
  /**
   * Never rejects. On a contact: its open deals (the form-options call with `contactDeals`), fired beside
   * `loadFormOptions`, whose context leaves them out (issue 10). Absent: the context's deals are used.
   */
  loadDeals?(): Promise<ContactDealsResult>;
  /** Never rejects. Marks one of the record's meetings canceled or no-show (issue 10); absent: not offered. */
  changeOutcome?(req: {
    meetingId: string;
    outcome: OutcomeChange;
    recordType: RecordType;
  }): Promise<OutcomeChangeResult>;
  /** Never rejects. Owners whose name or email contains `query` (the form-options call with `ownerQuery`). */
  searchOwners(query: string): Promise<OwnerSearchResult>;
}

export interface FormOptionsRequest {
  organizerUserId: string;
  /** The rep's language when the card's bundle does not carry it: the answer brings its messages. */
  language?: Exclude<Language, 'en'>;
  withContext?: boolean;
  recordType?: RecordType;
  timeZone?: string;
}

/** App function uids (their `*-hsmeta.json` in src/app/functions). */
export const FUNCTION_UIDS = {
  createMeeting: 'create_meeting',
  formOptions: 'form_options',
  meetingOutcome: 'meeting_outcome',
} as const;

/** What HubSpot reads of the record and hands the function as `context.propertiesToSend` (the core's list). */
export const PROPERTIES_TO_SEND = RECORD_PROPERTIES_TO_SEND;

type ServerlessCall = typeof hubspot.serverless;

/**
 * Private install: the two app functions. `serverless` is injectable for tests only
 * (`hubspot.serverless` needs HubSpot's card worker, which does not run outside HubSpot).
 */
export function createServerlessMeetingServer(
  serverless: ServerlessCall = hubspot.serverless,
): MeetingServer {
  async function formOptions<T>(parameters: JsonParameters, read: (raw: unknown) => T): Promise<T> {
    try {
      return read(
        await serverless(FUNCTION_UIDS.formOptions, { parameters, propertiesToSend: PROPERTIES_TO_SEND }),
      );
    } catch {
      return failure('HUBSPOT_UNAVAILABLE', 'The form options could not be loaded.', true) as T;
    }
  }
  return {
    async createMeeting(params) {
      try {
        const raw: unknown = await serverless(FUNCTION_UIDS.createMeeting, {
          parameters: asJson(params),
          propertiesToSend: PROPERTIES_TO_SEND,
        });
        return asCreateResult(raw);
      } catch {
        // A rejected call (network, timeout, function crash) may have run far enough to book.
        return failure('OUTCOME_UNKNOWN', 'The booking call did not answer; the meeting may exist.', false);
      }
    },
    // Both read through form_options: `ownerQuery` turns it into the owner search.
    loadFormOptions: (req) => formOptions({ ...req }, asOptionsResult),
    loadDeals: () => formOptions({ contactDeals: true }, asDealsResult),
    async changeOutcome(req) {
      try {
        const raw: unknown = await serverless(FUNCTION_UIDS.meetingOutcome, {
          parameters: { ...req },
          propertiesToSend: PROPERTIES_TO_SEND,
        });
        return isRecord(raw) && (raw.ok === true || isFailure(raw))
          ? (raw as OutcomeChangeResult)
          : failure('OUTCOME_UNKNOWN', 'The change was not confirmed.', true);
      } catch {
        return failure('OUTCOME_UNKNOWN', 'The change was not confirmed.', true);
      }
    },
    searchOwners: (ownerQuery) => formOptions({ ownerQuery }, asSearchResult),
  };
}

// Marketplace install: `createFetchMeetingServer` in ./fetch-server.ts is the same seam over hubspot.fetch
// (a signed body carrying the ids the backend needs; a rejected create maps to OUTCOME_UNKNOWN as above).

/** A create answer we can read, else OUTCOME_UNKNOWN: an unreadable answer proves nothing either way. */
export function asCreateResult(raw: unknown): CreateMeetingResult {
  if (isRecord(raw) && raw.ok === true && isRecord(raw.meeting)) return raw as CreateMeetingResult;
  if (isFailure(raw)) return raw as CreateMeetingResult;
  return failure(
    'OUTCOME_UNKNOWN',
    'The booking call answered in an unexpected way; the meeting may exist.',
    false,
  );
}

/** A result carrying `payload` with an owner list, or a failure; anything else is unreadable. */
function resultReader<T>(payload: 'options' | 'matches') {
  return (raw: unknown): T => {
    if (isRecord(raw) && raw.ok === true && isRecord(raw[payload]) && Array.isArray(raw[payload].owners))
      return raw as T;
    if (isFailure(raw)) return raw as T;
    return failure('INTERNAL_ERROR', `The ${payload} answer was unreadable.`, true) as T;
  };
}

export const asOptionsResult = resultReader<FormOptionsResult>('options');
export const asSearchResult = resultReader<OwnerSearchResult>('matches');

/** A deals answer with its lists; anything else (failures included) leaves the card without deals. */
export const asDealsResult = (raw: unknown): ContactDealsResult =>
  isRecord(raw) && raw.ok === true && Array.isArray(raw.deals) && Array.isArray(raw.limited)
    ? (raw as ContactDealsResult)
    : failure('INTERNAL_ERROR', 'Unreadable deals answer.', true);

function failure(
  code: ErrorCode,
  message: string,
  retryable: boolean,
): { ok: false; error: { code: ErrorCode; message: string; retryable: boolean } } {
  return { ok: false, error: { code, message, retryable } };
}

function isFailure(raw: unknown): boolean {
  return isRecord(raw) && raw.ok === false && isRecord(raw.error) && typeof raw.error.code === 'string';
}

type JsonParameters = NonNullable<Parameters<ServerlessCall>[1]>['parameters'];

/** MeetingParameters is plain JSON (strings, numbers, booleans, arrays); optional keys make TS doubt it. */
function asJson(params: MeetingParameters): JsonParameters {
  return params as unknown as JsonParameters;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
