// The workbench's own reads from the HubSpot API (or the emulator): the record (contact, company or
// deal), its meetings for the timeline, its associated records, and the owners. The same calls work
// against real HubSpot.

/** The CRM record types the workbench shows (the card's objectTypes). */
export type RecordKind = 'contacts' | 'companies' | 'deals';
export const RECORD_KINDS: readonly RecordKind[] = ['contacts', 'companies', 'deals'];
/** HubSpot's object type ids, as a card's context.crm.objectTypeId has them. */
export const OBJECT_TYPE_IDS: Record<RecordKind, string> = {
  contacts: '0-1',
  companies: '0-2',
  deals: '0-3',
};
export function recordKindOf(value: unknown): RecordKind | undefined {
  if (typeof value !== 'string') return undefined;
  return (
    RECORD_KINDS.find((k) => k === value) ??
    (Object.entries(OBJECT_TYPE_IDS).find(([, id]) => id === value)?.[0] as RecordKind | undefined)
  );
}

/** Names read for each record of a list (the page's record picker). */
export const LIST_PROPERTIES: Record<RecordKind, string[]> = {
  contacts: ['firstname', 'lastname', 'email', 'hs_timezone', 'company'],
  companies: ['name', 'domain', 'city'],
  deals: ['dealname', 'dealstage', 'amount'],
};

export interface ContactRecord {
  id: string;
  properties: Record<string, string | null>;
}

export interface TimelineMeeting {
  id: string;
  /** On a company or deal record: the meeting's contacts by name (on a contact: empty, the record is the contact). */
  contacts: string[];
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

  async function record(kind: RecordKind, id: string, properties: string[]): Promise<ContactRecord> {
    const query = properties.length ? `?properties=${encodeURIComponent(properties.join(','))}` : '';
    const answer = await call<ContactRecord>(
      'GET',
      `/crm/objects/2026-03/${kind}/${encodeURIComponent(id)}${query}`,
    );
    return { id: String(answer.id), properties: answer.properties ?? {} };
  }

  /** The ids of `toKind` records associated with the record (v4 associations, primary store). */
  async function associatedIds(kind: RecordKind | 'meetings', id: string, toKind: string): Promise<string[]> {
    const ids: string[] = [];
    let after: string | undefined;
    do {
      const page = await call<{
        results: Array<{ toObjectId: string | number }>;
        paging?: { next?: { after: string } };
      }>(
        'GET',
        `/crm/objects/2026-03/${kind}/${encodeURIComponent(id)}/associations/${toKind}?limit=500${after ? `&after=${encodeURIComponent(after)}` : ''}`,
      );
      ids.push(...page.results.map((r) => String(r.toObjectId)));
      after = page.paging?.next?.after;
    } while (after);
    return ids;
  }

  /** Records by id (batch read, 100 at a time); ids HubSpot cannot read are left out. */
  async function batchRead(kind: RecordKind, ids: string[], properties: string[]): Promise<ContactRecord[]> {
    const found: ContactRecord[] = [];
    for (let i = 0; i < ids.length; i += 100) {
      const batch = await call<{ results: ContactRecord[] }>(
        'POST',
        `/crm/objects/2026-03/${kind}/batch/read`,
        {
          inputs: ids.slice(i, i + 100).map((id) => ({ id })),
          properties,
          propertiesWithHistory: [],
        },
      );
      found.push(...batch.results.map((r) => ({ id: String(r.id), properties: r.properties ?? {} })));
    }
    const order = new Map(ids.map((id, i) => [id, i]));
    return found.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  }

  async function listRecords(
    kind: RecordKind,
    properties: string[] = LIST_PROPERTIES[kind],
  ): Promise<ContactRecord[]> {
    const page = await call<{ results: ContactRecord[] }>(
      'GET',
      `/crm/objects/2026-03/${kind}?limit=50&properties=${encodeURIComponent(properties.join(','))}`,
    );
    return page.results.map((c) => ({ id: String(c.id), properties: c.properties ?? {} }));
  }

  return {
    record,

    contact: (id: string, properties: string[]) => record('contacts', id, properties),

    listRecords,

    listContacts: (properties: string[]) => listRecords('contacts', properties),

    /** The record's associated contacts, companies and deals (each with its list properties), in HubSpot's order. */
    async associationsOf(kind: RecordKind, id: string): Promise<Record<RecordKind, ContactRecord[]>> {
      const entries = await Promise.all(
        RECORD_KINDS.filter((k) => k !== kind).map(async (toKind) => {
          const ids = await associatedIds(kind, id, toKind);
          return [toKind, ids.length ? await batchRead(toKind, ids, LIST_PROPERTIES[toKind]) : []] as const;
        }),
      );
      return { contacts: [], companies: [], deals: [], ...Object.fromEntries(entries) };
    },

    /**
     * The record's meetings, newest first. Read as HubSpot's record timeline is, from the primary store
     * (associations, then batch read), not from search, whose index lags writes by seconds to minutes.
     * On a company or deal each meeting also names its contacts (the timeline lists them as attendees).
     */
    async meetingsOf(contactId: string, kind: RecordKind = 'contacts'): Promise<TimelineMeeting[]> {
      const ids = await associatedIds(kind, contactId, 'meetings');
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
      // On a company or deal: each meeting's contacts, by name.
      const contactsOf = new Map<string, string[]>();
      if (kind !== 'contacts') {
        await Promise.all(
          meetings.map(async (m) =>
            contactsOf.set(String(m.id), await associatedIds('meetings', String(m.id), 'contacts')),
          ),
        );
      }
      const contactIds = [...new Set([...contactsOf.values()].flat())];
      const names = new Map(
        (contactIds.length
          ? await batchRead('contacts', contactIds, ['firstname', 'lastname', 'email'])
          : []
        ).map((c) => [
          c.id,
          `${c.properties.firstname ?? ''} ${c.properties.lastname ?? ''}`.trim() ||
            c.properties.email ||
            c.id,
        ]),
      );
      return meetings
        .sort((a, b) => startOf(b) - startOf(a))
        .map((m) => ({
          contacts: (contactsOf.get(String(m.id)) ?? []).map((id) => names.get(id) ?? id),
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
