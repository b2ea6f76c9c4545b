import { utcToWallClock } from './time';
import { mergeRanges, type TimeRange } from './slots';

// Warnings before booking (never blocks): the organizer is busy then, or the contact already has a
// meeting that overlaps or is on the same day with the same title.

/** One of the contact's meetings, as the card lists it (read from the primary store). */
export interface ContactMeeting {
  id: string;
  title: string;
  startUtc: string;
  endUtc: string;
  /** hs_meeting_outcome, e.g. SCHEDULED; CANCELED meetings never conflict. */
  outcome: string;
  /** The calendar event's link when HubSpot has one (hs_meeting_external_url). */
  url?: string;
}

export type Conflict =
  | { kind: 'organizer_busy'; start: number; end: number }
  | { kind: 'contact_overlap'; meeting: ContactMeeting }
  | { kind: 'contact_same_day_title'; meeting: ContactMeeting };

export interface PlannedMeeting {
  startUtc: string;
  endUtc: string;
  title: string;
  /** The zone whose calendar day "same day" means (the one the rep is booking in). */
  timeZone: string;
}

const sameTitle = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLocaleLowerCase() === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

export function findConflicts(
  planned: PlannedMeeting,
  known: { busy: readonly TimeRange[]; contactMeetings: readonly ContactMeeting[] },
): Conflict[] {
  const start = Date.parse(planned.startUtc);
  const end = Date.parse(planned.endUtc);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return [];
  const conflicts: Conflict[] = [];
  for (const busy of mergeRanges(known.busy)) {
    if (busy.start < end && start < busy.end) conflicts.push({ kind: 'organizer_busy', ...busy });
  }
  const day = utcToWallClock(planned.startUtc, planned.timeZone).slice(0, 10);
  for (const meeting of known.contactMeetings) {
    if (meeting.outcome === 'CANCELED') continue;
    const mStart = Date.parse(meeting.startUtc);
    const mEnd = Date.parse(meeting.endUtc);
    if (mStart < end && start < mEnd) {
      conflicts.push({ kind: 'contact_overlap', meeting });
    } else if (
      planned.title.trim() !== '' &&
      sameTitle(meeting.title, planned.title) &&
      utcToWallClock(meeting.startUtc, planned.timeZone).slice(0, 10) === day
    ) {
      conflicts.push({ kind: 'contact_same_day_title', meeting });
    }
  }
  return conflicts;
}
