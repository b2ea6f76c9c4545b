import { utcToWallClock, wallClockToUtc } from './time';

// Free slots for a meeting of any duration, from what a HubSpot scheduling page says: its free start times
// for the durations it offers, the windows they cover and every member's busy times. The server reads the
// page and computes the free intervals; the card only steps through them when the rep changes the
// duration (nextFreeSlots), so the rest stays out of its bundle. Runtime Intl only.

const MINUTE = 60_000;

/** [start, end) in epoch ms. */
export interface TimeRange {
  start: number;
  end: number;
}

/** What the server learned about the organizer's free time, compact enough to send to the card. */
export type SlotSource =
  | {
      kind: 'link';
      link: { slug: string; name: string; url: string };
      /** The page's own free start times per duration it offers (the next few, sorted, none busy), in epoch ms. */
      offered: Array<{ minutes: number; starts: number[] }>;
      /** Bookable windows: the union of the page's availabilities over every duration it offers. */
      windows: TimeRange[];
      /**
       * The windows minus the busy times (freeIntervals), each start on its window's grid: the server
       * computes them, so the card only steps through them (nextFreeSlots) for a duration the page lacks.
       */
      free: TimeRange[];
      /** Every member's busy times (empty for an offline calendar: HubSpot cannot read it). */
      busy: TimeRange[];
      /** HubSpot has lost the connection to a member's calendar (isOffline). */
      offline: boolean;
      /** The page has free times past the windows sent (later months). */
      hasMore: boolean;
    }
  | {
      kind: 'none';
      /** no_link: the organizer has no scheduling page; missing_scope: the app may not read them; unavailable: HubSpot did not answer. */
      reason: 'no_link' | 'missing_scope' | 'unavailable';
    };

export interface SlotOptions {
  /** Nothing starts before this (epoch ms). */
  now: number;
  /** At most this many slots. Default 8. */
  limit?: number;
  /** Computed start times step by this many minutes from each window's start. Default 15. */
  stepMinutes?: number;
}

export const DEFAULT_SLOT_LIMIT = 8;
export const DEFAULT_STEP_MINUTES = 15;

const overlaps = (a: TimeRange, b: TimeRange) => a.start < b.end && b.start < a.end;

/** Sorted, non-overlapping union of `ranges` (touching ranges are joined). */
export function mergeRanges(ranges: readonly TimeRange[]): TimeRange[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const merged: TimeRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/**
 * Free slots of `minutes` inside `windows`, none overlapping `busy`, none starting before `now`:
 * starts step by `stepMinutes` from each window's start, so they keep the page's own grid.
 */
export function slotsInWindows(
  windows: readonly TimeRange[],
  busy: readonly TimeRange[],
  minutes: number,
  options: SlotOptions,
): TimeRange[] {
  const limit = options.limit ?? DEFAULT_SLOT_LIMIT;
  const step = (options.stepMinutes ?? DEFAULT_STEP_MINUTES) * MINUTE;
  const duration = minutes * MINUTE;
  const blocked = mergeRanges(busy);
  const slots: TimeRange[] = [];
  if (!(duration > 0) || !(step > 0) || limit <= 0) return slots;
  for (const window of mergeRanges(windows)) {
    // The first grid point not before `now`.
    const skip = options.now > window.start ? Math.ceil((options.now - window.start) / step) : 0;
    for (let start = window.start + skip * step; start + duration <= window.end; start += step) {
      const slot = { start, end: start + duration };
      const hit = blocked.find((b) => overlaps(b, slot));
      if (hit) {
        // Jump to the first grid point at or after the busy block's end.
        start = window.start + Math.ceil((hit.end - window.start) / step) * step - step;
        continue;
      }
      slots.push(slot);
      if (slots.length >= limit) return slots;
    }
  }
  return slots;
}

/**
 * The next free slots for a meeting of `minutes`: the page's own start times when it offers that
 * duration (still checked against the busy times, which may be newer), else computed from its windows
 * and busy times. No scheduling page: none (the card keeps working with typed times).
 */
export function freeSlots(source: SlotSource, minutes: number, options: SlotOptions): TimeRange[] {
  if (source.kind !== 'link') return [];
  const limit = options.limit ?? DEFAULT_SLOT_LIMIT;
  const offered = source.offered.find((o) => o.minutes === minutes);
  if (offered) {
    const busy = mergeRanges(source.busy);
    return offered.starts
      .map((start) => ({ start, end: start + minutes * MINUTE }))
      .filter((slot) => slot.start >= options.now && !busy.some((b) => overlaps(b, slot)))
      .sort((a, b) => a.start - b.start)
      .slice(0, limit);
  }
  return slotsInWindows(source.windows, source.busy, minutes, options);
}

/**
 * The busy-free parts of `windows`, each start moved up to the first point of its window's grid (every
 * `stepMinutes` from the window's start): the slots of any duration are then the grid points that fit.
 */
export function freeIntervals(
  windows: readonly TimeRange[],
  busy: readonly TimeRange[],
  stepMinutes: number = DEFAULT_STEP_MINUTES,
): TimeRange[] {
  const step = stepMinutes * MINUTE;
  const blocked = mergeRanges(busy);
  const free: TimeRange[] = [];
  for (const window of mergeRanges(windows)) {
    let from = window.start;
    const keep = (end: number) => {
      const start = window.start + Math.ceil((from - window.start) / step) * step;
      if (end > start) free.push({ start, end });
    };
    for (const block of blocked) {
      if (block.end <= from || block.start >= window.end) continue;
      keep(Math.min(block.start, window.end));
      from = Math.max(from, block.end);
      if (from >= window.end) break;
    }
    if (from < window.end) keep(window.end);
  }
  return free;
}

/**
 * The card's part of free slots (the server did the rest): the page's own start times when it offers
 * `minutes`, else the grid points of the free intervals that fit a meeting of `minutes`; none before `now`.
 */
export function nextFreeSlots(source: SlotSource, minutes: number, now: number, limit: number): TimeRange[] {
  const length = minutes * MINUTE;
  if (source.kind !== 'link' || !(length > 0)) return [];
  const step = DEFAULT_STEP_MINUTES * MINUTE;
  const offered = source.offered.find((o) => o.minutes === minutes);
  const starts = offered ? offered.starts.filter((start) => start >= now) : [];
  if (!offered)
    for (const free of source.free)
      for (
        let start = free.start + Math.max(0, Math.ceil((now - free.start) / step)) * step;
        start + length <= free.end && starts.length < limit;
        start += step
      )
        starts.push(start);
  return starts.slice(0, limit).map((start) => ({ start, end: start + length }));
}

export interface WorkingHours {
  /** ISO weekdays, 1 = Monday .. 7 = Sunday. Default Monday to Friday. */
  weekdays?: number[];
  /** Wall-clock 'HH:MM'. Default 09:00 and 17:00. */
  start?: string;
  end?: string;
}

/**
 * Working-hour windows in `timeZone` for `days` calendar days from the day `from` falls on: each starts
 * at `start` and ends at `end` on that day's wall clock, so a DST day's window is an hour longer or
 * shorter. A start that does not exist that day (a DST gap) moves to the first minute that does.
 */
export function workingWindows(
  timeZone: string,
  from: number,
  days: number,
  hours: WorkingHours = {},
): TimeRange[] {
  const weekdays = hours.weekdays ?? [1, 2, 3, 4, 5];
  const first = utcToWallClock(new Date(from).toISOString(), timeZone).slice(0, 10);
  const windows: TimeRange[] = [];
  for (let i = 0; i < days; i += 1) {
    const date = new Date(Date.parse(`${first}T00:00:00Z`) + i * 86_400_000);
    const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
    if (!weekdays.includes(weekday)) continue;
    const day = date.toISOString().slice(0, 10);
    const start = instantOfWallClock(`${day}T${hours.start ?? '09:00'}`, timeZone);
    const end = instantOfWallClock(`${day}T${hours.end ?? '17:00'}`, timeZone);
    if (start !== null && end !== null && end > start) windows.push({ start, end });
  }
  return windows;
}

/** The instant of a wall clock in a zone; in a DST gap, the first existing minute after it. */
function instantOfWallClock(wallClock: string, timeZone: string): number | null {
  const base = Date.parse(`${wallClock}:00Z`);
  for (let shift = 0; shift <= 180; shift += 15) {
    const candidate = new Date(base + shift * MINUTE).toISOString().slice(0, 16);
    const result = wallClockToUtc(candidate, timeZone);
    if (result.ok) return Date.parse(result.utc);
  }
  return null;
}
