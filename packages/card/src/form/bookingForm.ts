import { isValidTimeZone, utcToWallClock, wallClockToUtc } from '@meeting-card/core';
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

const MINUTE = 60_000;

/** The instant a date and a time mean in `timeZone` (epoch ms), or null while it cannot be known. */
export function instantOf(date: DateValue | null, time: TimeValue | null, timeZone: string): number | null {
  const converted = wallClockToUtc(toWallClock(date, time), timeZone);
  return converted.ok ? Date.parse(converted.utc) : null;
}

/** The date and time the clocks in `timeZone` show at `instant`. */
export function slotAt(instant: number, timeZone: string): { date: DateValue; time: TimeValue } {
  const [y, m, d, h, min] = utcToWallClock(new Date(instant).toISOString(), timeZone)
    .split(/[-T:]/)
    .map(Number) as [number, number, number, number, number];
  return { date: { year: y, month: m - 1, date: d }, time: { hours: h, minutes: min } };
}

/**
 * The default slot: the next half hour on the clocks of `timeZone` that is at least 15 minutes away
 * (HubSpot's own meeting dialog starts at the next slot too).
 */
export function nextSlot(now: number, timeZone: string): { date: DateValue; time: TimeValue } {
  const soonest = slotAt(now + 15 * MINUTE, timeZone);
  const floating = Date.UTC(
    soonest.date.year,
    soonest.date.month,
    soonest.date.date,
    soonest.time.hours,
    soonest.time.minutes,
  );
  const halfHour = 30 * MINUTE;
  const rounded = new Date(Math.ceil(floating / halfHour) * halfHour);
  return {
    date: { year: rounded.getUTCFullYear(), month: rounded.getUTCMonth(), date: rounded.getUTCDate() },
    time: { hours: rounded.getUTCHours(), minutes: rounded.getUTCMinutes() },
  };
}

/**
 * The form with its clock times moved to `to` so that they mean the same instants they meant in
 * `from`: changing the zone never moves the meeting. Times that do not convert stay as typed.
 */
export function inZone(form: BookingForm, from: string, to: string): BookingForm {
  const start = instantOf(form.date, form.startTime, from);
  if (start === null || from === to) return { ...form, timezone: to };
  const moved = slotAt(start, to);
  const next: BookingForm = { ...form, timezone: to, date: moved.date, startTime: moved.time };
  const end = form.duration === 'custom' ? customEndInstant(form, from) : null;
  if (end !== null) next.endTime = slotAt(end, to).time;
  return next;
}

/**
 * A chosen end time as a wall clock: on the start's date, or on the next day when it is not after
 * the start (23:30 to 00:30 ends after midnight).
 */
export function customEndWallClock(form: BookingForm): string {
  if (!form.date || !form.startTime || !form.endTime) return '';
  const { hours, minutes } = form.endTime;
  const nextDay = hours * 60 + minutes <= form.startTime.hours * 60 + form.startTime.minutes;
  const day = new Date(Date.UTC(form.date.year, form.date.month, form.date.date + (nextDay ? 1 : 0)));
  return toWallClock(
    { year: day.getUTCFullYear(), month: day.getUTCMonth(), date: day.getUTCDate() },
    form.endTime,
  );
}

function customEndInstant(form: BookingForm, timeZone: string): number | null {
  const converted = wallClockToUtc(customEndWallClock(form), timeZone);
  return converted.ok ? Date.parse(converted.utc) : null;
}

/** The meeting's end instant as the form describes it, or null while it cannot be known. */
export function endInstant(form: BookingForm, timeZone: string): number | null {
  if (form.duration === 'custom') return customEndInstant(form, timeZone);
  const start = instantOf(form.date, form.startTime, timeZone);
  return start === null ? null : start + form.duration * MINUTE;
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
    timezone,
  };
  // A preset is a duration (elapsed time, whatever the clocks do); a chosen end is a clock time.
  if (form.duration === 'custom') params.end = customEndWallClock(form);
  else params.durationMinutes = form.duration;
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
  date: ['start', 'end', 'reminders'],
  startTime: ['start', 'end', 'reminders'],
  duration: ['end', 'durationMinutes'],
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

/** A new form whose date and time are the next slot in `timeZone`. */
export function freshForm(now: number, timeZone: string): BookingForm {
  // An account zone the runtime does not know: no default, the rep picks a zone and a time.
  if (!isValidTimeZone(timeZone)) return EMPTY_FORM;
  const slot = nextSlot(now, timeZone);
  return { ...EMPTY_FORM, date: slot.date, startTime: slot.time };
}
