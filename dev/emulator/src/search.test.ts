import { ACME_TOKEN, startEmulator, type Emulator } from './index';
import { call, CREATE_PATH, validMeetingBody } from './test-support';

const SEARCH = '/crm/objects/2026-03/meetings/search';
const contact = (id: string) => [
  { to: { id }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 200 }] },
];

describe('meeting search', () => {
  let emu: Emulator;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // These tests are about search semantics, not its lag: every meeting is indexed at once.
    emu = await startEmulator({ rateLimit: false, searchRateLimit: false, lag: { search: { fixedMs: 0 } } });
    const meetings = [
      {
        key: 'maria9',
        contactId: '101',
        start: '2026-03-12T09:00:00Z',
        title: 'Discovery with Maria',
        type: 'Discovery call',
      },
      {
        key: 'maria14',
        contactId: '101',
        start: '2026-03-12T14:00:00Z',
        title: 'Demo for Maria',
        type: 'Demo',
        attendees: ['81002', '81003'],
      },
      { key: 'john', contactId: '102', start: '2026-03-13T14:00:00Z', title: 'Follow-up John' },
    ];
    for (const m of meetings) {
      const end = new Date(Date.parse(m.start) + 30 * 60_000).toISOString();
      const res = await call(emu, CREATE_PATH, {
        token: ACME_TOKEN,
        body: validMeetingBody({
          associations: contact(m.contactId),
          properties: {
            hs_meeting_title: m.title,
            hs_meeting_start_time: m.start,
            hs_timestamp: m.start,
            hs_meeting_end_time: end,
            ...(m.type ? { hs_activity_type: m.type } : {}),
            ...(m.attendees ? { hs_attendee_owner_ids: m.attendees } : {}),
          },
        }),
      });
      expect(res.status).toBe(200);
      ids[m.key] = res.body.id;
    }
  });
  afterAll(() => emu.close());

  const search = async (filters: unknown[], extra: Record<string, unknown> = {}) => {
    const res = await call(emu, SEARCH, {
      token: ACME_TOKEN,
      body: { filterGroups: [{ filters }], properties: ['hs_meeting_title'], ...extra },
    });
    expect(res.status).toBe(200);
    return res.body as {
      total: number;
      results: Array<{ id: string; properties: Record<string, string | null> }>;
      paging?: { next: { after: string } };
    };
  };
  const idsOf = (body: { results: Array<{ id: string }> }) => body.results.map((r) => r.id);

  test('associations.contact finds the meetings of one contact', async () => {
    const body = await search([{ propertyName: 'associations.contact', operator: 'EQ', value: '101' }]);
    expect(body.total).toBe(2);
    expect(idsOf(body)).toEqual([ids.maria9, ids.maria14]);
    expect(body.results[0]?.properties.hs_meeting_title).toBe('Discovery with Maria');
  });

  test('a start time compares as an instant whether given as epoch millis or ISO', async () => {
    const at = Date.parse('2026-03-12T14:00:00Z');
    const byMillis = await search([
      { propertyName: 'hs_meeting_start_time', operator: 'EQ', value: String(at) },
    ]);
    const byIso = await search([
      { propertyName: 'hs_meeting_start_time', operator: 'EQ', value: '2026-03-12T11:00:00-03:00' },
    ]);
    expect(idsOf(byMillis)).toEqual([ids.maria14]);
    expect(idsOf(byIso)).toEqual([ids.maria14]);
    const between = await search([
      {
        propertyName: 'hs_meeting_start_time',
        operator: 'BETWEEN',
        value: String(at - 1),
        highValue: '2026-03-13T14:00:00.000Z',
      },
    ]);
    expect(idsOf(between)).toEqual([ids.maria14, ids.john]);
    const before = await search([
      { propertyName: 'hs_meeting_start_time', operator: 'LT', value: String(at) },
    ]);
    expect(idsOf(before)).toEqual([ids.maria9]);
    const from = await search([{ propertyName: 'hs_timestamp', operator: 'GTE', value: String(at) }]);
    expect(idsOf(from)).toEqual([ids.maria14, ids.john]);
  });

  test('filters in a group are AND-ed and groups are OR-ed', async () => {
    const res = await call(emu, SEARCH, {
      token: ACME_TOKEN,
      body: {
        filterGroups: [
          {
            filters: [
              { propertyName: 'associations.contact', operator: 'EQ', value: '101' },
              { propertyName: 'hs_activity_type', operator: 'EQ', value: 'Demo' },
            ],
          },
          { filters: [{ propertyName: 'associations.contact', operator: 'EQ', value: '102' }] },
        ],
      },
    });
    expect(idsOf(res.body)).toEqual([ids.maria14, ids.john]);
  });

  test('IN, NOT_IN, NEQ, HAS_PROPERTY, NOT_HAS_PROPERTY and CONTAINS_TOKEN behave like HubSpot', async () => {
    expect(
      idsOf(
        await search([
          { propertyName: 'hs_activity_type', operator: 'IN', values: ['demo', 'Discovery call'] },
        ]),
      ),
    ).toEqual([ids.maria9, ids.maria14]);
    expect(
      idsOf(await search([{ propertyName: 'hs_activity_type', operator: 'NOT_IN', values: ['Demo'] }])),
    ).toEqual([ids.maria9, ids.john]);
    expect(
      idsOf(await search([{ propertyName: 'hs_activity_type', operator: 'NEQ', value: 'Demo' }])),
    ).toEqual([ids.maria9, ids.john]);
    expect(idsOf(await search([{ propertyName: 'hs_activity_type', operator: 'HAS_PROPERTY' }]))).toEqual([
      ids.maria9,
      ids.maria14,
    ]);
    expect(idsOf(await search([{ propertyName: 'hs_activity_type', operator: 'NOT_HAS_PROPERTY' }]))).toEqual(
      [ids.john],
    );
    expect(
      idsOf(await search([{ propertyName: 'hs_meeting_title', operator: 'CONTAINS_TOKEN', value: 'maria' }])),
    ).toEqual([ids.maria9, ids.maria14]);
    expect(
      idsOf(await search([{ propertyName: 'hs_meeting_title', operator: 'CONTAINS_TOKEN', value: 'disc*' }])),
    ).toEqual([ids.maria9]);
    expect(
      idsOf(await search([{ propertyName: 'hs_attendee_owner_ids', operator: 'EQ', value: '81003' }])),
    ).toEqual([ids.maria14]);
  });

  test('sorts and paging return every match once, in order', async () => {
    const first = await search([], {
      sorts: [{ propertyName: 'hs_meeting_start_time', direction: 'DESCENDING' }],
      limit: 2,
    });
    expect(first.total).toBe(3);
    expect(idsOf(first)).toEqual([ids.john, ids.maria14]);
    const second = await search([], {
      sorts: [{ propertyName: 'hs_meeting_start_time', direction: 'DESCENDING' }],
      limit: 2,
      after: first.paging?.next.after,
    });
    expect(idsOf(second)).toEqual([ids.maria9]);
    expect(second.paging).toBeUndefined();
  });

  test('an unknown operator is a 400 VALIDATION_ERROR', async () => {
    const res = await call(emu, SEARCH, {
      token: ACME_TOKEN,
      body: { filterGroups: [{ filters: [{ propertyName: 'x', operator: 'LIKE', value: 'y' }] }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].in).toBe('filterGroups[0].filters[0].operator');
  });
});

describe('the search index delay', () => {
  test('a new meeting is readable at once but found by search only after searchIndexDelayMs', async () => {
    let now = Date.parse('2026-03-01T12:00:00Z');
    const emu = await startEmulator({
      searchIndexDelayMs: 3000,
      clock: () => now,
      rateLimit: false,
      searchRateLimit: false,
    });
    try {
      const created = await call(emu, CREATE_PATH, { token: ACME_TOKEN, body: validMeetingBody() });
      const filters = {
        filterGroups: [{ filters: [{ propertyName: 'associations.contact', operator: 'EQ', value: '101' }] }],
      };
      expect(
        (await call(emu, `/crm/objects/2026-03/meetings/${created.body.id}`, { token: ACME_TOKEN })).status,
      ).toBe(200);
      now += 2999;
      expect((await call(emu, SEARCH, { token: ACME_TOKEN, body: filters })).body.total).toBe(0);
      now += 1;
      const later = await call(emu, SEARCH, { token: ACME_TOKEN, body: filters });
      expect(later.body.results.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
    } finally {
      await emu.close();
    }
  });
});
