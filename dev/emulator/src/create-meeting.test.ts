import { ACME_READ_ONLY_TOKEN, ACME_TOKEN, GLOBEX_TOKEN, startEmulator, type Emulator } from './index';
import { call, contractValidators, CREATE_PATH, validMeetingBody } from './test-support';

const { response: validResponse, error: validError } = contractValidators();
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ rateLimit: false, searchRateLimit: false });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

describe('creating a calendar meeting', () => {
  test('a valid body is stored once and answered with a body the response schema accepts', async () => {
    const res = await call(emu, CREATE_PATH, {
      token: ACME_TOKEN,
      body: validMeetingBody({ properties: { hs_attendee_owner_ids: ['81002'], hs_activity_type: 'Demo' } }),
    });
    expect(res.status).toBe(200);
    expect(validResponse(res.body)).toBe(true);
    expect(res.body.properties.hs_engagement_source).toBe('MEETINGS');
    expect(res.body.properties.hs_attendee_owner_ids).toEqual(['81002']);
    const stored = emu.meetings(1001);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      id: res.body.id,
      organizerUserId: '7001',
      timezone: 'America/Sao_Paulo',
      associations: { contacts: ['101'] },
      properties: {
        hs_object_id: res.body.id,
        hubspot_owner_id: '81001',
        hs_attendee_owner_ids: '81002',
        hs_activity_type: 'Demo',
      },
    });
    expect(stored[0]?.properties.hs_unique_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('a body the contract rejects gets 400 VALIDATION_ERROR naming each bad field, and nothing is stored', async () => {
    const body = validMeetingBody({
      properties: { hs_meeting_start_time: 'tomorrow', hs_unknown: 'x' },
    }) as Record<string, unknown>;
    delete body.timezone;
    const res = await call(emu, CREATE_PATH, { token: ACME_TOKEN, body });
    expect(res.status).toBe(400);
    expect(validError(res.body)).toBe(true);
    expect(res.body.status).toBe('error');
    expect(res.body.category).toBe('VALIDATION_ERROR');
    const fields = (res.body.errors as Array<{ in: string }>).map((e) => e.in);
    expect(fields).toEqual(
      expect.arrayContaining(['timezone', 'properties.hs_meeting_start_time', 'properties.hs_unknown']),
    );
    expect(emu.meetings()).toHaveLength(0);
  });

  test('a missing organizerUserId is a 400 and an unknown one a 404', async () => {
    const missing = await call(emu, '/scheduler/2026-03/meetings/calendar', {
      token: ACME_TOKEN,
      body: validMeetingBody(),
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].in).toBe('organizerUserId');
    const unknown = await call(emu, '/scheduler/2026-03/meetings/calendar?organizerUserId=81001', {
      token: ACME_TOKEN,
      body: validMeetingBody(),
    });
    expect(unknown.status).toBe(404);
    expect(validError(unknown.body)).toBe(true);
  });

  test('an owner id that is unknown, archived or given as a user id is rejected with 400', async () => {
    for (const ownerId of ['99999', '81005', '7001']) {
      const res = await call(emu, CREATE_PATH, {
        token: ACME_TOKEN,
        body: validMeetingBody({ properties: { hubspot_owner_id: ownerId } }),
      });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].in).toBe('properties.hubspot_owner_id');
    }
    const attendee = await call(emu, CREATE_PATH, {
      token: ACME_TOKEN,
      body: validMeetingBody({ properties: { hs_attendee_owner_ids: ['81002', '7002'] } }),
    });
    expect(attendee.status).toBe(400);
    expect(attendee.body.errors[0].in).toBe('properties.hs_attendee_owner_ids');
    expect(emu.meetings()).toHaveLength(0);
  });

  test('an association to a contact that does not exist is a 404 and nothing is stored', async () => {
    const body = validMeetingBody({
      associations: [
        { to: { id: '999' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 200 }] },
      ],
    });
    const res = await call(emu, CREATE_PATH, { token: ACME_TOKEN, body });
    expect(res.status).toBe(404);
    expect(validError(res.body)).toBe(true);
    expect(emu.meetings()).toHaveLength(0);
  });

  test("a meeting type must be one of the account's options, and an account without types accepts none", async () => {
    const bad = await call(emu, CREATE_PATH, {
      token: ACME_TOKEN,
      body: validMeetingBody({ properties: { hs_activity_type: 'Lunch' } }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].in).toBe('properties.hs_activity_type');
    const globexBody = validMeetingBody({
      associations: [
        { to: { id: '201' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 200 }] },
      ],
      properties: { hubspot_owner_id: '82001', hs_activity_type: 'Demo' },
    });
    const globex = await call(emu, '/scheduler/2026-03/meetings/calendar?organizerUserId=7101', {
      token: GLOBEX_TOKEN,
      body: globexBody,
    });
    expect(globex.status).toBe(400);
  });

  test('an end before the start and an unknown time zone are rejected', async () => {
    const res = await call(emu, CREATE_PATH, {
      token: ACME_TOKEN,
      body: validMeetingBody({
        timezone: 'Mars/Olympus',
        properties: { hs_meeting_end_time: '2026-03-12T13:00:00Z' },
      }),
    });
    expect(res.status).toBe(400);
    expect((res.body.errors as Array<{ in: string }>).map((e) => e.in)).toEqual([
      'properties.hs_meeting_end_time',
      'timezone',
    ]);
  });

  test('a stored meeting reads back with its contact associations', async () => {
    const created = await call(emu, CREATE_PATH, { token: ACME_TOKEN, body: validMeetingBody() });
    const res = await call(
      emu,
      `/crm/objects/2026-03/meetings/${created.body.id}?properties=hs_meeting_title,hs_meeting_start_time&associations=contacts`,
      { token: ACME_TOKEN },
    );
    expect(res.status).toBe(200);
    expect(res.body.properties).toMatchObject({
      hs_meeting_title: 'Discovery with Maria',
      hs_meeting_start_time: '2026-03-12T14:00:00.000Z',
      hs_object_id: created.body.id,
    });
    expect(res.body.associations).toEqual({
      contacts: { results: [{ id: '101', type: 'meeting_to_contact' }] },
    });
  });
});

describe('authentication and scopes', () => {
  test('a call without a token or with an unknown one gets 401 INVALID_AUTHENTICATION', async () => {
    for (const token of [undefined, 'pat-emu-nope']) {
      const res = await call(emu, '/crm/owners/2026-03', { token });
      expect(res.status).toBe(401);
      expect(res.body.category).toBe('INVALID_AUTHENTICATION');
      expect(validError(res.body)).toBe(true);
    }
  });

  test('a token without crm.objects.contacts.write gets 403 MISSING_SCOPES naming the scopes, and nothing is stored', async () => {
    const res = await call(emu, CREATE_PATH, { token: ACME_READ_ONLY_TOKEN, body: validMeetingBody() });
    expect(res.status).toBe(403);
    expect(validError(res.body)).toBe(true);
    expect(res.body.category).toBe('MISSING_SCOPES');
    expect(res.body.context.requiredGranularScopes).toContain('crm.objects.contacts.write');
    expect(emu.meetings()).toHaveLength(0);
  });

  test('every error carries a fresh correlation id', async () => {
    const a = await call(emu, '/crm/owners/2026-03');
    const b = await call(emu, '/crm/owners/2026-03');
    expect(a.body.correlationId).not.toBe(b.body.correlationId);
  });

  test('an unknown path answers 404 with a HubSpot error body', async () => {
    const res = await call(emu, '/crm/v3/nothing-here', { token: ACME_TOKEN });
    expect(res.status).toBe(404);
    expect(validError(res.body)).toBe(true);
  });
});
