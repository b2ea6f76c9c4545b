import { utcToWallClock, wallClockToUtc } from '@meeting-card/core';
import type { LocationType, MeetingField, MeetingParameters, Reminder } from '@meeting-card/core';

// What the rep has typed, kept apart from what gets sent. Pure functions only: no React here.

/** DateInput's value: `month` starts at 0. */
export interface DateValue {
  year: number;
  month: number;
  date: number;
}

/** TimeInput's value, 24-hour. */
export interface TimeValue {
  hours: number;
  minutes: number;
}

export const DURATION_PRESETS = [15, 30, 45, 60, 90] as const;
export type DurationChoice = (typeof DURATION_PRESETS)[number] | 'custom';

export const REMINDER_PRESETS = {
  '15m': { numberOfTimeUnits: 15, timeUnit: 'MINUTES' },
  '30m': { numberOfTimeUnits: 30, timeUnit: 'MINUTES' },
  '1h': { numberOfTimeUnits: 1, timeUnit: 'HOURS' },
  '1d': { numberOfTimeUnits: 1, timeUnit: 'DAYS' },
  '1w': { numberOfTimeUnits: 1, timeUnit: 'WEEKS' },
} as const satisfies Record<string, Reminder>;
export type ReminderPreset = keyof typeof REMINDER_PRESETS;

export interface BookingForm {
  /** Undefined until the rep edits it: the title suggested from the record is used meanwhile. */
  title?: string;
  date: DateValue | null;
  startTime: TimeValue | null;
  duration: DurationChoice;
  endTime: TimeValue | null;
  /** Undefined until the rep picks one: the account's time zone. */
  timezone?: string;
  locationType: LocationType | '';
  /** Undefined until the rep edits it: the contact's phone for a phone meeting. */
  location?: string;
  description: string;
  internalNotes: string;
  attendeeOwnerIds: string[];
  activityType: string;
  reminders: ReminderPreset[];
  includeDescriptionInReminders: boolean;
}

/** What HubSpot already knows, used where the rep has not typed anything. */
export interface FormDefaults {
  title: string;
  timezone: string;
  phone: string;
}

export const EMPTY_FORM: BookingForm = {
  date: null,
  startTime: null,
  duration: 30,
  endTime: null,
  locationType: '',
  description: '',
  internalNotes: '',
  attendeeOwnerIds: [],
  activityType: '',
  reminders: [],
  includeDescriptionInReminders: false,
};

export const effectiveTitle = (form: BookingForm, defaults: FormDefaults): string =>
  form.title ?? defaults.title;
export const effectiveTimezone = (form: BookingForm, defaults: FormDefaults): string =>
  form.timezone ?? defaults.timezone;
export function effectiveLocation(form: BookingForm, defaults: FormDefaults): string {
  if (form.location !== undefined) return form.location;
  return form.locationType === 'PHONE' ? defaults.phone : '';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "YYYY-MM-DDTHH:mm", or '' while the date or the time is missing. */
export function toWallClock(date: DateValue | null, time: TimeValue | null): string {
  if (!date || !time) return '';
  return `${pad(date.year, 4)}-${pad(date.month + 1)}-${pad(date.date)}T${pad(time.hours)}:${pad(time.minutes)}`;
}

/**
 * The wall clock `minutes` after `start` in `timeZone`: the real elapsed time, so a 60-minute
 * meeting across a daylight-saving change still lasts 60 minutes. When `start` does not convert
 * (bad zone, skipped hour) the plain calendar sum is returned and validation reports the start.
 */
export function addMinutes(start: string, minutes: number, timeZone: string): string {
  const converted = wallClockToUtc(start, timeZone);
  if (converted.ok)
    return utcToWallClock(new Date(Date.parse(converted.utc) + minutes * 60_000).toISOString(), timeZone);
  const naive = new Date(Date.parse(`${start}:00Z`) + minutes * 60_000);
  return Number.isNaN(naive.getTime()) ? '' : naive.toISOString().slice(0, 16);
}

/** The end wall clock the form describes, or '' while it cannot be known. */
export function endWallClock(form: BookingForm, timeZone: string): string {
  const start = toWallClock(form.date, form.startTime);
  if (form.duration === 'custom') return toWallClock(form.date, form.endTime);
  return start ? addMinutes(start, form.duration, timeZone) : '';
}

/** The function's `parameters`: only what the rep chose; optional fields left out when empty. */
export function toMeetingParameters(
  form: BookingForm,
  defaults: FormDefaults,
  ids: { requestId: string; organizerUserId: string },
): MeetingParameters {
  const timezone = effectiveTimezone(form, defaults);
  const params: MeetingParameters = {
    requestId: ids.requestId,
    organizerUserId: ids.organizerUserId,
    title: effectiveTitle(form, defaults),
    start: toWallClock(form.date, form.startTime),
    end: endWallClock(form, timezone),
    timezone,
  };
  if (form.locationType) {
    params.locationType = form.locationType;
    const location = effectiveLocation(form, defaults);
    if (location.trim()) params.location = location;
  }
  if (form.description.trim()) params.description = form.description;
  if (form.internalNotes.trim()) params.internalNotes = form.internalNotes;
  if (form.attendeeOwnerIds.length > 0) params.attendeeOwnerIds = [...form.attendeeOwnerIds];
  if (form.activityType) params.activityType = form.activityType;
  if (form.reminders.length > 0) {
    params.reminders = form.reminders.map((preset) => ({ ...REMINDER_PRESETS[preset] }));
    params.includeDescriptionInReminders = form.includeDescriptionInReminders;
  }
  return params;
}

/** The parameters each form input feeds, so an edit clears that field's message. */
export const FIELDS_OF_INPUT = {
  title: ['title'],
  date: ['start', 'end'],
  startTime: ['start', 'end'],
  duration: ['end'],
  endTime: ['end'],
  timezone: ['timezone', 'start', 'end'],
  locationType: ['locationType', 'location'],
  location: ['location'],
  description: ['description'],
  internalNotes: ['internalNotes'],
  attendeeOwnerIds: ['attendeeOwnerIds'],
  activityType: ['activityType'],
  reminders: ['reminders'],
  includeDescriptionInReminders: ['includeDescriptionInReminders'],
} as const satisfies Record<keyof BookingForm, readonly MeetingField[]>;
