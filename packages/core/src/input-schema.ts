import * as v from 'valibot';
import { LIMITS, LOCATION_TYPES, MEETING_OUTCOMES, REMINDER_UNITS, REMINDER_UNIT_MINUTES } from './limits';
import {
  isValidTimeZone,
  minutesBetween,
  parseWallClock,
  toUtcIso,
  utcToWallClock,
  wallClockToUtc,
} from './time';
import { fieldIssue } from './field-messages';
import type {
  FieldIssue,
  FieldIssueCode,
  FieldIssues,
  MeetingField,
  MeetingInput,
  Reminder,
  ValidationResult,
} from './types';

// Valibot rather than zod: the same rules cost the card's bundle about 6 KB instead of 22 KB.
// Each check carries our issue code as its message; the first issue per field wins.
const code = (issue: FieldIssueCode) => issue;
const digits = /^\d{1,20}$/;

const requiredText = (max: number) =>
  v.pipe(
    v.string(code('invalid_type')),
    v.trim(),
    v.minLength(1, code('required')),
    v.maxLength(max, code('too_long')),
  );
const optionalText = (max: number) =>
  v.optional(v.pipe(v.string(code('invalid_type')), v.trim(), v.maxLength(max, code('too_long'))));
const wallClock = v.pipe(v.string(code('invalid_type')), v.trim(), v.minLength(1, code('required')));

const reminderSchema = v.object(
  {
    numberOfTimeUnits: v.pipe(
      v.number(code('invalid_type')),
      v.integer(code('invalid_format')),
      v.minValue(1, code('out_of_range')),
    ),
    timeUnit: v.picklist(REMINDER_UNITS, code('invalid_option')),
  },
  code('invalid_type'),
);

const parametersSchema = v.object({
  requestId: v.pipe(v.string(code('invalid_type')), v.uuid(code('invalid_uuid'))),
  organizerUserId: v.pipe(v.string(code('invalid_type')), v.trim(), v.regex(digits, code('invalid_format'))),
  title: requiredText(LIMITS.titleMaxLength),
  start: wallClock,
  end: v.optional(wallClock),
  durationMinutes: v.optional(
    v.pipe(
      v.number(code('invalid_type')),
      v.integer(code('invalid_format')),
      v.minValue(LIMITS.minDurationMinutes, code('out_of_range')),
      v.maxValue(LIMITS.maxDurationMinutes, code('out_of_range')),
    ),
  ),
  timezone: v.pipe(
    v.string(code('invalid_type')),
    v.trim(),
    v.minLength(1, code('required')),
    v.maxLength(64, code('invalid_time_zone')),
    v.check(isValidTimeZone, code('invalid_time_zone')),
  ),
  locationType: v.optional(v.picklist(LOCATION_TYPES, code('invalid_option'))),
  location: optionalText(LIMITS.locationMaxLength),
  description: optionalText(LIMITS.descriptionMaxLength),
  internalNotes: optionalText(LIMITS.internalNotesMaxLength),
  attendeeOwnerIds: v.optional(
    v.pipe(
      v.array(
        v.pipe(v.string(code('invalid_type')), v.regex(digits, code('invalid_format'))),
        code('invalid_type'),
      ),
      v.maxLength(LIMITS.maxAttendees, code('too_many')),
    ),
  ),
  activityType: optionalText(LIMITS.activityTypeMaxLength),
  outcome: v.optional(v.picklist(MEETING_OUTCOMES, code('invalid_option'))),
  reminders: v.optional(
    v.pipe(v.array(reminderSchema, code('invalid_type')), v.maxLength(LIMITS.maxReminders, code('too_many'))),
  ),
  includeDescriptionInReminders: v.optional(v.boolean(code('invalid_type'))),
  checkExisting: v.optional(v.boolean(code('invalid_type'))),
});

// Our issue codes are lower_snake_case; valibot's own messages (never ours) are English sentences.
// Cheaper in the card's bundle than a second list of every code (the property tests check them all).
const ISSUE_CODE = /^[a-z_]+$/;

const LIMIT_PARAMS: Partial<Record<MeetingField, Record<string, number>>> = {
  title: { max: LIMITS.titleMaxLength },
  location: { max: LIMITS.locationMaxLength },
  description: { max: LIMITS.descriptionMaxLength },
  internalNotes: { max: LIMITS.internalNotesMaxLength },
  activityType: { max: LIMITS.activityTypeMaxLength },
  attendeeOwnerIds: { max: LIMITS.maxAttendees },
  reminders: { max: LIMITS.maxReminders },
};
const RANGE_PARAMS: Partial<Record<MeetingField, Record<string, number>>> = {
  durationMinutes: { min: LIMITS.minDurationMinutes, max: LIMITS.maxDurationMinutes },
};

/**
 * The rules of the booking form on top of what any client may ask: they depend on the moment of
 * asking, so only a caller that says when "now" is applies them (the card; servers and API clients
 * may record meetings that already happened).
 */
export interface FormRules {
  /** Epoch ms. */
  now: number;
}

/** Turns a rule's verdict into the issue a client sees. */
export type DescribeIssue = (
  field: MeetingField,
  code: FieldIssueCode,
  params?: Record<string, string | number>,
) => FieldIssue;

// For clients that word issues themselves from `code` + `params` (the card): no English text, so the
// card's bundle does not carry the server's messages.
const codeOnly: DescribeIssue = (_field, code, params) =>
  params ? { code, message: '', params } : { code, message: '' };

/**
 * The one set of rules for what a card may ask for. Returns the validated input with defaults
 * applied and the times converted to UTC, or one issue per field with an English message (what the
 * servers answer). Unknown fields are ignored (a `contactId` here is never used: the contact comes
 * from what HubSpot vouches for).
 */
export function validateMeetingParametersInEnglish(raw: unknown): ValidationResult {
  return validateMeetingParametersAsCodes(raw, fieldIssue);
}

/**
 * The same rules as validateMeetingParametersInEnglish, without its English: by default each issue
 * carries only `code` and `params` (message ''), for clients that word issues themselves (the card).
 */
export function validateMeetingParametersAsCodes(
  raw: unknown,
  describe: DescribeIssue = codeOnly,
  rules?: FormRules,
): ValidationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) raw = {};
  const fields: FieldIssues = {};
  const addIssue = (field: MeetingField, code: FieldIssueCode, params?: Record<string, string | number>) => {
    if (fields[field]) return;
    const limit =
      code === 'too_long' || code === 'too_many'
        ? LIMIT_PARAMS[field]
        : code === 'out_of_range'
          ? RANGE_PARAMS[field]
          : undefined;
    fields[field] = describe(field, code, params ?? limit);
  };

  const parsed = v.safeParse(parametersSchema, raw);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const field = issue.path?.[0]?.key as MeetingField | undefined;
      if (typeof field !== 'string') continue;
      const missing = (raw as Record<string, unknown>)[field] === undefined;
      const issueCode = issue.message === 'invalid_type' && missing ? 'required' : issue.message;
      addIssue(field, (ISSUE_CODE.test(issueCode) ? issueCode : 'invalid_format') as FieldIssueCode);
    }
  }
  // Cross-field rules run on whatever parsed, so the rep sees every problem at once.
  const input = raw as Record<string, unknown>;
  const timezone = typeof input.timezone === 'string' ? input.timezone.trim() : '';
  const zoneKnown = !fields.timezone;
  const startUtc = fields.start ? undefined : convert('start', input.start, timezone, zoneKnown, addIssue);
  let endUtc: string | undefined;
  if (input.end !== undefined && input.durationMinutes !== undefined) {
    addIssue('durationMinutes', 'end_or_duration');
  } else if (input.durationMinutes !== undefined) {
    // Elapsed time: 90 minutes from 00:30 on a fall-back night ends at 01:00 the second time round.
    if (startUtc && !fields.durationMinutes)
      endUtc = toUtcIso(new Date(Date.parse(startUtc) + (input.durationMinutes as number) * 60_000));
  } else if (input.end === undefined) {
    addIssue('end', 'required');
  } else if (!fields.end) {
    endUtc = convert('end', input.end, timezone, zoneKnown, addIssue);
  }
  if (startUtc && endUtc) {
    const minutes = minutesBetween(startUtc, endUtc);
    if (minutes <= 0) addIssue('end', 'end_before_start');
    else if (minutes > LIMITS.maxDurationMinutes)
      addIssue('end', 'duration_too_long', { maxMinutes: LIMITS.maxDurationMinutes });
  }
  if (parsed.success && parsed.output.reminders) {
    const tooEarly = parsed.output.reminders.some(
      (r) => r.numberOfTimeUnits * REMINDER_UNIT_MINUTES[r.timeUnit] > LIMITS.maxReminderLeadMinutes,
    );
    if (tooEarly) addIssue('reminders', 'out_of_range', { maxMinutes: LIMITS.maxReminderLeadMinutes });
  }
  if (rules && parsed.success) applyFormRules(rules, parsed.output, startUtc, addIssue);
  if (!parsed.success || Object.keys(fields).length > 0 || !startUtc || !endUtc) return { ok: false, fields };

  const data = parsed.output;
  const value: MeetingInput = {
    requestId: data.requestId.toLowerCase(),
    organizerUserId: data.organizerUserId,
    title: data.title,
    start: data.start,
    end: data.end ?? utcToWallClock(endUtc, data.timezone),
    timezone: data.timezone,
    startUtc,
    endUtc,
    attendeeOwnerIds: [...new Set(data.attendeeOwnerIds ?? [])],
    outcome: data.outcome ?? 'SCHEDULED',
    reminders: uniqueReminders(data.reminders ?? []),
    includeDescriptionInReminders: data.includeDescriptionInReminders ?? false,
    checkExisting: data.checkExisting ?? false,
  };
  if (data.location) {
    value.location = data.location;
    value.locationType = data.locationType ?? 'CUSTOM';
  } else if (data.locationType) {
    value.locationType = data.locationType;
  }
  if (data.description) value.description = data.description;
  if (data.internalNotes) value.internalNotes = data.internalNotes;
  if (data.activityType) value.activityType = data.activityType;
  return { ok: true, value };
}

function convert(
  field: 'start' | 'end',
  wallClock: unknown,
  timezone: string,
  zoneKnown: boolean,
  addIssue: (field: MeetingField, code: FieldIssueCode) => void,
): string | undefined {
  const text = String(wallClock).trim();
  if (!zoneKnown) {
    if (parseWallClock(text) === null) addIssue(field, 'invalid_format');
    return undefined;
  }
  const result = wallClockToUtc(text, timezone);
  if (result.ok) return result.utc;
  addIssue(result.code === 'invalid_time_zone' ? 'timezone' : field, result.code);
  return undefined;
}

type Parsed = v.InferOutput<typeof parametersSchema>;

function applyFormRules(
  rules: FormRules,
  data: Parsed,
  startUtc: string | undefined,
  addIssue: (field: MeetingField, code: FieldIssueCode) => void,
) {
  if (startUtc) {
    const start = Date.parse(startUtc);
    if (start < rules.now - LIMITS.pastStartGraceMinutes * 60_000) addIssue('start', 'start_in_past');
    const firesBeforeNow = (data.reminders ?? []).some(
      (r) => start - r.numberOfTimeUnits * REMINDER_UNIT_MINUTES[r.timeUnit] * 60_000 < rules.now,
    );
    if (firesBeforeNow) addIssue('reminders', 'reminder_in_past');
  }
  if (data.locationType === 'CUSTOM' && data.location && !isWebAddress(data.location))
    addIssue('location', 'invalid_url');
}

/** An http(s) address with a host: what a video call link looks like. */
function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function uniqueReminders(reminders: Reminder[]): Reminder[] {
  const seen = new Set<number>();
  return reminders
    .filter((r) => {
      const lead = r.numberOfTimeUnits * REMINDER_UNIT_MINUTES[r.timeUnit];
      if (seen.has(lead)) return false;
      seen.add(lead);
      return true;
    })
    .map((r) => ({ numberOfTimeUnits: r.numberOfTimeUnits, timeUnit: r.timeUnit }));
}
