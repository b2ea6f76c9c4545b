import { ACME_TOKEN, GLOBEX_TOKEN, startEmulator, type Emulator } from './index';
import { call, CREATE_PATH, validMeetingBody } from './test-support';

const ROUTE = '/scheduler/2026-03/meetings/calendar';
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ rateLimit: false, searchRateLimit: false });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const create = (token = ACME_TOKEN, signal?: AbortSignal) =>
  call(emu, CREATE_PATH, { token, body: validMeetingBody(), signal });

describe('fault injection', () => {
  test('drop-after-store stores exactly one meeting while the client sees a socket error', async () => {
    emu.faults.add({ method: 'POST', path: ROUTE, times: 1, action: { type: 'drop-after-store' } });
    const error = await create().then(
      () => undefined,
      (e: unknown) => e as Error & { cause?: { code?: string } },
    );
    // undici's "fetch failed" (a TypeError from Node's realm, hence the name check), caused by the closed socket.
    expect(error?.name).toBe('TypeError');
    expect(error?.message).toBe('fetch failed');
    expect(error?.cause?.code).toBe('UND_ERR_SOCKET');
    expect(emu.meetings()).toHaveLength(1);
    expect(emu.callCount('POST', ROUTE, 0)).toBe(1);
    // The rule was for one call only: the next one answers normally.
    expect((await create()).status).toBe(200);
    expect(emu.meetings()).toHaveLength(2);
  });

  test('drop-before closes the connection and stores nothing', async () => {
    emu.faults.add({ path: ROUTE, times: 1, action: { type: 'drop-before' } });
    await expect(create()).rejects.toThrow('fetch failed');
    expect(emu.meetings()).toHaveLength(0);
  });

  test('status-after-store stores the meeting and answers the error', async () => {
    emu.faults.add({ path: ROUTE, times: 1, action: { type: 'status-after-store', status: 504 } });
    const res = await create();
    expect(res.status).toBe(504);
    expect(res.body).toMatchObject({ status: 'error', category: 'INTERNAL_ERROR' });
    expect(emu.meetings()).toHaveLength(1);
  });

  test.each([500, 502, 503, 504])(
    'status-after-store %i stores exactly one meeting, readable at once, and answers the error',
    async (status) => {
      emu.faults.add({
        method: 'POST',
        path: ROUTE,
        times: 1,
        action: { type: 'status-after-store', status },
      });
      const res = await create();
      expect(res.status).toBe(status);
      expect(res.body).toMatchObject({ status: 'error', category: 'INTERNAL_ERROR' });
      expect(emu.meetings()).toHaveLength(1);
      const id = emu.meetings()[0]?.id;
      const read = await call(emu, `/crm/objects/2026-03/meetings/${id}`, { token: ACME_TOKEN });
      expect(read.status).toBe(200);
      expect(emu.callCount('POST', ROUTE, status)).toBe(1);
    },
  );

  test('an after-store fault can answer a gateway HTML page with Retry-After', async () => {
    emu.faults.add({
      path: ROUTE,
      times: 1,
      action: {
        type: 'status-after-store',
        status: 502,
        body: '<html><body>502 Bad Gateway</body></html>',
        retryAfterSeconds: 2,
      },
    });
    const res = await create();
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.text).toContain('Bad Gateway');
    expect(emu.meetings()).toHaveLength(1);
  });

  test('delay-after-store: the meeting is stored before the client times out (a timeout after store)', async () => {
    emu.faults.add({ path: ROUTE, times: 1, action: { type: 'delay-after-store', ms: 400 } });
    const error = await create(ACME_TOKEN, AbortSignal.timeout(100)).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.name).toBe('TimeoutError');
    // Stored already when the client gave up: no waiting for the server needed.
    expect(emu.meetings()).toHaveLength(1);
  });

  test('hang-after-store: stored, never answered; hang: never answered, nothing stored', async () => {
    emu.faults.add({ path: ROUTE, times: 1, action: { type: 'hang-after-store' } });
    await expect(create(ACME_TOKEN, AbortSignal.timeout(100))).rejects.toThrow();
    expect(emu.meetings()).toHaveLength(1);
    emu.faults.add({ path: ROUTE, times: 1, action: { type: 'hang' } });
    await expect(create(ACME_TOKEN, AbortSignal.timeout(100))).rejects.toThrow();
    expect(emu.meetings()).toHaveLength(1);
    expect(emu.callCount('POST', ROUTE, 0)).toBe(2);
    expect((await create()).status).toBe(200);
    expect(emu.meetings()).toHaveLength(2);
  });

  test('a one-of action picks an effect per call by weight, replayable with its random seed', async () => {
    const pattern = async () => {
      emu.reset();
      emu.faults.add({
        path: ROUTE,
        randomSeed: 5,
        action: {
          type: 'one-of',
          choices: [
            { weight: 1, action: { type: 'status-after-store', status: 503 } },
            { weight: 1, action: { type: 'status', status: 429, retryAfterSeconds: 1 } },
          ],
        },
      });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i += 1) statuses.push((await create()).status);
      return statuses;
    };
    const first = await pattern();
    const stored = first.filter((s) => s === 503).length;
    expect(stored).toBeGreaterThan(10);
    expect(first.filter((s) => s === 429).length).toBe(40 - stored);
    // Each 503 came after its meeting was stored; no 429 stored one.
    expect(emu.meetings()).toHaveLength(stored);
    expect(await pattern()).toEqual(first);
    const bad = await call(emu, '/__emulator/faults', {
      body: { action: { type: 'one-of', choices: [{ weight: 1, action: { type: 'one-of', choices: [] } }] } },
    });
    expect(bad.status).toBe(400);
  });

  test('after-store faults can be armed over the control API', async () => {
    for (const action of [
      { type: 'status-after-store', status: 503 },
      { type: 'delay-after-store', ms: 1 },
      { type: 'hang-after-store' },
      { type: 'hang' },
    ]) {
      const added = await call(emu, '/__emulator/faults', { body: { path: ROUTE, times: 1, action } });
      expect(added.status).toBe(201);
    }
    expect(emu.faults.list().map((r) => r.action.type)).toEqual([
      'status-after-store',
      'delay-after-store',
      'hang-after-store',
      'hang',
    ]);
    const bad = await call(emu, '/__emulator/faults', { body: { action: { type: 'delay-after-store' } } });
    expect(bad.status).toBe(400);
  });

  test('a status fault answers before touching state, with the given body and Retry-After', async () => {
    emu.faults.add({ path: ROUTE, times: 2, action: { type: 'status', status: 429, retryAfterSeconds: 3 } });
    const first = await create();
    expect(first.status).toBe(429);
    expect(first.body.policyName).toBe('TEN_SECONDLY_ROLLING');
    expect(first.headers.get('retry-after')).toBe('3');
    emu.faults.add({
      path: '/crm/owners',
      times: 1,
      action: { type: 'status', status: 503, body: { custom: true }, headers: { 'x-test': 'yes' } },
    });
    const owners = await call(emu, '/crm/owners/2026-03', { token: ACME_TOKEN });
    expect(owners.status).toBe(503);
    expect(owners.body).toEqual({ custom: true });
    expect(owners.headers.get('x-test')).toBe('yes');
    expect((await create()).status).toBe(429);
    expect((await create()).status).toBe(200);
    expect(emu.meetings()).toHaveLength(1);
  });

  test('delay lets a client give up while the meeting is still stored (the timeout case)', async () => {
    emu.faults.add({ path: ROUTE, times: 1, action: { type: 'delay', ms: 400 } });
    await expect(create(ACME_TOKEN, AbortSignal.timeout(50))).rejects.toThrow();
    // The server finishes the write after the client has gone; wait for it (bounded).
    for (let i = 0; i < 50 && emu.meetings().length === 0; i += 1)
      await new Promise((r) => setTimeout(r, 20));
    expect(emu.meetings()).toHaveLength(1);
  });

  test('rules match by method, regex path and account; the first matching rule wins', async () => {
    emu.faults.add({ method: 'GET', path: ROUTE, action: { type: 'status', status: 500 } });
    emu.faults.add({
      path: '/organizerUserId=7001$/',
      portalId: 1002,
      action: { type: 'status', status: 502 },
    });
    emu.faults.add({
      path: '/organizerUserId=7001$/',
      portalId: 1001,
      times: 1,
      action: { type: 'status', status: 503 },
    });
    emu.faults.add({ path: ROUTE, times: 1, action: { type: 'status', status: 500 } });
    expect((await create()).status).toBe(503);
    expect((await create()).status).toBe(500);
    expect((await create()).status).toBe(200);
    expect((await create(GLOBEX_TOKEN)).status).toBe(502);
  });

  test('a probability with a random seed replays the same pattern', async () => {
    const pattern = async () => {
      emu.reset();
      emu.faults.add({
        path: '/crm/owners',
        probability: 0.5,
        randomSeed: 42,
        action: { type: 'status', status: 500 },
      });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i += 1)
        statuses.push((await call(emu, '/crm/owners/2026-03', { token: ACME_TOKEN })).status);
      return statuses;
    };
    const first = await pattern();
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await pattern()).toEqual(first);
  });

  test('faults can be added, listed and cleared over the control API', async () => {
    const added = await call(emu, '/__emulator/faults', {
      body: { path: ROUTE, times: 1, action: { type: 'drop-after-store' } },
    });
    expect(added.status).toBe(201);
    expect((await call(emu, '/__emulator/faults')).body).toEqual([
      expect.objectContaining({ id: added.body.id }),
    ]);
    const invalid = await call(emu, '/__emulator/faults', { body: { action: { type: 'explode' } } });
    expect(invalid.status).toBe(400);
    expect((await call(emu, '/__emulator/faults', { method: 'DELETE' })).status).toBe(204);
    expect((await create()).status).toBe(200);
  });

  test('calls are counted per route and status, and can be reset', async () => {
    await create();
    await call(emu, '/crm/owners/2026-03', { token: ACME_TOKEN });
    await call(emu, '/crm/owners/2026-03/81001', { token: ACME_TOKEN });
    const res = await call(emu, '/__emulator/calls');
    expect(res.body.total).toBe(3);
    expect(res.body.routes).toEqual(
      expect.arrayContaining([
        { method: 'POST', route: ROUTE, status: 200, count: 1 },
        { method: 'GET', route: '/crm/owners/2026-03/:ownerId', status: 200, count: 1 },
      ]),
    );
    await call(emu, '/__emulator/calls', { method: 'DELETE' });
    expect(emu.calls()).toEqual({ total: 0, routes: [] });
  });
});

test('faults given as options are armed at start and again after each reset', async () => {
  const armed = await startEmulator({
    rateLimit: false,
    faults: [{ path: ROUTE, times: 1, action: { type: 'status-after-store', status: 500 } }],
  });
  try {
    const first = await call(armed, CREATE_PATH, { token: ACME_TOKEN, body: validMeetingBody() });
    expect(first.status).toBe(500);
    expect((await call(armed, CREATE_PATH, { token: ACME_TOKEN, body: validMeetingBody() })).status).toBe(
      200,
    );
    armed.reset();
    expect(armed.faults.list()).toHaveLength(1);
    expect((await call(armed, CREATE_PATH, { token: ACME_TOKEN, body: validMeetingBody() })).status).toBe(
      500,
    );
    expect(armed.meetings()).toHaveLength(1);
  } finally {
    await armed.close();
  }
});
