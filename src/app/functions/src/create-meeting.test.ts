import {
  ACME_READ_ONLY_TOKEN,
  ACME_TOKEN,
  startEmulator,
  type Emulator,
} from '@meeting-card/hubspot-emulator';
import type { CreateMeetingResult, MeetingParameters } from '@meeting-card/core';
import { newRequestId, requireBuiltFunction } from '../../../../test/test-support/functions';

const CREATE_ROUTE = '/scheduler/2026-03/meetings/calendar';
const SEARCH_ROUTE = '/crm/objects/2026-03/meetings/search';
const ASSOCIATIONS_ROUTE = '/crm/objects/2026-03/contacts/101/associations/meetings';
const ASSOCIATIONS_PATTERN = '/crm/objects/2026-03/:objectType/:objectId/associations/:toObjectType';
const BATCH_READ_ROUTE = '/crm/objects/2026-03/meetings/batch/read';
const { main } = requireBuiltFunction<CreateMeetingResult>('create-meeting');

let emulator: Emulator;

beforeAll(async () => {
  // Search sees a meeting a second after it is stored, as HubSpot's index lags behind writes.
  emulator = await startEmulator({ searchIndexDelayMs: 1_000, searchRateLimit: false });
  process.env.HUBSPOT_API_BASE_URL = emulator.url;
  process.env.PRIVATE_APP_ACCESS_TOKEN = ACME_TOKEN;
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(() => {
  emulator.reset();
  process.env.PRIVATE_APP_ACCESS_TOKEN = ACME_TOKEN;
});

function parameters(patch: Partial<MeetingParameters> = {}): MeetingParameters {
  return {
    requestId: newRequestId(),
    organizerUserId: '7001',
    title: 'Discovery call',
    start: '2026-03-12T10:00',
    end: '2026-03-12T10:30',
    timezone: 'America/Sao_Paulo',
    ...patch,
  };
}

function book(params: unknown, contactId: unknown = '101') {
  return main({ parameters: params, propertiesToSend: { hs_object_id: contactId }, secrets: {} });
}

const creates = () => emulator.callCount('POST', CREATE_ROUTE);

describe('create_meeting app function against the emulator', () => {
  it.each([
    [
      'America/Sao_Paulo',
      '101',
      '2026-03-12T10:00',
      '2026-03-12T10:45',
      '2026-03-12T13:00:00Z',
      '2026-03-12T13:45:00Z',
    ],
    [
      'Asia/Tokyo',
      '104',
      '2026-01-05T08:00',
      '2026-01-05T09:00',
      '2026-01-04T23:00:00Z',
      '2026-01-05T00:00:00Z',
    ],
    [
      'Europe/Madrid',
      '103',
      '2026-03-29T01:30',
      '2026-03-29T03:30',
      '2026-03-29T00:30:00Z',
      '2026-03-29T01:30:00Z',
    ],
    [
      'America/New_York',
      '102',
      '2026-11-01T01:30',
      '2026-11-01T02:30',
      '2026-11-01T05:30:00Z',
      '2026-11-01T07:30:00Z',
    ],
  ])(
    'books exactly one meeting in %s for contact %s with the right UTC times',
    async (timezone, contactId, start, end, startUtc, endUtc) => {
      const result = await book(parameters({ timezone, start, end }), contactId);

      expect(result).toMatchObject({ ok: true, meeting: { startUtc, endUtc, contactId, ownerId: '81001' } });
      const stored = emulator.meetings();
      expect(stored).toHaveLength(1);
      expect(stored[0]?.associations.contacts).toEqual([contactId]);
      const instant = (name: string) => Date.parse(stored[0]?.properties[name] ?? '');
      expect([
        instant('hs_meeting_start_time'),
        instant('hs_meeting_end_time'),
        instant('hs_timestamp'),
      ]).toEqual([Date.parse(startUtc), Date.parse(endUtc), Date.parse(startUtc)]);
      expect(result.ok && result.meeting.id).toBe(stored[0]?.id);
    },
  );

  it('books a duration as elapsed time: 90 minutes from 00:30 on New York’s fall-back night', async () => {
    const { end: _end, ...start } = parameters({ timezone: 'America/New_York', start: '2027-11-07T00:30' });
    const result = await book({ ...start, durationMinutes: 90 }, '102');

    expect(result).toMatchObject({
      ok: true,
      meeting: { startUtc: '2027-11-07T04:30:00Z', endUtc: '2027-11-07T06:00:00Z', end: '2027-11-07T01:00' },
    });
    const stored = emulator.meetings()[0]?.properties;
    expect(
      Date.parse(stored?.hs_meeting_end_time ?? '') - Date.parse(stored?.hs_meeting_start_time ?? ''),
    ).toBe(90 * 60_000);
    // Exactly one of end and durationMinutes.
    const both = await book({ ...parameters(), durationMinutes: 30 });
    expect(both).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_ERROR', fields: { durationMinutes: { code: 'end_or_duration' } } },
    });
    expect(emulator.meetings()).toHaveLength(1);
  });

  it('refuses a time skipped by daylight saving with a clear message and sends nothing', async () => {
    const result = await book(
      parameters({ timezone: 'America/New_York', start: '2026-03-08T02:30', end: '2026-03-08T03:30' }),
      '102',
    );

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_ERROR', fields: { start: { code: 'nonexistent_local_time' } } },
    });
    expect(emulator.calls().total).toBe(0);
  });

  it('uses the contact HubSpot vouched for and ignores a contact id in the parameters', async () => {
    const result = await book(
      { ...parameters(), contactId: '102', associations: [{ to: { id: '102' } }] },
      '101',
    );

    expect(result.ok).toBe(true);
    expect(emulator.meetings()[0]?.associations.contacts).toEqual(['101']);
  });

  it('refuses to book when HubSpot did not name the record, without calling HubSpot', async () => {
    const result = await main({ parameters: parameters() });
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_CONTACT' } });
    expect(emulator.calls().total).toBe(0);
  });

  it('looks the organizer owner up once and serves later meetings from the cache', async () => {
    await book(parameters({ organizerUserId: '7002' }));
    await book(parameters({ organizerUserId: '7002', start: '2026-03-12T11:00', end: '2026-03-12T11:30' }));
    expect(emulator.callCount('GET', '/crm/owners/2026-03/:ownerId')).toBe(1);
    expect(emulator.meetings().map((m) => m.properties.hubspot_owner_id)).toEqual(['81002', '81002']);
  });

  it('waits out a 429 and books exactly one meeting', async () => {
    emulator.faults.add({
      method: 'POST',
      path: CREATE_ROUTE,
      times: 1,
      action: { type: 'status', status: 429, retryAfterSeconds: 1 },
    });
    const result = await book(parameters());
    expect(result.ok).toBe(true);
    expect(emulator.meetings()).toHaveLength(1);
    expect(creates()).toBe(2);
  });

  it('after a 500 that stored nothing, sends nothing again and answers VERIFYING with the attempt time', async () => {
    emulator.faults.add({
      method: 'POST',
      path: CREATE_ROUTE,
      times: 1,
      action: { type: 'status', status: 500 },
    });
    const before = Date.now();
    const result = await book(parameters());
    expect(result).toMatchObject({ ok: false, error: { code: 'VERIFYING', retryable: false } });
    const details = !result.ok ? result.error.details : undefined;
    expect(details?.attemptedSince).toBeGreaterThanOrEqual(before);
    expect(details?.checkAfterMs).toBeGreaterThan(0);
    expect(creates()).toBe(1);
    expect(emulator.meetings()).toHaveLength(0);
  });

  it.each([
    [
      'a 503 after the meeting was stored',
      { type: 'status-after-store', status: 503 } as const,
      'hubspot_error',
    ],
    [
      'a connection dropped after the meeting was stored',
      { type: 'drop-after-store' } as const,
      'connection',
    ],
  ])('after %s, finds the meeting instead of creating a second one', async (_label, action, cause) => {
    emulator.faults.add({ method: 'POST', path: CREATE_ROUTE, times: 1, action });
    const result = await book(parameters());
    expect(result).toMatchObject({ ok: true, meeting: { recovered: true, recoveredFrom: cause } });
    expect(emulator.meetings()).toHaveLength(1);
    expect(result.ok && result.meeting.id).toBe(emulator.meetings()[0]?.id);
    expect(creates()).toBe(1);
  });

  it('after a connection dropped before anything was stored, does not resend blindly', async () => {
    emulator.faults.add({ method: 'POST', path: CREATE_ROUTE, times: 1, action: { type: 'drop-before' } });
    const result = await book(parameters());
    expect(result).toMatchObject({ ok: false, error: { code: 'VERIFYING' } });
    expect(creates()).toBe(1);
    expect(emulator.meetings()).toHaveLength(0);
  });

  it('after a timeout, takes the late answer and books one meeting', async () => {
    emulator.faults.add({
      method: 'POST',
      path: CREATE_ROUTE,
      times: 1,
      action: { type: 'delay', ms: 6_000 },
    });
    const result = await book(parameters());
    expect(result).toMatchObject({ ok: true, meeting: { recovered: true, recoveredFrom: 'timeout' } });
    expect(emulator.meetings()).toHaveLength(1);
    expect(creates()).toBe(1);
  });

  it('when HubSpot keeps failing, books nothing and does not claim either way within the call', async () => {
    emulator.faults.add({ method: 'POST', path: CREATE_ROUTE, action: { type: 'status', status: 502 } });
    const result = await book(parameters());
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VERIFYING', details: { cause: 'hubspot_error' } },
    });
    expect(creates()).toBe(1);
    expect(emulator.meetings()).toHaveLength(0);
  });

  it('when the outcome cannot be checked yet, says VERIFYING, and a check with the same request finds the meeting', async () => {
    const params = parameters();
    emulator.faults.add({
      method: 'POST',
      path: CREATE_ROUTE,
      times: 1,
      action: { type: 'drop-after-store' },
    });
    const readFaults = [SEARCH_ROUTE, ASSOCIATIONS_ROUTE, BATCH_READ_ROUTE].map((path) =>
      emulator.faults.add({
        method: path === ASSOCIATIONS_ROUTE ? 'GET' : 'POST',
        path,
        action: { type: 'status', status: 503 },
      }),
    );

    const first = await book(params);
    expect(first).toMatchObject({
      ok: false,
      error: { code: 'VERIFYING', retryable: false, details: { cause: 'connection' } },
    });
    expect(emulator.meetings()).toHaveLength(1);

    for (const fault of readFaults) emulator.faults.remove(fault);
    const attemptedSince = !first.ok ? first.error.details?.attemptedSince : undefined;
    const second = await book({ ...params, checkExisting: true, attemptedSince });
    expect(second).toMatchObject({ ok: true, meeting: { recovered: true, id: emulator.meetings()[0]?.id } });
    expect(emulator.meetings()).toHaveLength(1);
    expect(creates()).toBe(1);
  });

  describe('with the search index lagging two minutes, far past the function budget', () => {
    beforeEach(() => emulator.lag.set({ search: { fixedMs: 120_000 } }));

    it.each([
      ['a 500 after the meeting was stored', { type: 'status-after-store', status: 500 } as const],
      ['a dropped connection after the meeting was stored', { type: 'drop-after-store' } as const],
    ])(
      'after %s, finds it in the primary store within the call and books nothing twice',
      async (_l, action) => {
        emulator.faults.add({ method: 'POST', path: CREATE_ROUTE, times: 1, action });
        const result = await book(parameters());
        expect(result).toMatchObject({
          ok: true,
          meeting: { recovered: true, id: emulator.meetings()[0]?.id },
        });
        expect(emulator.meetings()).toHaveLength(1);
        expect(creates()).toBe(1);
        expect(emulator.callCount('GET', ASSOCIATIONS_PATTERN)).toBeGreaterThanOrEqual(1);
      },
    );

    it('after a 500 that stored nothing, says NOT_CREATED only once a check runs past the verify window', async () => {
      emulator.faults.add({
        method: 'POST',
        path: CREATE_ROUTE,
        times: 1,
        action: { type: 'status', status: 500 },
      });
      const params = parameters();
      const first = await book(params);
      expect(first).toMatchObject({ ok: false, error: { code: 'VERIFYING' } });
      const attemptedSince = !first.ok ? (first.error.details?.attemptedSince ?? 0) : 0;

      // Inside the window every read says absent, and still the answer is "not confirmed yet".
      const early = await book({ ...params, checkExisting: true, attemptedSince });
      expect(early).toMatchObject({ ok: false, error: { code: 'VERIFYING' } });

      // A card whose first attempt was a full window ago (stated, not waited: the server reads again
      // itself, twice, before it says so).
      const late = await book({ ...params, checkExisting: true, attemptedSince: attemptedSince - 60_000 });
      expect(late).toMatchObject({ ok: false, error: { code: 'NOT_CREATED', retryable: true } });
      expect(creates()).toBe(1);
      expect(emulator.meetings()).toHaveLength(0);
    });

    it('with the primary store lagging too, says VERIFYING, and a later check finds the one meeting', async () => {
      emulator.lag.set({ associationRead: { fixedMs: 20_000 }, objectRead: { fixedMs: 20_000 } });
      emulator.faults.add({
        method: 'POST',
        path: CREATE_ROUTE,
        times: 1,
        action: { type: 'status-after-store', status: 503 },
      });
      const params = parameters();
      const first = await book(params);
      expect(first).toMatchObject({ ok: false, error: { code: 'VERIFYING' } });
      const attemptedSince = !first.ok ? first.error.details?.attemptedSince : undefined;

      emulator.advanceTime(20_000);
      const check = await book({ ...params, checkExisting: true, attemptedSince });
      expect(check).toMatchObject({ ok: true, meeting: { recovered: true, id: emulator.meetings()[0]?.id } });
      expect(emulator.meetings()).toHaveLength(1);
      expect(creates()).toBe(1);
    });
  });

  it('tells the admin which scope is missing on a 403', async () => {
    process.env.PRIVATE_APP_ACCESS_TOKEN = ACME_READ_ONLY_TOKEN;
    const result = await book(parameters());
    expect(result).toMatchObject({ ok: false, error: { code: 'MISSING_SCOPES', retryable: false } });
    expect(!result.ok && result.error.details?.scopes).toContain('crm.objects.contacts.write');
    expect(!result.ok && result.error.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(emulator.meetings()).toHaveLength(0);
  });

  it("points at the app's token on a 401", async () => {
    process.env.PRIVATE_APP_ACCESS_TOKEN = 'pat-emu-not-a-real-token';
    const result = await book(parameters());
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(JSON.stringify(result)).not.toContain('pat-emu-not-a-real-token');
  });

  it('says which id HubSpot does not know on a 404', async () => {
    const noOwner = await book(parameters({ organizerUserId: '7004' }));
    expect(noOwner).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', details: { kind: 'organizer', id: '7004' } },
    });
    const noContact = await book(parameters(), '999999');
    expect(noContact).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(emulator.meetings()).toHaveLength(0);
  });

  it('returns a result that survives JSON, as HubSpot passes it to the card', async () => {
    const result = await book(
      parameters({ reminders: [{ numberOfTimeUnits: 1, timeUnit: 'HOURS' }], attendeeOwnerIds: ['81002'] }),
    );
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
