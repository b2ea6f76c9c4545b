import { CalendarDateTime, toCalendarDateTime, toZoned, fromAbsolute } from '@internationalized/date';
import { LIMITS } from './limits';

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export type WallClockToUtcResult =
  | { ok: true; utc: string }
  | { ok: false; code: 'invalid_format' | 'invalid_time_zone' | 'nonexistent_local_time' };

const zoneValidity = new Map<string, boolean>();
const MAX_ZONE_NAME_LENGTH = 64;

/** True for a time zone name the runtime's IANA database knows (e.g. "America/Sao_Paulo"). */
export function isValidTimeZone(timeZone: string): boolean {
  // IANA names are short; a long string is refused before it reaches Intl or the cache (memory).
  if (timeZone.length > MAX_ZONE_NAME_LENGTH) return false;
  const known = zoneValidity.get(timeZone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
    valid = true;
  } catch {
    valid = false;
  }
  if (zoneValidity.size < 1000) zoneValidity.set(timeZone, valid);
  return valid;
}

/** Parses "YYYY-MM-DDTHH:mm" strictly: no overflow (Feb 30), no seconds, years within LIMITS. */
export function parseWallClock(wallClock: string): CalendarDateTime | null {
  const match = WALL_CLOCK.exec(wallClock);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < LIMITS.minYear || year > LIMITS.maxYear) return null;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || day < 1) return null;
  const parsed = new CalendarDateTime(year, month, day, hour, minute);
  // CalendarDateTime constrains out-of-range days (Feb 30 -> Feb 28); a changed day means the date does not exist.
  if (parsed.day !== day) return null;
  return parsed;
}

/**
 * Converts a wall-clock time in a zone to a UTC instant. A time that does not exist in the zone
 * (the hour skipped when clocks go forward) is refused; a repeated one (clocks go back) resolves to
 * the earlier instant, which is what a rep reading their calendar means first.
 */
export function wallClockToUtc(wallClock: string, timeZone: string): WallClockToUtcResult {
  const local = parseWallClock(wallClock);
  if (!local) return { ok: false, code: 'invalid_format' };
  if (!isValidTimeZone(timeZone)) return { ok: false, code: 'invalid_time_zone' };
  const zoned = toZoned(local, timeZone, 'earlier');
  if (toCalendarDateTime(zoned).compare(local) !== 0) return { ok: false, code: 'nonexistent_local_time' };
  return { ok: true, utc: toUtcIso(zoned.toDate()) };
}

/** The wall-clock "YYYY-MM-DDTHH:mm" of a UTC instant in a zone (for showing the contact's local time). */
export function utcToWallClock(utcIso: string, timeZone: string): string {
  const local = fromAbsolute(Date.parse(utcIso), timeZone);
  // Formatted by hand: the library's toString() would add ~1 KB to the card's bundle.
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}`;
}

/** "2026-03-12T14:00:00Z": the format HubSpot's meeting properties take, without milliseconds. */
export function toUtcIso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Minutes from one ISO 8601 UTC instant to another (negative when `endUtc` is earlier; NaN if either does not parse). */
export function minutesBetween(startUtc: string, endUtc: string): number {
  return (Date.parse(endUtc) - Date.parse(startUtc)) / 60_000;
}
