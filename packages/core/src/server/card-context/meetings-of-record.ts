import type { ContactMeeting } from '../../conflicts';
import type { HubSpotApi } from '../hubspot-api';
import { isSuccess } from '../hubspot-error';
import { sendRead, type ReadOptions } from '../send-read';

/** HubSpot's batch read takes at most 100 ids. */
export const MAX_MEETINGS_READ = 100;
const LOOK_BACK_MS = 24 * 60 * 60_000;
const MEETING_PROPERTIES = [
  'hs_meeting_title',
  'hs_meeting_start_time',
  'hs_meeting_end_time',
  'hs_meeting_outcome',
  'hs_meeting_external_url',
];

interface BatchAnswer {
  results?: Array<{ id?: string | number; properties?: Record<string, string | null> }>;
}

/**
 * The record's meetings from a day before `now` on, not canceled, by start time: one batch read
 * (POST /crm/objects/2026-03/meetings/batch/read) of the associated ids, never search, so a meeting booked
 * a moment ago is there. Past 100 associated meetings, the 100 newest ids are read (ids grow with creation,
 * and upcoming meetings are mostly recent bookings). A 207 (some ids gone) still gives the rest.
 */
export async function meetingsOfRecord(
  api: HubSpotApi,
  meetingIds: string[],
  now: number,
  reads: ReadOptions,
): Promise<{ ok: true; meetings: ContactMeeting[] } | { ok: false }> {
  if (!meetingIds.length) return { ok: true, meetings: [] };
  const ids = [...meetingIds]
    .sort((a, b) => (BigInt(a) < BigInt(b) ? 1 : BigInt(a) > BigInt(b) ? -1 : 0))
    .slice(0, MAX_MEETINGS_READ);
  const response = await sendRead(
    api,
    {
      method: 'POST',
      path: '/crm/objects/2026-03/meetings/batch/read',
      body: { inputs: ids.map((id) => ({ id })), properties: MEETING_PROPERTIES },
    },
    reads,
  );
  if (!isSuccess(response)) return { ok: false };
  const meetings: ContactMeeting[] = [];
  for (const result of (response.body as BatchAnswer).results ?? []) {
    const p = result.properties ?? {};
    const start = Date.parse(p.hs_meeting_start_time ?? '');
    const end = Date.parse(p.hs_meeting_end_time ?? '');
    if (!Number.isFinite(start) || !Number.isFinite(end) || end < now - LOOK_BACK_MS) continue;
    const outcome = p.hs_meeting_outcome ?? 'SCHEDULED';
    if (outcome === 'CANCELED') continue;
    meetings.push({
      id: String(result.id),
      title: p.hs_meeting_title ?? '',
      startUtc: new Date(start).toISOString(),
      endUtc: new Date(end).toISOString(),
      outcome,
      ...(p.hs_meeting_external_url ? { url: p.hs_meeting_external_url } : {}),
    });
  }
  meetings.sort((a, b) => Date.parse(a.startUtc) - Date.parse(b.startUtc));
  return { ok: true, meetings };
}
