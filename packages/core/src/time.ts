import { LIMITS } from './limits';

// Time zones with the runtime's own IANA database (Intl) only: the card bundles this module, and
// @internationalized/date cost it 12.7 KB. time.test.ts checks every conversion here against
// @internationalized/date, over random instants in every zone the runtime knows.

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

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

/**
 * Parses "YYYY-MM-DDTHH:mm" strictly: no overflow (Feb 30), no seconds, years within LIMITS.
 * Returns the wall clock's fields read as if UTC, in epoch ms (a "floating" time), or null.
 */
export function parseWallClock(wallClock: string): number | null {
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
  const floating = Date.UTC(year, month - 1, day, hour, minute);
  // Date.UTC rolls Feb 30 over into March: a changed day means the date does not exist.
  if (new Date(floating).getUTCDate() !== day) return null;
  return floating;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock at `instant` in `timeZone`, its fields read as UTC (epoch ms, whole minutes). */
function floatingAt(instant: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    if (formatters.size < 500) formatters.set(timeZone, format);
  }
  const fields: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) fields[part.type] = Number(part.value);
  const floating = Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour! % 24, fields.minute!);
  // Offsets with seconds (before 1900) are not ours to care about: minutes are what the form has.
  return floating + (instant % MINUTE < 0 ? (instant % MINUTE) + MINUTE : instant % MINUTE);
}

/** The zone's offset from UTC at `instant`, in ms (Tokyo: +9 h). */
export function offsetAt(instant: number, timeZone: string): number {
  return floatingAt(instant, timeZone) - instant;
}

/**
 * Converts a wall-clock time in a zone to a UTC instant. A time that does not exist in the zone
 * (the hour skipped when clocks go forward) is refused; a repeated one (clocks go back) resolves to
 * the earlier instant, which is what a rep reading their calendar means first.
 */
export function wallClockToUtc(wallClock: string, timeZone: string): WallClockToUtcResult {
  const floating = parseWallClock(wallClock);
  if (floating === null) return { ok: false, code: 'invalid_format' };
  if (!isValidTimeZone(timeZone)) return { ok: false, code: 'invalid_time_zone' };
  const instant = instantOf(floating, timeZone);
  if (instant === null) return { ok: false, code: 'nonexistent_local_time' };
  return { ok: true, utc: toUtcIso(new Date(instant)) };
}

/** The earliest instant whose wall clock in `timeZone` is `floating`, or null when none is. */
function instantOf(floating: number, timeZone: string): number | null {
  // Any instant showing `floating` is `floating - offset` for an offset the zone has within a day
  // of it (offsets span -12 h..+14 h), so the offsets either side of that window cover them all.
  let earliest: number | null = null;
  for (const around of [-26, 0, 26]) {
    const candidate = floating - offsetAt(floating + around * HOUR, timeZone);
    if (floatingAt(candidate, timeZone) === floating && (earliest === null || candidate < earliest))
      earliest = candidate;
  }
  return earliest;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The wall-clock "YYYY-MM-DDTHH:mm" of a UTC instant in a zone (for showing the contact's local time). */
export function utcToWallClock(utcIso: string, timeZone: string): string {
  const local = new Date(floatingAt(Date.parse(utcIso), timeZone));
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** "2026-03-12T14:00:00Z": the format HubSpot's meeting properties take, without milliseconds. */
export function toUtcIso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Minutes between two UTC instants. */
export function minutesBetween(startUtc: string, endUtc: string): number {
  return (Date.parse(endUtc) - Date.parse(startUtc)) / MINUTE;
}
