// Dates and times for the rep's locale, with Intl only (no date library in the card bundle).

const SLOT_OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

/** "Thu, Mar 12, 2026, 10:00 – 10:30 AM EDT" for a meeting's UTC instants seen in `timeZone`. */
export function formatMeetingRange(
  startUtc: string,
  endUtc: string,
  timeZone: string,
  locale: string,
): string {
  const format = new Intl.DateTimeFormat(locale, { ...SLOT_OPTIONS, timeZone });
  return format.formatRange(new Date(startUtc), new Date(endUtc));
}

/** "Thu, Mar 12, 2026, 3:00 PM GMT" for one UTC instant seen in `timeZone`. */
export function formatInstant(utc: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { ...SLOT_OPTIONS, timeZone }).format(new Date(utc));
}
