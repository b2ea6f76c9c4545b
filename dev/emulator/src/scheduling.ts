// What a meeting link's availability page answers: free start times per duration inside the link's working
// hours and rolling window, minus every member's busy blocks (seeded blocks and the meetings they organize).
import { isVisible } from './context';
import type { SeedAccount, SeedMeetingLink, StoredMeeting } from './types';
import { addDays, civilOf, isoWeekday, minutesOf, zonedToUtc, type CivilDate } from './zoned-time';

export interface TimeRange {
  start: number;
  end: number;
}

/** Start times step by this much (HubSpot's default "start time increment" on a scheduling page). */
export const START_INCREMENT_MINUTES = 15;

/** The month `monthOffset` months after the current one in `timeZone`: [first instant, first instant of the next). */
export function monthWindow(now: number, timeZone: string, monthOffset: number): TimeRange {
  const today = civilOf(now, timeZone);
  const first = new Date(Date.UTC(today.year, today.month - 1 + monthOffset, 1));
  const next = new Date(Date.UTC(today.year, today.month + monthOffset, 1));
  const civil = (d: Date): CivilDate => ({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: 1,
  });
  return { start: zonedToUtc(civil(first), 0, timeZone), end: zonedToUtc(civil(next), 0, timeZone) };
}

/** A user's busy ranges overlapping `window`: seeded blocks plus the meetings they organize (not canceled). */
export function busyTimesOf(
  account: SeedAccount,
  meetings: StoredMeeting[],
  userId: string,
  window: TimeRange,
  now: number,
): TimeRange[] {
  const ranges: TimeRange[] = [];
  for (const block of account.busyBlocks ?? []) {
    if (block.userId !== userId) continue;
    const day = addDays(civilOf(now, block.timeZone), block.dayOffset);
    ranges.push({
      start: zonedToUtc(day, minutesOf(block.start), block.timeZone),
      end: zonedToUtc(day, minutesOf(block.end), block.timeZone),
    });
  }
  const ownerIds = new Set(account.owners.filter((o) => o.userId === userId).map((o) => o.id));
  for (const m of meetings) {
    if (!isVisible(m, 'objectRead', now)) continue;
    if (m.organizerUserId !== userId && !ownerIds.has(m.properties.hubspot_owner_id ?? '')) continue;
    if (m.properties.hs_meeting_outcome === 'CANCELED') continue;
    const start = Date.parse(m.properties.hs_meeting_start_time ?? '');
    const end = Date.parse(m.properties.hs_meeting_end_time ?? '');
    if (Number.isFinite(start) && Number.isFinite(end)) ranges.push({ start, end });
  }
  return ranges
    .filter((r) => r.end > window.start && r.start < window.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Free slots of `durationMinutes` on the link's working days in `window`, none overlapping `busy`. */
export function freeSlots(
  link: SeedMeetingLink,
  durationMinutes: number,
  window: TimeRange,
  busy: TimeRange[],
): TimeRange[] {
  const hours = link.workingHours;
  const slots: TimeRange[] = [];
  const duration = durationMinutes * 60_000;
  let day: CivilDate = civilOf(window.start, hours.timeZone);
  for (let i = 0; i < 62; i += 1, day = addDays(day, 1)) {
    const dayStart = zonedToUtc(day, 0, hours.timeZone);
    if (dayStart >= window.end) break;
    if (!hours.weekdays.includes(isoWeekday(day))) continue;
    const open = zonedToUtc(day, minutesOf(hours.start), hours.timeZone);
    const close = zonedToUtc(day, minutesOf(hours.end), hours.timeZone);
    for (let start = open; start + duration <= close; start += START_INCREMENT_MINUTES * 60_000) {
      const end = start + duration;
      if (start < window.start || end > window.end) continue;
      if (busy.some((b) => b.start < end && b.end > start)) continue;
      slots.push({ start, end });
    }
  }
  return slots;
}
