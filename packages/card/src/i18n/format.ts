import { placeName } from '../form/timeZones';

// Dates and times for the rep's locale, with Intl only (no date library in the card bundle). The
// zone is named by its place ("São Paulo"), not "GMT-3": an offset says little to a rep.
const SLOT_OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
};

/** "Thu, Mar 12, 2026, 10:00 – 10:30 AM (New York)" for a meeting's UTC instants seen in `timeZone`. */
export function formatMeetingRange(
  startUtc: string | number,
  endUtc: string | number,
  timeZone: string,
  locale: string,
): string {
  const format = new Intl.DateTimeFormat(locale, { ...SLOT_OPTIONS, timeZone });
  return `${format.formatRange(new Date(startUtc), new Date(endUtc))} (${placeName(timeZone)})`;
}

/** "Thu, Mar 12, 2026, 3:00 PM (London)" for one UTC instant seen in `timeZone`. */
export function formatInstant(utc: string | number, timeZone: string, locale: string): string {
  return `${new Intl.DateTimeFormat(locale, { ...SLOT_OPTIONS, timeZone }).format(new Date(utc))} (${placeName(timeZone)})`;
}
