import { MEETING_PROPERTIES, mappedValues, type TrustedIds } from '../meeting-properties';
import type { MeetingInput } from '../types';
import { isCallFailure, type ApiResponse, type HubSpotApi } from './hubspot-api';
import { isSuccess } from './hubspot-error';
import { sendRead, type ReadOptions } from './send-read';

/** What identifies the meeting one create call may have made. No marker is written into the meeting. */
export interface MeetingFingerprint {
  contactId: string;
  /** hubspot_owner_id, hs_meeting_start_time, hs_meeting_title, as sent (MEETING_PROPERTIES `identifies`). */
  identifying: Record<string, string>;
  /** Epoch ms: a look-alike created before this (less CLOCK_SKEW_MS) was booked on purpose, not by us. */
  createdSince: number;
}

export function meetingFingerprint(
  input: MeetingInput,
  trusted: TrustedIds,
  createdSince: number,
): MeetingFingerprint {
  const sent = mappedValues(input, trusted, 'properties');
  const identifying: Record<string, string> = {};
  for (const mapping of MEETING_PROPERTIES)
    if (mapping.identifies && mapping.in === 'properties')
      identifying[mapping.name] = String(sent[mapping.name]);
  return { contactId: trusted.contactId, identifying, createdSince };
}

/**
 * One read's verdict. `absent` from the primary store means every meeting associated with the
 * contact was read and none matches; from search it only means "not visible (yet)". `unknown` is
 * any read that failed, answered 404, or could not be completed: never taken as absent.
 */
export type ReadVerdict =
  { kind: 'found'; meetingId: string } | { kind: 'absent' } | { kind: 'unknown'; reason: string };

/** HubSpot's clock and ours may disagree a little; a meeting our attempt made is never older than this. */
export const CLOCK_SKEW_MS = 2 * 60_000;
/** Associations per page (HubSpot's maximum) and meetings per batch read (HubSpot's maximum). */
const ASSOCIATION_PAGE_SIZE = 500;
const BATCH_READ_SIZE = 100;
/** Past this many meetings on one contact, the primary store is not read through: absence stays unknown. */
export const MAX_ASSOCIATED_MEETINGS = 1_000;

const READ_PROPERTIES = [
  ...MEETING_PROPERTIES.filter((m) => m.identifies).map((m) => m.name),
  'hs_createdate',
];

interface StoredMeeting {
  id: string;
  createdAt?: string;
  properties?: Record<string, string | null | undefined>;
}

/**
 * The primary store, not the search index: the contact's meeting associations
 * (GET /crm/objects/2026-03/contacts/{id}/associations/meetings, paged), then those meetings by id
 * (POST /crm/objects/2026-03/meetings/batch/read) matched on the fingerprint.
 */
export async function readFromPrimaryStore(
  api: HubSpotApi,
  fingerprint: MeetingFingerprint,
  reads: ReadOptions,
): Promise<ReadVerdict> {
  const ids: string[] = [];
  let after: string | undefined;
  try {
    do {
      const query: Record<string, string> = { limit: String(ASSOCIATION_PAGE_SIZE) };
      if (after) query.after = after;
      const page = await sendRead(
        api,
        {
          method: 'GET',
          path: `/crm/objects/2026-03/contacts/${encodeURIComponent(fingerprint.contactId)}/associations/meetings`,
          query,
        },
        reads,
      );
      if (!isSuccess(page)) return unknown(`associations answered ${page.status}`);
      const body = page.body as { results?: unknown; paging?: { next?: { after?: unknown } } } | null;
      // A 2xx page without its results, or with entries that name no meeting, is "don't know":
      // only a page that lists its associations can say the contact has no meeting of ours.
      if (!Array.isArray(body?.results)) return unknown('associations answered without results');
      for (const result of body.results as unknown[]) {
        const id = (result as { toObjectId?: unknown } | null)?.toObjectId;
        if (typeof id !== 'string' && typeof id !== 'number') return unknown('malformed association');
        ids.push(String(id));
      }
      after = typeof body.paging?.next?.after === 'string' ? body.paging.next.after : undefined;
      if (after && ids.length >= MAX_ASSOCIATED_MEETINGS) return unknown('too many meetings on the contact');
    } while (after);

    let missing = false;
    for (let i = 0; i < ids.length; i += BATCH_READ_SIZE) {
      const batch = ids.slice(i, i + BATCH_READ_SIZE);
      const answer = await sendRead(
        api,
        {
          method: 'POST',
          path: '/crm/objects/2026-03/meetings/batch/read',
          body: {
            inputs: batch.map((id) => ({ id })),
            properties: READ_PROPERTIES,
            propertiesWithHistory: [],
          },
        },
        reads,
      );
      // 207: some ids could not be read (an association visible before its meeting, say).
      if (answer.status !== 200 && answer.status !== 207)
        return unknown(`batch read answered ${answer.status}`);
      const results = readResults(answer);
      const match = results.find((meeting) => matches(meeting, fingerprint));
      if (match) return { kind: 'found', meetingId: String(match.id) };
      const read = new Set(results.map((meeting) => String(meeting.id)));
      if (batch.some((id) => !read.has(id))) missing = true;
    }
    return missing ? unknown('some associated meetings could not be read') : { kind: 'absent' };
  } catch (error) {
    if (isCallFailure(error)) return unknown(error.message);
    throw error;
  }
}

/** The search index, a second signal: it may find the meeting, but its "absent" proves nothing. */
export async function readFromSearch(
  api: HubSpotApi,
  fingerprint: MeetingFingerprint,
  reads: ReadOptions,
): Promise<ReadVerdict> {
  const { identifying } = fingerprint;
  try {
    const answer = await sendRead(
      api,
      {
        method: 'POST',
        path: '/crm/objects/2026-03/meetings/search',
        body: {
          filterGroups: [
            {
              filters: [
                { propertyName: 'hubspot_owner_id', operator: 'EQ', value: identifying.hubspot_owner_id },
                { propertyName: 'associations.contact', operator: 'EQ', value: fingerprint.contactId },
                {
                  propertyName: 'hs_meeting_start_time',
                  operator: 'EQ',
                  value: String(Date.parse(identifying.hs_meeting_start_time ?? '')),
                },
                {
                  propertyName: 'hs_createdate',
                  operator: 'GTE',
                  value: String(fingerprint.createdSince - CLOCK_SKEW_MS),
                },
              ],
            },
          ],
          properties: READ_PROPERTIES,
          sorts: [{ propertyName: 'hs_createdate', direction: 'ASCENDING' }],
          limit: 20,
        },
      },
      reads,
    );
    if (!isSuccess(answer)) return unknown(`search answered ${answer.status}`);
    // Matched exactly here: HubSpot's EQ on text is token-based and case-insensitive.
    const match = readResults(answer).find((meeting) => matches(meeting, fingerprint));
    return match ? { kind: 'found', meetingId: String(match.id) } : { kind: 'absent' };
  } catch (error) {
    if (isCallFailure(error)) return unknown(error.message);
    throw error;
  }
}

/**
 * One verification round: both reads side by side. Found by either is found (a match is a match);
 * otherwise the primary store's verdict, since search's absence proves nothing.
 */
export async function verificationRound(
  api: HubSpotApi,
  fingerprint: MeetingFingerprint,
  reads: ReadOptions,
): Promise<ReadVerdict> {
  const [primary, search] = await Promise.all([
    readFromPrimaryStore(api, fingerprint, reads),
    readFromSearch(api, fingerprint, reads),
  ]);
  if (primary.kind === 'found') return primary;
  if (search.kind === 'found') return search;
  return primary;
}

function unknown(reason: string): ReadVerdict {
  return { kind: 'unknown', reason };
}

function readResults(response: ApiResponse): StoredMeeting[] {
  const results = (response.body as { results?: unknown } | null)?.results;
  return Array.isArray(results) ? (results as StoredMeeting[]).filter((r) => r && r.id !== undefined) : [];
}

function matches(meeting: StoredMeeting, fingerprint: MeetingFingerprint): boolean {
  const props = meeting.properties ?? {};
  for (const [name, value] of Object.entries(fingerprint.identifying)) {
    const stored = props[name];
    if (stored === undefined || stored === null) return false;
    if (name === 'hs_meeting_start_time' ? instant(stored) !== instant(value) : stored !== value)
      return false;
  }
  const created = instant(meeting.createdAt ?? props.hs_createdate ?? '');
  return Number.isFinite(created) && created >= fingerprint.createdSince - CLOCK_SKEW_MS;
}

/** HubSpot answers datetimes as ISO 8601 or as epoch milliseconds, depending on the endpoint. */
function instant(value: string): number {
  return /^\d+$/.test(value) ? Number(value) : Date.parse(value);
}
