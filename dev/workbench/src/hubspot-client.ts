// The workbench's own reads from the HubSpot API (or the emulator): the contact record, its
// meetings for the timeline, and the owners. The same calls work against real HubSpot.

export interface ContactRecord {
  id: string;
  properties: Record<string, string | null>;
}

export interface TimelineMeeting {
  id: string;
  title: string;
  startUtc: string | null;
  endUtc: string | null;
  timezone: string | null;
  organizer: string | null;
  attendees: string[];
  outcome: string | null;
  location: string | null;
}

export interface OwnerRecord {
  id: string;
  userId?: number | string;
  email?: string;
  firstName?: string;
  lastName?: string;
}

export class HubSpotReadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const MEETING_PROPERTIES = [
  'hs_meeting_title',
  'hs_meeting_start_time',
  'hs_meeting_end_time',
  'hubspot_owner_id',
  'hs_attendee_owner_ids',
  'hs_meeting_outcome',
  'hs_meeting_location',
  'hs_timestamp',
];

export function createHubSpotReader(baseUrl: string, token: string) {
  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, retries = 2): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    // HubSpot limits calls per second: wait and ask again rather than fail the page.
    if (response.status === 429 && retries > 0) {
      const seconds = Number(response.headers.get('retry-after')) || 1;
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      return call<T>(method, path, body, retries - 1);
    }
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as unknown) : undefined;
    if (!response.ok) {
      const message = (parsed as { message?: string } | undefined)?.message ?? response.statusText;
      throw new HubSpotReadError(
        `HubSpot answered ${response.status} to ${method} ${path.split('?')[0]}: ${message}`,
        response.status,
      );
    }
    return parsed as T;
  }

  return {
    async contact(id: string, properties: string[]): Promise<ContactRecord> {
      const query = properties.length ? `?properties=${encodeURIComponent(properties.join(','))}` : '';
      const record = await call<ContactRecord>(
        'GET',
        `/crm/objects/2026-03/contacts/${encodeURIComponent(id)}${query}`,
      );
      return { id: String(record.id), properties: record.properties ?? {} };
    },

    async listContacts(properties: string[]): Promise<ContactRecord[]> {
      const page = await call<{ results: ContactRecord[] }>(
        'GET',
        `/crm/objects/2026-03/contacts?limit=50&properties=${encodeURIComponent(properties.join(','))}`,
      );
      return page.results.map((c) => ({ id: String(c.id), properties: c.properties ?? {} }));
    },

    /**
     * The contact's meetings, newest first. Read as HubSpot's record timeline is, from the primary store
     * (associations, then batch read), not from search, whose index lags writes by seconds to minutes.
     */
    async meetingsOf(contactId: string): Promise<TimelineMeeting[]> {
      const ids: string[] = [];
      let after: string | undefined;
      do {
        const page = await call<{
          results: Array<{ toObjectId: string | number }>;
          paging?: { next?: { after: string } };
        }>(
          'GET',
          `/crm/objects/2026-03/contacts/${encodeURIComponent(contactId)}/associations/meetings?limit=500${after ? `&after=${encodeURIComponent(after)}` : ''}`,
        );
        ids.push(...page.results.map((r) => String(r.toObjectId)));
        after = page.paging?.next?.after;
      } while (after);
      const meetings: Array<{ id: string; properties: Record<string, string | null> }> = [];
      for (let i = 0; i < ids.length; i += 100) {
        // 207 (some ids not readable yet) is still an answer: the rest are shown.
        const batch = await call<{ results: typeof meetings }>(
          'POST',
          '/crm/objects/2026-03/meetings/batch/read',
          {
            inputs: ids.slice(i, i + 100).map((id) => ({ id })),
            properties: MEETING_PROPERTIES,
            propertiesWithHistory: [],
          },
        );
        meetings.push(...batch.results);
      }
      const startOf = (m: (typeof meetings)[number]) =>
        Date.parse(m.properties.hs_meeting_start_time ?? m.properties.hs_timestamp ?? '') || 0;
      return meetings
        .sort((a, b) => startOf(b) - startOf(a))
        .map((m) => ({
          id: String(m.id),
          title: m.properties.hs_meeting_title ?? '(no title)',
          startUtc: m.properties.hs_meeting_start_time ?? m.properties.hs_timestamp ?? null,
          endUtc: m.properties.hs_meeting_end_time ?? null,
          timezone: null,
          organizer: m.properties.hubspot_owner_id ?? null,
          attendees: (m.properties.hs_attendee_owner_ids ?? '').split(';').filter(Boolean),
          outcome: m.properties.hs_meeting_outcome ?? null,
          location: m.properties.hs_meeting_location ?? null,
        }));
    },

    async owners(): Promise<OwnerRecord[]> {
      const page = await call<{ results: OwnerRecord[] }>('GET', '/crm/owners/2026-03?limit=100');
      return page.results;
    },
  };
}

export type HubSpotReader = ReturnType<typeof createHubSpotReader>;
