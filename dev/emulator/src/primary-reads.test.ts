// The 2026-03 reads that do not go through search, over real HTTP, checked against the spec's shapes:
// contact → meetings associations (paged), meetings batch read (207 for missing ids), meeting by id.
import {
  ACME_READ_ONLY_TOKEN,
  ACME_TOKEN,
  cloneSeed,
  defaultSeed,
  GLOBEX_TOKEN,
  startEmulator,
  type Emulator,
} from './index';
import { specValidators } from './spec-shapes';
import { call, CREATE_PATH, validMeetingBody } from './test-support';

const BATCH_READ = '/crm/objects/2026-03/meetings/batch/read';
const associationsOf = (contactId: string, query = '') =>
  `/crm/objects/2026-03/contacts/${contactId}/associations/meetings${query}`;
const shapes = specValidators();
const OWNERS_ONLY_TOKEN = 'pat-emu-1001-owners-only-00000000';

let emu: Emulator;
beforeAll(async () => {
  const seed = cloneSeed(defaultSeed);
  seed.tokens.push({ token: OWNERS_ONLY_TOKEN, portalId: 1001, scopes: ['crm.objects.owners.read'] });
  emu = await startEmulator({ seed, rateLimit: false, searchRateLimit: false, lag: { search: 'realistic' } });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const create = async (contactId = '101', title = 'Discovery with Maria') => {
  const res = await call(emu, CREATE_PATH, {
    token: ACME_TOKEN,
    body: validMeetingBody({
      associations: [
        {
          to: { id: contactId },
          types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 200 }],
        },
      ],
      properties: { hs_meeting_title: title },
    }),
  });
  expect(res.status).toBe(200);
  return res.body.id as string;
};

describe('GET /crm/objects/2026-03/contacts/{contactId}/associations/meetings', () => {
  test('lists the contact’s meetings at once, in the spec’s shape (toObjectId, associationTypes)', async () => {
    const first = await create();
    const second = await create();
    await create('102');
    const res = await call(emu, associationsOf('101'), { token: ACME_TOKEN });
    expect(res.status).toBe(200);
    expect(shapes.associationsPage(res.body)).toBe('');
    expect(res.body).toEqual({
      results: [first, second].map((id) => ({
        toObjectId: id,
        associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 199 }],
      })),
    });
    expect((await call(emu, associationsOf('105'), { token: ACME_TOKEN })).body).toEqual({ results: [] });
    // The shape check can fail: the v3 { id, type } items are not this endpoint's answer.
    expect(shapes.associationsPage({ results: [{ id: first, type: 'contact_to_meeting' }] })).not.toBe('');
  });

  test('pages with limit and the opaque paging.next.after cursor: every meeting once, in id order', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push(await create());
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const res = await call(emu, associationsOf('101', `?limit=2${after ? `&after=${after}` : ''}`), {
        token: ACME_TOKEN,
      });
      expect(res.status).toBe(200);
      expect(shapes.associationsPage(res.body)).toBe('');
      expect(res.body.results.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.results.map((r: { toObjectId: string }) => r.toObjectId));
      after = res.body.paging?.next?.after;
      if (after) expect(after).not.toMatch(/^\d+$/);
      pages += 1;
      // A meeting created between pages shows up on a later page (the cursor is the last id, not a position).
      if (pages === 1) ids.push(await create());
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(ids);
  });

  test('a bad limit or cursor, or an unknown object type, is a 400 in HubSpot’s error shape', async () => {
    for (const query of ['?limit=0', '?limit=501', '?limit=x', '?after=not-a-cursor']) {
      const res = await call(emu, associationsOf('101', query), { token: ACME_TOKEN });
      expect(res.status).toBe(400);
      expect(shapes.error(res.body)).toBe('');
    }
    const unknown = await call(emu, '/crm/objects/2026-03/contacts/101/associations/widgets', {
      token: ACME_TOKEN,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toBe('Unable to infer object type from: widgets');
  });

  test('reads the other way too (meeting → contacts), and by singular names and type ids', async () => {
    const id = await create();
    const toContacts = await call(emu, `/crm/objects/2026-03/meetings/${id}/associations/contacts`, {
      token: ACME_TOKEN,
    });
    expect(toContacts.body).toEqual({
      results: [{ toObjectId: '101', associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 200 }] }],
    });
    const byTypeIds = await call(emu, '/crm/objects/2026-03/0-1/101/associations/0-47', {
      token: ACME_TOKEN,
    });
    expect(byTypeIds.body.results.map((r: { toObjectId: string }) => r.toObjectId)).toEqual([id]);
  });

  test('needs a contacts or meetings scope, and sees only the token’s account', async () => {
    await create();
    const denied = await call(emu, associationsOf('101'), { token: OWNERS_ONLY_TOKEN });
    expect(denied.status).toBe(403);
    expect(denied.body.category).toBe('MISSING_SCOPES');
    expect((await call(emu, associationsOf('101'), { token: ACME_READ_ONLY_TOKEN })).status).toBe(200);
    expect((await call(emu, associationsOf('101'), { token: GLOBEX_TOKEN })).body).toEqual({ results: [] });
  });
});

describe('POST /crm/objects/2026-03/meetings/batch/read', () => {
  test('answers 200 COMPLETE with the asked properties, by id, in the spec’s shape', async () => {
    const a = await create('101', 'First');
    const b = await create('101', 'Second');
    const res = await call(emu, BATCH_READ, {
      token: ACME_TOKEN,
      body: {
        inputs: [{ id: b }, { id: a }, { id: b }],
        properties: ['hs_meeting_title', 'hs_meeting_start_time'],
      },
    });
    expect(res.status).toBe(200);
    expect(shapes.batchRead200(res.body)).toBe('');
    expect(res.body.status).toBe('COMPLETE');
    expect(res.body.results.map((r: { id: string }) => r.id)).toEqual([a, b]);
    expect(res.body.results[1].properties).toMatchObject({
      hs_meeting_title: 'Second',
      hs_meeting_start_time: '2026-03-12T14:00:00.000Z',
      hs_object_id: b,
    });
  });

  test('missing ids make a 207 with the found results and one OBJECT_NOT_FOUND error listing them', async () => {
    const a = await create();
    const res = await call(emu, BATCH_READ, {
      token: ACME_TOKEN,
      body: {
        inputs: [{ id: a }, { id: '60000000999' }, { id: '123' }],
        properties: [],
        propertiesWithHistory: [],
      },
    });
    expect(res.status).toBe(207);
    expect(shapes.batchRead207(res.body)).toBe('');
    expect(res.body.results.map((r: { id: string }) => r.id)).toEqual([a]);
    expect(res.body.numErrors).toBe(1);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        status: 'error',
        category: 'OBJECT_NOT_FOUND',
        context: { ids: ['60000000999', '123'] },
      }),
    ]);
    // Another account's meeting is missing too.
    const cross = await call(emu, BATCH_READ, {
      token: GLOBEX_TOKEN,
      body: { inputs: [{ id: a }], properties: [] },
    });
    expect(cross.status).toBe(207);
    expect(cross.body.results).toEqual([]);
  });

  test('reads by a unique property with idProperty', async () => {
    const id = await create();
    const uniqueId = emu.meetings()[0]?.properties.hs_unique_id as string;
    const res = await call(emu, BATCH_READ, {
      token: ACME_TOKEN,
      body: { idProperty: 'hs_unique_id', inputs: [{ id: uniqueId }], properties: [] },
    });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { id: string }) => r.id)).toEqual([id]);
    const bad = await call(emu, BATCH_READ, {
      token: ACME_TOKEN,
      body: { idProperty: 'hs_meeting_title', inputs: [{ id: 'x' }], properties: [] },
    });
    expect(bad.status).toBe(400);
  });

  test('refuses bodies HubSpot refuses: no inputs, more than 100, an id that is not a string', async () => {
    const bodies = [
      {},
      { inputs: [] },
      { inputs: Array.from({ length: 101 }, (_, i) => ({ id: String(i + 1) })) },
      { inputs: [{ id: 5 }] },
      { inputs: [{ id: '1' }], properties: 'hs_meeting_title' },
    ];
    for (const body of bodies) {
      const res = await call(emu, BATCH_READ, { token: ACME_TOKEN, body });
      expect(res.status).toBe(400);
      expect(shapes.error(res.body)).toBe('');
    }
    expect(
      (await call(emu, BATCH_READ, { token: OWNERS_ONLY_TOKEN, body: { inputs: [{ id: '1' }] } })).status,
    ).toBe(403);
  });
});

describe('GET /crm/objects/2026-03/meetings/{meetingId}', () => {
  test('answers the meeting at once in the spec’s shape, with its associations when asked', async () => {
    const id = await create();
    const res = await call(
      emu,
      `/crm/objects/2026-03/meetings/${id}?properties=hs_meeting_title&associations=contacts`,
      {
        token: ACME_TOKEN,
      },
    );
    expect(res.status).toBe(200);
    expect(shapes.meetingById(res.body)).toBe('');
    expect(res.body.properties.hs_meeting_title).toBe('Discovery with Maria');
    expect(res.body.associations.contacts.results).toEqual([{ id: '101', type: 'meeting_to_contact' }]);
  });

  test('an unknown id, another account’s meeting, or archived=true is a 404 in HubSpot’s error shape', async () => {
    const id = await create();
    for (const [path, token] of [
      ['/crm/objects/2026-03/meetings/60000000999', ACME_TOKEN],
      [`/crm/objects/2026-03/meetings/${id}`, GLOBEX_TOKEN],
      [`/crm/objects/2026-03/meetings/${id}?archived=true`, ACME_TOKEN],
    ] as const) {
      const res = await call(emu, path, { token });
      expect(res.status).toBe(404);
      expect(shapes.error(res.body)).toBe('');
      expect(res.body).toMatchObject({
        status: 'error',
        category: 'OBJECT_NOT_FOUND',
        message: 'resource not found',
      });
    }
  });

  test('reads by idProperty=hs_unique_id', async () => {
    const id = await create();
    const uniqueId = emu.meetings()[0]?.properties.hs_unique_id as string;
    const res = await call(emu, `/crm/objects/2026-03/meetings/${uniqueId}?idProperty=hs_unique_id`, {
      token: ACME_TOKEN,
    });
    expect(res.body.id).toBe(id);
  });
});
