import type { HubSpotApi } from './hubspot-api';
import { isSuccess } from './hubspot-error';
import { sendRead, type ReadOptions } from './send-read';

export interface MeetingFingerprint {
  ownerId: string;
  contactId: string;
  startUtc: string;
  title: string;
  /** Epoch ms of the first create attempt: older look-alikes were booked on purpose, not by us. */
  attemptedSince: number;
}

export type SearchOutcome =
  { kind: 'found'; meetingId: string } | { kind: 'absent' } | { kind: 'failed'; reason: string };

/** HubSpot's clock and ours may disagree a little; a meeting created by our attempt is never older than this. */
const CLOCK_SKEW_MS = 2 * 60_000;

/**
 * Looks for the meeting an ambiguous create may have made: same owner, contact, start and title,
 * created since the first attempt. No marker is written into the meeting, so nothing extra shows to reps.
 * HubSpot's search index lags a few seconds behind writes: "absent" means "not visible yet" until
 * the caller has waited long enough.
 */
export async function findCreatedMeeting(
  api: HubSpotApi,
  fingerprint: MeetingFingerprint,
  options: ReadOptions,
): Promise<SearchOutcome> {
  let response;
  try {
    response = await sendRead(
      api,
      {
        method: 'POST',
        path: '/crm/objects/2026-03/meetings/search',
        body: {
          filterGroups: [
            {
              filters: [
                { propertyName: 'hubspot_owner_id', operator: 'EQ', value: fingerprint.ownerId },
                { propertyName: 'associations.contact', operator: 'EQ', value: fingerprint.contactId },
                {
                  propertyName: 'hs_meeting_start_time',
                  operator: 'EQ',
                  value: String(Date.parse(fingerprint.startUtc)),
                },
                {
                  propertyName: 'hs_createdate',
                  operator: 'GTE',
                  value: String(fingerprint.attemptedSince - CLOCK_SKEW_MS),
                },
              ],
            },
          ],
          properties: ['hs_meeting_title', 'hs_meeting_start_time', 'hubspot_owner_id', 'hs_createdate'],
          sorts: [{ propertyName: 'hs_createdate', direction: 'ASCENDING' }],
          limit: 20,
        },
      },
      options,
    );
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
  if (!isSuccess(response)) return { kind: 'failed', reason: `search answered ${response.status}` };
  const results =
    (response.body as { results?: { id: string; properties?: Record<string, string | null> }[] }).results ??
    [];
  // Title equality is checked here, exactly: HubSpot's EQ on text is token-based and case-insensitive.
  const match = results.find((meeting) => meeting.properties?.hs_meeting_title === fingerprint.title);
  return match ? { kind: 'found', meetingId: String(match.id) } : { kind: 'absent' };
}
