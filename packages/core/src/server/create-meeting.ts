import { validateMeetingParametersInEnglish } from '../input-schema';
import { MEETING_PROPERTIES, type TrustedIds } from '../meeting-properties';
import {
  buildCreateMeetingRequest,
  isRecordId,
  type CreateMeetingRequest,
  type MeetingAssociations,
} from '../request-body';
import { fieldIssue } from '../field-messages';
import type {
  BookedMeeting,
  CreateMeetingResult,
  Failure,
  FailureCause,
  FieldIssues,
  MeetingInput,
} from '../types';
import { systemClock, type Clock } from './clock';
import { because, causeOfTransport, failure, failureFromResponse, type IdKind } from './failures';
import { NotSentError, TransportError, type ApiResponse, type HubSpotApi } from './hubspot-api';
import { correlationIdOf, isSuccess, readErrorBody } from './hubspot-error';
import { processOwnerCache, type OwnerCache } from './owner-cache';
import { resolveOrganizerOwnerId } from './owners';
import type { ReadOptions } from './send-read';
import { meetingFingerprint, verificationRound, type ReadVerdict } from './verify-meeting';

export interface CreatePolicy {
  /** Everything, waits included, ends within this: HubSpot stops functions at about 10 s. */
  totalBudgetMs: number;
  /** How long the one create call may take before its outcome is treated as unknown. Never cut short. */
  createTimeoutMs: number;
  readTimeoutMs: number;
  /** Pause between verification rounds within one call. */
  verifyPollMs: number;
  /**
   * Absence after an ambiguous create is only established by primary-store reads started at least
   * this long after the attempt: longer than one call's budget, so verification spans calls (VERIFYING).
   */
  verifyWindowMs: number;
  /** Consecutive absent primary-store rounds, past the window, that establish absence. */
  confirmRounds: number;
  /** After this long since the attempt, reads that still cannot decide end in OUTCOME_UNKNOWN. */
  giveUpAfterMs: number;
  /** Longest pause a VERIFYING answer asks the caller to leave before checking again. */
  maxCheckAfterMs: number;
  /** A verification round is only started with at least this much of the budget left. */
  minRoundMs: number;
  /** How far back a check without the attempt's time looks for the meeting it may have made. */
  resubmitLookbackMs: number;
}

export const DEFAULT_CREATE_POLICY: CreatePolicy = {
  totalBudgetMs: 9_000,
  createTimeoutMs: 5_000,
  readTimeoutMs: 2_500,
  verifyPollMs: 1_500,
  verifyWindowMs: 60_000,
  confirmRounds: 2,
  giveUpAfterMs: 180_000,
  maxCheckAfterMs: 10_000,
  minRoundMs: 1_000,
  resubmitLookbackMs: 24 * 60 * 60_000,
};

export type MeetingLog = (event: string, data: Record<string, unknown>) => void;

export interface MeetingDeps {
  /** The pipeline (create-hubspot-api.ts); its clock must be `clock`, as deadlines are its epoch ms. */
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
  /** Trusted: company/deal associations built server-side from what HubSpot said (create-on-record.ts). */
  associations?: MeetingAssociations;
}

/** One call's run: its clock, policy and deadline. */
interface Run {
  deps: MeetingDeps;
  clock: Clock;
  policy: CreatePolicy;
  log: MeetingLog;
  deadline: number;
  reads: ReadOptions;
}

/** A validated meeting with its organizer: what is sent and what identifies it. */
interface Plan {
  input: MeetingInput;
  trusted: TrustedIds;
  request: CreateMeetingRequest;
}

/**
 * Books one meeting, exactly once or not at all, and says which. A small state machine:
 * validate -> organizer -> send once -> settle.
 * - Input is validated before anything is sent; the create is sent once, with its full timeout.
 * - A 429 is waited out in the pipeline when the budget allows (pipeline/rate-limit-wait.ts).
 * - A 5xx, a timeout or a dropped connection is ambiguous: nothing is sent again. The meeting is
 *   looked for in the primary store (and search) for the rest of the budget; not found yet -> VERIFYING.
 * - With `checkExisting` (the card checking on, same requestId): look only, never create. Found -> ok;
 *   absence established (verify window passed, confirmRounds absent rounds) -> NOT_CREATED; else VERIFYING
 *   (OUTCOME_UNKNOWN past giveUpAfterMs). Anything that stops a check (a failed organizer lookup, say) is
 *   VERIFYING too, never a code that says nothing was booked.
 */
export async function createMeeting(
  deps: MeetingDeps,
  call: CreateMeetingCall,
): Promise<CreateMeetingResult> {
  const clock = deps.clock ?? systemClock;
  const policy = { ...DEFAULT_CREATE_POLICY, ...deps.policy };
  const deadline = clock.now() + policy.totalBudgetMs;
  const run: Run = {
    deps,
    clock,
    policy,
    deadline,
    log: deps.log ?? (() => {}),
    reads: { deadline, timeoutMs: policy.readTimeoutMs, now: clock.now },
  };

  // A check (the card checking on an earlier attempt) never answers "nothing was booked" unless absence
  // is established: whatever stops it before or during verification leaves the outcome undecided.
  const checking = isCheck(call.parameters);
  const orUndecided = (stopped: Failure): Failure =>
    checking ? undecided(run, call.parameters, stopped) : stopped;

  // validate
  if (!isRecordId(call.contactId)) {
    return orUndecided(failure('NO_CONTACT', 'Open a contact record to book a meeting with that contact.'));
  }
  const contactId = String(call.contactId);
  const validation = validateMeetingParametersInEnglish(call.parameters);
  if (!validation.ok) {
    return orUndecided(
      failure('VALIDATION_ERROR', 'Some fields need attention.', { fields: validation.fields }),
    );
  }
  const input = validation.value;

  // organizer
  const owner = await resolveOrganizerOwnerId(
    deps.api,
    deps.ownerCache ?? processOwnerCache,
    input.organizerUserId,
    run.reads,
  );
  if (!owner.ok) return orUndecided(owner);
  const trusted = { contactId, organizerOwnerId: owner.ownerId };
  const plan: Plan = {
    input,
    trusted,
    request: buildCreateMeetingRequest(input, trusted, call.associations),
  };

  if (checking) {
    const { since, lookFrom } = checkWindow(run, call.parameters);
    return settle(run, plan, { since, lookFrom, pollInWindow: false, cause: 'unconfirmed' });
  }

  // send once
  const sent = await sendOnce(run, plan);
  if (sent.kind === 'answered') return sent.result;

  // settle
  run.log('create.ambiguous', { requestId: input.requestId, why: sent.why, ...sent.correlation });
  return settle(
    run,
    plan,
    {
      since: sent.attemptedAt,
      lookFrom: sent.attemptedAt,
      late: sent.late,
      pollInWindow: true,
      cause: sent.cause,
    },
    sent.correlation,
  );
}

type Sent =
  | { kind: 'answered'; result: CreateMeetingResult }
  | {
      kind: 'ambiguous';
      attemptedAt: number;
      why: string;
      cause: FailureCause;
      late?: Promise<ApiResponse>;
      correlation: { correlationId?: string };
    };

async function sendOnce(run: Run, plan: Plan): Promise<Sent> {
  const { clock, policy, deadline } = run;
  const attemptedAt = clock.now();
  // The organizer lookup used up the budget: HubSpot was slow, not rate limited.
  if (deadline - attemptedAt < policy.createTimeoutMs)
    return { kind: 'answered', result: notSent('timeout') };
  let response: ApiResponse;
  try {
    response = await run.deps.api.send({
      method: 'POST',
      path: plan.request.path,
      query: plan.request.query,
      body: plan.request.body,
      timeoutMs: policy.createTimeoutMs,
      deadline,
    });
  } catch (error) {
    if (error instanceof NotSentError) return { kind: 'answered', result: notSent('rate_limit') };
    if (!(error instanceof TransportError)) throw error;
    return {
      kind: 'ambiguous',
      attemptedAt,
      why: error.kind,
      cause: causeOfTransport(error.kind),
      late: error.late,
      correlation: {},
    };
  }
  if (isSuccess(response)) {
    const id = meetingIdOf(response);
    if (id) return { kind: 'answered', result: { ok: true, meeting: bookedMeeting(id, plan) } };
    // Created, but unnamed: look it up like any ambiguous outcome.
    return {
      kind: 'ambiguous',
      attemptedAt,
      why: `${response.status} without an id`,
      cause: 'unconfirmed',
      correlation: correlation(response),
    };
  }
  if (response.status >= 500) {
    return {
      kind: 'ambiguous',
      attemptedAt,
      why: String(response.status),
      cause: 'hubspot_error',
      correlation: correlation(response),
    };
  }
  return { kind: 'answered', result: rejection(response, clock.now()) };
}

interface Verification {
  /** Epoch ms of the create attempt: the verify window runs from here. */
  since: number;
  /** Epoch ms: meetings created before this (less the clock skew) are not ours. */
  lookFrom: number;
  /** The timed-out create, still under way: its answer is taken when it comes. */
  late?: Promise<ApiResponse>;
  /**
   * Rounds every verifyPollMs before the window ends (the call that sent the create: a stored meeting
   * usually shows within seconds). A check call reads once, then only at the window's end: the card
   * repeats checks every checkAfterMs, which keeps reads over the window without flooding the account.
   */
  pollInWindow: boolean;
  /** How the create failed (or `unconfirmed` for a check): carried into every answer as details.cause. */
  cause: FailureCause;
}

function nextRoundAt(now: number, windowEnd: number, policy: CreatePolicy, pollInWindow: boolean): number {
  if (now >= windowEnd || pollInWindow) return now + policy.verifyPollMs;
  return Math.max(windowEnd, now + policy.verifyPollMs);
}

/**
 * Looks for the meeting until it is found, absence is established, or the budget ends. Absence needs
 * `confirmRounds` consecutive primary-store rounds, each started after the verify window, that read
 * every meeting of the contact and match none; any failed or 404 read is "don't know" and resets it.
 */
async function settle(
  run: Run,
  plan: Plan,
  verification: Verification,
  extra: { correlationId?: string } = {},
): Promise<CreateMeetingResult> {
  const { clock, policy, deadline, log } = run;
  const { since } = verification;
  const requestId = plan.input.requestId;
  const fingerprint = meetingFingerprint(plan.input, plan.trusted, verification.lookFrom);
  const windowEnd = since + policy.verifyWindowMs;
  const late = watchLate(verification.late, clock.now);
  let absentRounds = 0;
  let last: ReadVerdict | undefined;

  for (;;) {
    const lateResult = late.result(plan);
    if (lateResult) return lateResult;
    if (deadline - clock.now() < policy.minRoundMs) break;
    const startedAt = clock.now();
    last = await verificationRound(run.deps.api, fingerprint, run.reads);
    const afterRound = late.result(plan);
    if (afterRound) return afterRound;
    if (last.kind === 'found') {
      log('create.found', { requestId, meetingId: last.meetingId });
      return { ok: true, meeting: bookedMeeting(last.meetingId, plan, verification.cause) };
    }
    absentRounds =
      last.kind === 'absent' && startedAt >= windowEnd && !late.inFlight() ? absentRounds + 1 : 0;
    if (absentRounds >= policy.confirmRounds) {
      log('create.confirmed_absent', { requestId, sinceMs: clock.now() - since });
      return notCreated(verification.cause, extra);
    }
    const now = clock.now();
    const nextAt = nextRoundAt(now, windowEnd, policy, verification.pollInWindow);
    if (nextAt + policy.minRoundMs > deadline) {
      // No room for another round, but the create may still answer before the budget ends.
      if (late.inFlight()) await clock.sleep(deadline - now, late.signal);
      const lastChance = late.result(plan);
      if (lastChance) return lastChance;
      break;
    }
    // A late answer to the create wakes the pause: it may settle everything.
    await clock.sleep(nextAt - now, late.inFlight() ? late.signal : undefined);
  }

  const now = clock.now();
  if (last?.kind === 'unknown' && now - since >= policy.giveUpAfterMs) {
    log('create.unknown', { requestId, reason: last.reason });
    return failure(
      'OUTCOME_UNKNOWN',
      UNKNOWN_MESSAGE,
      because(verification.cause, { retryable: false, ...extra, details: { attemptedSince: since } }),
    );
  }
  const nextAt = nextRoundAt(now, windowEnd, policy, false);
  const checkAfterMs = Math.round(
    Math.min(policy.maxCheckAfterMs, Math.max(policy.verifyPollMs, nextAt - now - policy.totalBudgetMs / 2)),
  );
  log('create.verifying', {
    requestId,
    last: last?.kind,
    reason: last?.kind === 'unknown' ? last.reason : undefined,
  });
  return failure(
    'VERIFYING',
    VERIFYING_MESSAGE,
    because(verification.cause, {
      retryable: false,
      ...extra,
      details: { attemptedSince: since, checkAfterMs },
    }),
  );
}

/** Follows a timed-out create that may still answer; wakes the verification's pauses when it does. */
function watchLate(late: Promise<ApiResponse> | undefined, now: () => number) {
  let answer: ApiResponse | undefined;
  let settled = late === undefined;
  const stopPause = new AbortController();
  late?.then(
    (response) => {
      answer = response;
      settled = true;
      stopPause.abort();
    },
    () => {
      settled = true;
      stopPause.abort();
    },
  );
  return {
    signal: stopPause.signal,
    inFlight: () => !settled,
    /** A definitive outcome from the late answer, if it brought one. */
    result(plan: Plan): CreateMeetingResult | undefined {
      if (!answer) return undefined;
      if (isSuccess(answer)) {
        const id = meetingIdOf(answer);
        return id ? { ok: true, meeting: bookedMeeting(id, plan, 'timeout') } : undefined;
      }
      // A 4xx (429 included) to the one create we sent: HubSpot refused it, nothing was stored.
      return answer.status < 500 ? rejection(answer, now()) : undefined;
    },
  };
}

/** `attemptedSince` as the card sends it back: epoch ms, else nothing. */
function attemptedSinceOf(parameters: unknown): number | undefined {
  const value = (parameters as { attemptedSince?: unknown } | null | undefined)?.attemptedSince;
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** A check's "since" (the verify window's start) and how far back it looks for the meeting. */
function checkWindow(run: Run, parameters: unknown): { since: number; lookFrom: number } {
  const { clock, policy } = run;
  const claimed = attemptedSinceOf(parameters);
  const now = clock.now();
  // The caller's time of the first attempt only widens what is looked at; it never shortens the
  // window: without it the window starts now, and a time in the future is taken as now.
  const since =
    claimed === undefined ? now : Math.min(now, Math.max(claimed, now - policy.resubmitLookbackMs));
  const lookFrom = claimed === undefined ? now - policy.resubmitLookbackMs : since;
  return { since, lookFrom };
}

function isCheck(parameters: unknown): boolean {
  return (parameters as { checkExisting?: unknown } | null | undefined)?.checkExisting === true;
}

/** The cause of what stopped a check before it could read: carried into its undecided answer. */
function causeOfStop(stopped: Failure): FailureCause {
  const { code, details } = stopped.error;
  if (details?.cause) return details.cause;
  if (code === 'RATE_LIMITED') return 'rate_limit';
  if (code === 'HUBSPOT_UNAVAILABLE') return 'connection';
  if (code === 'VALIDATION_ERROR' || code === 'NO_CONTACT') return 'unconfirmed';
  return 'hubspot_error';
}

/**
 * A check stopped before it could verify (the organizer lookup failed on a cold cache during the same
 * outage, say): nothing is known about the earlier attempt, so VERIFYING, or OUTCOME_UNKNOWN once
 * giveUpAfterMs since the attempt has passed. Never a code that says nothing was booked.
 */
function undecided(run: Run, parameters: unknown, stopped: Failure): Failure {
  const { clock, policy, log } = run;
  const { since } = checkWindow(run, parameters);
  const cause = causeOfStop(stopped);
  const correlationId = stopped.error.correlationId;
  const extra = correlationId ? { correlationId } : {};
  log('create.check_stopped', { code: stopped.error.code, cause });
  if (clock.now() - since >= policy.giveUpAfterMs) {
    return failure(
      'OUTCOME_UNKNOWN',
      UNKNOWN_MESSAGE,
      because(cause, { retryable: false, ...extra, details: { attemptedSince: since } }),
    );
  }
  const retryAfterMs = (stopped.error.details?.retryAfterSeconds ?? 0) * 1000;
  const checkAfterMs = Math.min(policy.maxCheckAfterMs, Math.max(policy.verifyPollMs, retryAfterMs));
  return failure(
    'VERIFYING',
    VERIFYING_MESSAGE,
    because(cause, { retryable: false, ...extra, details: { attemptedSince: since, checkAfterMs } }),
  );
}

const UNKNOWN_MESSAGE =
  "HubSpot did not confirm whether the meeting was booked. Check the contact's activity timeline before trying again.";
const VERIFYING_MESSAGE =
  'HubSpot has not confirmed the booking yet. Still checking: do not book it again until this is resolved.';

function notCreated(cause: FailureCause, extra: { correlationId?: string }): Failure {
  return failure(
    'NOT_CREATED',
    'HubSpot confirms the meeting was not booked. It is safe to book it.',
    because(cause, { retryable: true, ...extra }),
  );
}

/** The create was not sent: nothing was booked. `timeout`: reads before it used up the budget. */
function notSent(cause: 'rate_limit' | 'timeout'): Failure {
  const message =
    cause === 'timeout'
      ? 'HubSpot was slow to answer. Nothing was sent, so nothing was booked; try again in a few seconds.'
      : 'HubSpot is busy right now. Nothing was booked; try again in a few seconds.';
  return failure('RATE_LIMITED', message, {
    retryable: true,
    details: { retryAfterSeconds: 5, cause },
  });
}

function meetingIdOf(response: ApiResponse): string | undefined {
  const id = (response.body as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** HubSpot names longest first, so "hs_meeting_start_time" is never read as a shorter name inside it. */
const NAMES_BY_LENGTH = [...MEETING_PROPERTIES].sort((a, b) => b.name.length - a.name.length);

/** A definitive refusal (nothing was created), tied to the fields HubSpot named where it named any. */
function rejection(response: ApiResponse, nowMs: number): Failure {
  if (response.status === 400) {
    const fields: FieldIssues = {};
    for (const error of readErrorBody(response).errors ?? []) {
      const text = `${error.in ?? ''} ${error.message ?? ''}`;
      const field = NAMES_BY_LENGTH.find((mapping) => text.includes(mapping.name))?.field;
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
  return failureFromResponse(response, nowMs, { kind });
}

function correlation(response: ApiResponse): { correlationId?: string } {
  const correlationId = correlationIdOf(response);
  return correlationId ? { correlationId } : {};
}

function bookedMeeting(id: string, plan: Plan, recoveredFrom?: FailureCause): BookedMeeting {
  const { input, trusted } = plan;
  const meeting: BookedMeeting = {
    id,
    title: input.title,
    start: input.start,
    end: input.end,
    timezone: input.timezone,
    startUtc: input.startUtc,
    endUtc: input.endUtc,
    contactId: trusted.contactId,
    ownerId: trusted.organizerOwnerId,
    attendeeOwnerIds: input.attendeeOwnerIds,
  };
  if (recoveredFrom) {
    meeting.recovered = true;
    meeting.recoveredFrom = recoveredFrom;
  }
  return meeting;
}
