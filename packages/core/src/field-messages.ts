import type { FieldIssue, FieldIssueCode, MeetingField } from './types';

// English is what the server answers with; the card shows its own catalogue, keyed by `code`.
const FIELD_LABELS: Record<MeetingField, string> = {
  requestId: 'Request id',
  organizerUserId: 'Organizer',
  title: 'Title',
  start: 'Start time',
  end: 'End time',
  durationMinutes: 'Duration',
  timezone: 'Time zone',
  locationType: 'Location type',
  location: 'Location',
  description: 'Description',
  internalNotes: 'Internal notes',
  attendeeOwnerIds: 'Attendees',
  activityType: 'Meeting type',
  outcome: 'Outcome',
  reminders: 'Reminders',
  includeDescriptionInReminders: 'Include description in reminders',
  checkExisting: 'Check for an existing meeting',
};

type Params = Record<string, string | number> | undefined;

const MESSAGES: Record<FieldIssueCode, (label: string, p: Params) => string> = {
  required: (l) => `${l} is required.`,
  invalid_type: (l) => `${l} has the wrong type.`,
  too_long: (l, p) => `${l} is too long (at most ${p?.max ?? '?'} characters).`,
  too_many: (l, p) => `${l}: at most ${p?.max ?? '?'} allowed.`,
  invalid_format: (l) => `${l} is not in the expected format.`,
  invalid_uuid: (l) => `${l} must be a UUID.`,
  invalid_time_zone: () => 'Unknown time zone: choose one from the list.',
  nonexistent_local_time: () =>
    'That time does not exist in this time zone (the clocks skip it for daylight saving). Pick another time.',
  end_before_start: () => 'The meeting must end after it starts.',
  duration_too_long: (_l, p) => `A meeting can last at most ${Number(p?.maxMinutes ?? 0) / 60} hours.`,
  invalid_option: (l) => `${l} is not one of the allowed options.`,
  out_of_range: (l, p) =>
    p?.min !== undefined ? `${l} must be between ${p.min} and ${p.max}.` : `${l} is out of range.`,
  unknown_id: (l) => `${l}: HubSpot does not know this id.`,
  end_or_duration: () => 'Give either an end time or a duration, not both.',
  start_in_past: () => 'This start time has already passed. Pick a time from now on.',
  reminder_in_past: () => 'A reminder would be sent before now. Pick a later reminder or a later start.',
  invalid_url: (l) => `${l} must be a web address starting with https://.`,
};

export function fieldIssue(field: MeetingField, code: FieldIssueCode, params?: Params): FieldIssue {
  const issue: FieldIssue = { code, message: MESSAGES[code](FIELD_LABELS[field] ?? field, params) };
  if (params) issue.params = params;
  return issue;
}
