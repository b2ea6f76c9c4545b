// The shapes every client speaks: the card, the app functions and the marketplace backend.
// Kept free of runtime code so the card can import it at no bundle cost.

/** One problem with one field of the form, localisable by `code` (+ `params`); `message` is English. */
export interface FieldIssue {
  code: FieldIssueCode;
  message: string;
  params?: Record<string, string | number>;
}

export type FieldIssueCode =
  | 'required'
  | 'invalid_type'
  | 'too_long'
  | 'too_many'
  | 'invalid_format'
  | 'invalid_uuid'
  | 'invalid_time_zone'
  | 'nonexistent_local_time'
  | 'end_before_start'
  | 'duration_too_long'
  | 'invalid_option'
  | 'out_of_range'
  | 'unknown_id'
  | 'end_or_duration'
  | 'start_in_past'
  | 'reminder_in_past'
  | 'invalid_url';

/** Field names are the input names below (`title`, `start`, `reminders`, ...). */
export type FieldIssues = Partial<Record<MeetingField, FieldIssue>>;

export type LocationType = 'ADDRESS' | 'PHONE' | 'CUSTOM';
export type ReminderUnit = 'MINUTES' | 'HOURS' | 'DAYS' | 'WEEKS';
export type MeetingOutcome = 'SCHEDULED' | 'COMPLETED' | 'RESCHEDULED' | 'NO_SHOW' | 'CANCELED';

export interface Reminder {
  numberOfTimeUnits: number;
  timeUnit: ReminderUnit;
}

/** What the card sends as the function's `parameters` (or the backend's JSON body). Untrusted. */
export interface MeetingParameters {
  requestId: string;
  organizerUserId: string;
  title: string;
  /** "YYYY-MM-DDTHH:mm", wall-clock time in `timezone`. */
  start: string;
  /**
   * The end as a wall clock in `timezone` (it may fall on a later day than the start), or instead
   * `durationMinutes`: exactly one of the two. A duration is elapsed time: the end instant is the
   * start instant plus that many minutes, whatever the clocks do in between (daylight saving).
   */
  end?: string;
  durationMinutes?: number;
  timezone: string;
  locationType?: LocationType;
  location?: string;
  description?: string;
  internalNotes?: string;
  attendeeOwnerIds?: string[];
  activityType?: string;
  outcome?: MeetingOutcome;
  reminders?: Reminder[];
  includeDescriptionInReminders?: boolean;
  /**
   * Set by the card to check on a requestId whose earlier attempt may have booked (VERIFYING,
   * OUTCOME_UNKNOWN, or a call to the server that did not answer): the server then only looks for
   * that meeting and never creates one. Sent with the first attempt's parameters, unchanged.
   */
  checkExisting?: boolean;
}

export type MeetingField = keyof MeetingParameters;

/** What a check (checkExisting) sends besides the first attempt's parameters. Not a form field. */
export interface MeetingCheck {
  /**
   * `details.attemptedSince` of the server's VERIFYING answer (epoch ms). Widens the look-back to it;
   * it never shortens the verify window (a time in the future counts as now).
   */
  attemptedSince?: number;
}

/** Validated input with defaults applied and the times converted to UTC instants. */
export interface MeetingInput extends Required<
  Pick<MeetingParameters, 'requestId' | 'organizerUserId' | 'title' | 'start' | 'timezone'>
> {
  /** The end's wall clock in `timezone`: as given, or the start plus `durationMinutes`. */
  end: string;
  locationType?: LocationType;
  location?: string;
  description?: string;
  internalNotes?: string;
  attendeeOwnerIds: string[];
  activityType?: string;
  outcome: MeetingOutcome;
  reminders: Reminder[];
  includeDescriptionInReminders: boolean;
  checkExisting: boolean;
  /** ISO 8601 UTC, e.g. "2026-03-12T14:00:00Z". */
  startUtc: string;
  endUtc: string;
}

export type ValidationResult = { ok: true; value: MeetingInput } | { ok: false; fields: FieldIssues };

/** What the rep is shown after a booking. */
export interface BookedMeeting {
  id: string;
  title: string;
  /** Wall-clock "YYYY-MM-DDTHH:mm" in `timezone`, as asked. */
  start: string;
  end: string;
  timezone: string;
  startUtc: string;
  endUtc: string;
  contactId: string;
  ownerId: string;
  attendeeOwnerIds: string[];
  /** True when the create call failed ambiguously and the meeting was found afterwards. */
  recovered?: boolean;
  /** With `recovered`: how the create call failed before the meeting was found. */
  recoveredFrom?: FailureCause;
}

/**
 * What went wrong, where the code alone does not say, so the rep is told the real cause: HubSpot's
 * rate limit, an error answer from HubSpot (5xx), no answer in time, a dropped connection, or an
 * answer that does not confirm anything (a 2xx without an id, a check that could not run).
 */
export type FailureCause = 'rate_limit' | 'hubspot_error' | 'timeout' | 'connection' | 'unconfirmed';

export type ErrorCode =
  | 'VALIDATION_ERROR' // `fields` says which
  | 'NO_CONTACT' // the card is not on a contact record HubSpot vouched for
  | 'UNAUTHORIZED' // 401: the app's token is missing, expired or revoked
  | 'MISSING_SCOPES' // 403: `details.scopes` lists what to grant
  | 'NOT_FOUND' // 404: `details.id` / `details.kind` say which id
  | 'RATE_LIMITED' // 429 still after waiting within the time budget: nothing was created
  | 'NOT_CREATED' // an ambiguous failure, checked over the verify window: nothing was created, safe to book
  | 'VERIFYING' // an ambiguous failure not settled yet: check again (checkExisting) after details.checkAfterMs
  | 'OUTCOME_UNKNOWN' // an ambiguous failure that could not be checked: look at the timeline first
  | 'HUBSPOT_UNAVAILABLE' // 5xx / network on a read: nothing was created
  | 'BAD_REQUEST' // HubSpot rejected the request (400) for a reason not tied to a field
  | 'INTERNAL_ERROR';

export interface MeetingError {
  code: ErrorCode;
  /** Plain English a sales rep understands; the card localises by `code`. */
  message: string;
  fields?: FieldIssues;
  /** True when resubmitting the same form is safe and may succeed. */
  retryable: boolean;
  /** HubSpot's correlation id of the failing call, for support. */
  correlationId?: string;
  details?: {
    scopes?: string[];
    kind?: 'contact' | 'organizer' | 'owner' | 'meeting';
    id?: string;
    retryAfterSeconds?: number;
    /** VERIFYING (and OUTCOME_UNKNOWN after one): epoch ms of the create attempt, to send back. */
    attemptedSince?: number;
    /** VERIFYING: check again (checkExisting) after this long. */
    checkAfterMs?: number;
    cause?: FailureCause;
  };
}

export type Failure = { ok: false; error: MeetingError };
export type CreateMeetingResult = { ok: true; meeting: BookedMeeting } | Failure;

export interface OwnerOption {
  ownerId: string;
  userId?: string;
  name: string;
  email?: string;
}

export interface MeetingTypeOption {
  value: string;
  label: string;
}

export interface FormOptions {
  /** The organizer's own owner record; null when the user has no owner in this account. */
  organizer: OwnerOption | null;
  /** Owners that can be invited (active users). */
  owners: OwnerOption[];
  /** True when the account has more owners than were returned; the card then searches. */
  ownersTruncated: boolean;
  /** The account's "call and meeting type" options; empty when it has none. */
  meetingTypes: MeetingTypeOption[];
}

export type FormOptionsResult = { ok: true; options: FormOptions } | Failure;

/**
 * What the card sends to find owners past the listed ones (the form-options call, with `ownerQuery`,
 * when `ownersTruncated` was true). Untrusted.
 */
export interface OwnerSearchParameters {
  /** Part of an owner's name or email; trimmed, 2 to 100 characters, case and accents ignored. */
  ownerQuery: string;
}

export type OwnerSearchField = keyof OwnerSearchParameters;

/**
 * A MeetingError whose field issues name the search's own parameter. A query of the wrong length is
 * `too_long` (`params.max`) or `out_of_range` (`params.min`, `params.max`).
 */
export interface OwnerSearchError extends Omit<MeetingError, 'fields'> {
  fields?: Partial<Record<OwnerSearchField, FieldIssue>>;
}

export interface OwnerMatches {
  /** Active owners whose name or email contains the query, sorted by name; at most 20. */
  owners: OwnerOption[];
  /** True when more owners match than were returned: a longer query narrows them down. */
  more: boolean;
}

export type OwnerSearchResult = { ok: true; matches: OwnerMatches } | { ok: false; error: OwnerSearchError };
