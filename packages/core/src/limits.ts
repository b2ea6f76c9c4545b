/** Bounds of what a rep may ask for. One place, read by the schema, the card and the docs. */
export const LIMITS = {
  titleMaxLength: 255,
  locationMaxLength: 500,
  descriptionMaxLength: 10_000,
  internalNotesMaxLength: 10_000,
  activityTypeMaxLength: 100,
  maxAttendees: 50,
  maxReminders: 3,
  /** A meeting longer than a day is almost certainly a typo. */
  maxDurationMinutes: 24 * 60,
  minDurationMinutes: 5,
  /** A start this many minutes ago still counts as now (the rep took a while to press Book). */
  pastStartGraceMinutes: 5,
  /** A reminder may be sent at most four weeks before the meeting. */
  maxReminderLeadMinutes: 4 * 7 * 24 * 60,
  minYear: 2000,
  maxYear: 2100,
} as const;

export const REMINDER_UNIT_MINUTES = { MINUTES: 1, HOURS: 60, DAYS: 24 * 60, WEEKS: 7 * 24 * 60 } as const;

export const LOCATION_TYPES = ['ADDRESS', 'PHONE', 'CUSTOM'] as const;
export const REMINDER_UNITS = ['MINUTES', 'HOURS', 'DAYS', 'WEEKS'] as const;
export const MEETING_OUTCOMES = ['SCHEDULED', 'COMPLETED', 'RESCHEDULED', 'NO_SHOW', 'CANCELED'] as const;
