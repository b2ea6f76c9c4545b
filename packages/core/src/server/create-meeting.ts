import { validateMeetingParameters } from '../input-schema';
import { buildCreateMeetingRequest, isRecordId, type CreateMeetingRequest } from '../request-body';
import { fieldIssue } from '../field-messages';
import type {
  BookedMeeting,
  CreateMeetingResult,
  FailureCause,
  FieldIssues,
  MeetingField,
  MeetingInput,
} from '../types';
import { systemClock, type Clock } from './clock';
import { because, causeOfTransport, failure, failureFromResponse, type IdKind } from './failures';
import { findCreatedMeeting, type MeetingFingerprint } from './find-created-meeting';
import { TransportError, type ApiResponse, type HubSpotApi } from './hubspot-api';
import { correlationIdOf, isSuccess, readErrorBody, retryAfterSecondsOf } from './hubspot-error';
import { processOwnerCache, type OwnerCache } from './owner-cache';
import { resolveOrganizerOwnerId } from './owners';
import { backoffMs, pause, type ReadOptions } from './send-read';

export interface CreatePolicy {
  /** Everything, waits included, ends within this: HubSpot stops functions at about 10 s. */
  totalBudgetMs: number;
  /** How long one create call may take before its outcome is treated as unknown. */
  createTimeoutMs: number;
  readTimeoutMs: number;
  /** How long after a failed create a missing meeting counts as "not created" (search index lag). */
  indexLagMs: number;
  /** Pause between searches while checking an ambiguous create. */
  verifyPollMs: number;
  /** How far back a resubmit after an unknown outcome looks for the meeting it may have made. */
  resubmitLookbackMs: number;
}

export const DEFAULT_CREATE_POLICY: CreatePolicy = {
  totalBudgetMs: 9_000,
  createTimeoutMs: 5_000,
  readTimeoutMs: 3_000,
  indexLagMs: 3_000,
  verifyPollMs: 750,
  resubmitLookbackMs: 24 * 60 * 60_000,
};

export type MeetingLog = (event: string, data: Record<string, unknown>) => void;

export interface MeetingDeps {
  api: HubSpotApi;
  ownerCache?: OwnerCache;
  clock?: Clock;
  policy?: Partial<CreatePolicy>;
  log?: MeetingLog;
}

export interface CreateMeetingCall {
  /** Untrusted: what the card sent. */
  parameters: unknown;
  /** Trusted: the record id HubSpot vouched for (propertiesToSend.hs_object_id, or a signed request). */
  contactId: unknown;
}

/**
 * Books one meeting, exactly once or not at all, and says which:
 * - input is validated before anything is sent;
 * - a 429 is waited out and resent (HubSpot did not process it);
 * - a 5xx, timeout or dropped connection is ambiguous: the meeting is looked for (allowing for the
 *   search index lag) and only resent when it is certainly absent; otherwise the answer is OUTCOME_UNKNOWN.
 */
export async function createMeeting(
  deps: MeetingDeps,
  call: CreateMeetingCall,
): Promise<CreateMeetingResult> {
  const clock = deps.clock ?? systemClock;
  const policy = { ...DEFAULT_CREATE_POLICY, ...deps.policy };
  const log = deps.log ?? (() => {});
  const deadline = clock.now() + policy.totalBudgetMs;
  const reads: ReadOptions = { clock, deadline, timeoutMs: policy.readTimeoutMs };

  if (!isRecordId(call.contactId)) {
    return failure('NO_CONTACT', 'Open a contact record to book a meeting with that contact.');
  }
  const contactId = String(call.contactId);
  const validation = validateMeetingParameters(call.parameters);
  if (!validation.ok) {
    return failure('VALIDATION_ERROR', 'Some fields need attention.', { fields: validation.fields });
  }
  const input = validation.value;
  const owner = await resolveOrganizerOwnerId(
    deps.api,
    deps.ownerCache ?? processOwnerCache,
    input.organizerUserId,
    reads,
  );
  if (!owner.ok) return owner;

  const request = buildCreateMeetingRequest(input, { contactId, organizerOwnerId: owner.ownerId });
  const booked = (id: string, recoveredFrom?: FailureCause) =>
    bookedMeeting(id, input, contactId, owner.ownerId, recoveredFrom);
  const fingerprint: MeetingFingerprint = {
    ownerId: owner.ownerId,
    contactId,
    startUtc: input.startUtc,
    title: input.title,
    attemptedSince: clock.now(),
  };

  if (input.checkExisting) {
    const existing = await findCreatedMeeting(
      deps.api,
      { ...fingerprint, attemptedSince: clock.now() - policy.resubmitLookbackMs },
      reads,
    );
    if (existing.kind === 'found') {
      log('create.found_on_resubmit', { requestId: input.requestId, meetingId: existing.meetingId });
      return { ok: true, meeting: booked(existing.meetingId, 'unconfirmed') };
    }
    if (existing.kind === 'failed') {
      return failure('OUTCOME_UNKNOWN', UNKNOWN_MESSAGE, because('unconfirmed', { retryable: false }));
    }
  }

  const ctx: AttemptContext = {
    deps,
    clock,
    policy,
    deadline,
    reads,
    fingerprint,
    log,
    requestId: input.requestId,
  };
  for (let attempt = 0; ; attempt++) {
    const attemptAt = clock.now();
    let response: ApiResponse;
    try {
      response = await sendCreate(deps.api, request, Math.min(policy.createTimeoutMs, deadline - attemptAt));
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      log('create.ambiguous', { requestId: input.requestId, attempt, kind: error.kind });
      const cause = causeOfTransport(error.kind);
      const verdict = await settleAmbiguous(ctx, error.late);
      if (verdict.kind === 'created') return { ok: true, meeting: booked(verdict.meetingId, cause) };
      if (verdict.kind === 'unknown')
        return failure('OUTCOME_UNKNOWN', UNKNOWN_MESSAGE, because(cause, { retryable: false }));
      if (canResend(ctx)) continue;
      return notCreated(cause);
    }

    if (isSuccess(response)) {
      const id = (response.body as { id?: unknown })?.id;
      if (typeof id === 'string' || typeof id === 'number') return { ok: true, meeting: booked(String(id)) };
      // A 2xx without an id: it was created, but we cannot name it.
      return failure(
        'OUTCOME_UNKNOWN',
        UNKNOWN_MESSAGE,
        because('unconfirmed', { retryable: false, ...correlation(response) }),
      );
    }
    if (response.status === 429) {
      const waitMs = (retryAfterSecondsOf(response) ?? 0) * 1000 || backoffMs(attempt + 1);
      log('create.rate_limited', { requestId: input.requestId, attempt, waitMs });
      if (await pause(clock, deadline - policy.createTimeoutMs / 2, waitMs)) continue;
      return failureFromResponse(response);
    }
    if (response.status >= 500) {
      log('create.ambiguous', {
        requestId: input.requestId,
        attempt,
        status: response.status,
        ...correlation(response),
      });
      const verdict = await settleAmbiguous(ctx, undefined);
      if (verdict.kind === 'created')
        return { ok: true, meeting: booked(verdict.meetingId, 'hubspot_error') };
      if (verdict.kind === 'unknown')
        return failure(
          'OUTCOME_UNKNOWN',
          UNKNOWN_MESSAGE,
          because('hubspot_error', { retryable: false, ...correlation(response) }),
        );
      if (canResend(ctx)) continue;
      return notCreated('hubspot_error', correlation(response));
    }
    return rejection(response);
  }
}

const UNKNOWN_MESSAGE =
  "HubSpot did not confirm whether the meeting was booked. Check the contact's activity timeline before trying again.";

function notCreated(cause: FailureCause, extra: { correlationId?: string } = {}) {
  return failure(
    'NOT_CREATED',
    'HubSpot had a problem and the meeting was not booked. It is safe to try again.',
    because(cause, { retryable: true, ...extra }),
  );
}

interface AttemptContext {
  deps: MeetingDeps;
  clock: Clock;
  policy: CreatePolicy;
  deadline: number;
  reads: ReadOptions;
  fingerprint: MeetingFingerprint;
  log: MeetingLog;
  requestId: string;
}

function sendCreate(api: HubSpotApi, request: CreateMeetingRequest, timeoutMs: number): Promise<ApiResponse> {
  if (timeoutMs <= 0) return Promise.reject(new TransportError('timeout', 'No time left to ask HubSpot'));
  return api.send({
    method: 'POST',
    path: request.path,
    query: request.query,
    body: request.body,
    timeoutMs,
  });
}

/** A resend only makes sense when it can still be checked within the budget if it fails too. */
function canResend(ctx: AttemptContext): boolean {
  return ctx.deadline - ctx.clock.now() >= ctx.policy.indexLagMs + ctx.policy.verifyPollMs;
}

type Verdict = { kind: 'created'; meetingId: string } | { kind: 'absent' } | { kind: 'unknown' };

/**
 * After an ambiguous create: was the meeting made? Searches until it is found, or until a search
 * started after the index lag still does not see it (absent), or the budget runs out (unknown).
 * A create that timed out may still answer: its answer is taken when it comes.
 */
async function settleAmbiguous(
  ctx: AttemptContext,
  late: Promise<ApiResponse> | undefined,
): Promise<Verdict> {
  const { clock, deadline, policy, deps } = ctx;
  const absentAfter = clock.now() + policy.indexLagMs;
  let inFlight = late !== undefined;
  let lateMeetingId: string | undefined;
  // Wakes the wait below early when a timed-out create answers after all; never settles without one.
  const lateSettled: Promise<void> = late
    ? late.then(
        (response) => {
          inFlight = false;
          const id = isSuccess(response) ? (response.body as { id?: unknown })?.id : undefined;
          if (typeof id === 'string' || typeof id === 'number') lateMeetingId = String(id);
        },
        () => {
          inFlight = false;
        },
      )
    : new Promise<void>(() => {});

  for (;;) {
    if (lateMeetingId) return { kind: 'created', meetingId: lateMeetingId };
    const searchStartedAt = clock.now();
    const outcome = await findCreatedMeeting(deps.api, ctx.fingerprint, { ...ctx.reads, deadline });
    if (lateMeetingId) return { kind: 'created', meetingId: lateMeetingId };
    if (outcome.kind === 'found') {
      ctx.log('create.recovered', { requestId: ctx.requestId, meetingId: outcome.meetingId });
      return { kind: 'created', meetingId: outcome.meetingId };
    }
    if (outcome.kind === 'absent' && searchStartedAt >= absentAfter && !inFlight) {
      ctx.log('create.confirmed_absent', { requestId: ctx.requestId });
      return { kind: 'absent' };
    }
    const waitMs = Math.max(policy.verifyPollMs, Math.min(absentAfter - clock.now(), policy.verifyPollMs));
    if (clock.now() + waitMs >= deadline) {
      ctx.log('create.unknown', {
        requestId: ctx.requestId,
        inFlight,
        lastSearch: outcome.kind === 'failed' ? outcome.reason : outcome.kind,
      });
      return { kind: 'unknown' };
    }
    await Promise.race([clock.sleep(waitMs), lateSettled]);
  }
}

const PROPERTY_TO_FIELD: Record<string, MeetingField> = {
  hs_meeting_title: 'title',
  hs_meeting_start_time: 'start',
  hs_meeting_end_time: 'end',
  hs_timestamp: 'start',
  timezone: 'timezone',
  hs_meeting_location: 'location',
  hs_meeting_location_type: 'locationType',
  hs_meeting_body: 'description',
  hs_internal_meeting_notes: 'internalNotes',
  hs_attendee_owner_ids: 'attendeeOwnerIds',
  hs_activity_type: 'activityType',
  hs_meeting_outcome: 'outcome',
  hubspot_owner_id: 'organizerUserId',
  organizerUserId: 'organizerUserId',
  emailReminderSchedule: 'reminders',
};

/** A definitive refusal (nothing was created), tied to the fields HubSpot named where it named any. */
function rejection(response: ApiResponse) {
  if (response.status === 400) {
    const fields: FieldIssues = {};
    for (const error of readErrorBody(response).errors ?? []) {
      const text = `${error.in ?? ''} ${error.message ?? ''}`;
      const property = Object.keys(PROPERTY_TO_FIELD).find((name) => text.includes(name));
      const field = property ? PROPERTY_TO_FIELD[property] : undefined;
      if (field && !fields[field])
        fields[field] = { ...fieldIssue(field, 'invalid_option'), message: error.message ?? '' };
    }
    if (Object.keys(fields).length > 0) {
      return failure('VALIDATION_ERROR', 'HubSpot did not accept some fields.', {
        fields,
        ...correlation(response),
      });
    }
  }
  const message = String(readErrorBody(response).message ?? '').toLowerCase();
  const kind: IdKind = message.includes('owner')
    ? 'owner'
    : message.includes('user') || message.includes('organizer')
      ? 'organizer'
      : 'contact';
  return failureFromResponse(response, { kind });
}

function correlation(response: ApiResponse): { correlationId?: string } {
  const correlationId = correlationIdOf(response);
  return correlationId ? { correlationId } : {};
}

function bookedMeeting(
  id: string,
  input: MeetingInput,
  contactId: string,
  ownerId: string,
  recoveredFrom: FailureCause | undefined,
): BookedMeeting {
  const meeting: BookedMeeting = {
    id,
    title: input.title,
    start: input.start,
    end: input.end,
    timezone: input.timezone,
    startUtc: input.startUtc,
    endUtc: input.endUtc,
    contactId,
    ownerId,
    attendeeOwnerIds: input.attendeeOwnerIds,
  };
  if (recoveredFrom) {
    meeting.recovered = true;
    meeting.recoveredFrom = recoveredFrom;
  }
  return meeting;
}
