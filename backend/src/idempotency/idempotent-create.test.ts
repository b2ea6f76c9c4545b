import {
  createBody,
  installApp,
  leakedLines,
  meetingParameters,
  signedFetch,
  startStack,
  STORAGE_KINDS_FOR_TESTS,
  type BackendInstance,
  type Stack,
} from '../test-support';
import { createTestStorage } from '../test-support/storage';
import { openDatabase } from '../db/database';
import { createCreateRequestStore, CREATE_REQUEST_TTL_MS } from './create-request-store';

const CREATE_ROUTE = '/scheduler/2026-03/meetings/calendar';

describe.each(STORAGE_KINDS_FOR_TESTS)('booking exactly once per requestId (%s storage)', (storage) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ storage });
    expect((await installApp(stack, 1001, '7001')).status).toBe(200);
  });
  afterAll(async () => {
    await stack?.close();
  });
  beforeEach(() => {
    stack.emulator.resetCalls();
    stack.emulator.faults.clear();
  });

  const path = '/api/meetings?portalId=1001&userId=7001';

  it('answers a replayed create with the first answer and books only one meeting', async () => {
    const body = createBody(1001, '7001', '103');
    const first = await (await signedFetch(stack, { method: 'POST', path, body })).json();
    const replay = await (await signedFetch(stack, { method: 'POST', path, body })).json();
    expect(first.ok).toBe(true);
    expect(replay).toEqual(first);
    expect(stack.emulator.callCount('POST', CREATE_ROUTE)).toBe(1);
    expect(stack.emulator.meetings(1001).filter((m) => m.id === first.meeting.id)).toHaveLength(1);
  });

  it('works an unknown outcome out again when the card resubmits asking to look first, and still books once', async () => {
    // The create is stored but its answer lost, and the reads are down: the truthful answer is "not confirmed yet".
    stack.emulator.faults.add({
      method: 'POST',
      path: CREATE_ROUTE,
      times: 1,
      action: { type: 'drop-after-store' },
    });
    // Every read that could find it is down too (search, associations, batch read).
    const readsDown = [
      ['POST', '/crm/objects/2026-03/meetings/search'],
      ['GET', '/crm/objects/2026-03/contacts/101/associations/meetings'],
      ['POST', '/crm/objects/2026-03/meetings/batch/read'],
    ].map(([method, readPath]) =>
      stack.emulator.faults.add({ method, path: readPath, action: { type: 'status', status: 503 } }),
    );
    const parameters = meetingParameters({ organizerUserId: '7001', title: 'Unknown outcome check' });
    const first = await (
      await signedFetch(stack, { method: 'POST', path, body: createBody(1001, '7001', '101', parameters) })
    ).json();
    expect(first).toMatchObject({ ok: false, error: { code: 'VERIFYING' } });

    // A plain resend (HubSpot's automatic one) is verified again, not replayed: with the reads still
    // down the answer stays unconfirmed (VERIFYING), and nothing is sent to the create endpoint.
    const replay = await (
      await signedFetch(stack, { method: 'POST', path, body: createBody(1001, '7001', '101', parameters) })
    ).json();
    expect(replay).toMatchObject({ ok: false, error: { code: 'VERIFYING' } });
    expect(stack.emulator.callCount('POST', CREATE_ROUTE)).toBe(1);

    for (const fault of readsDown) stack.emulator.faults.remove(fault);
    const resubmit = await (
      await signedFetch(stack, {
        method: 'POST',
        path,
        body: createBody(1001, '7001', '101', { ...parameters, checkExisting: true }),
      })
    ).json();
    expect(resubmit).toMatchObject({ ok: true, meeting: { recovered: true } });
    const booked = stack.emulator
      .meetings(1001)
      .filter((m) => m.properties.hs_meeting_title === 'Unknown outcome check');
    expect(booked).toHaveLength(1);
    expect(resubmit.meeting.id).toBe(booked[0]?.id);
    expect(stack.emulator.callCount('POST', CREATE_ROUTE)).toBe(1);
  });

  it('keeps an unconfirmed booking open when its re-check is refused (429 on a cold owner cache), and books once', async () => {
    stack.emulator.faults.add({
      method: 'POST',
      path: CREATE_ROUTE,
      times: 1,
      action: { type: 'drop-after-store' },
    });
    const readsDown = [
      ['POST', '/crm/objects/2026-03/meetings/search'],
      ['GET', '/crm/objects/2026-03/contacts/101/associations/meetings'],
      ['POST', '/crm/objects/2026-03/meetings/batch/read'],
    ].map(([method, readPath]) =>
      stack.emulator.faults.add({ method, path: readPath, action: { type: 'status', status: 503 } }),
    );
    const parameters = meetingParameters({ organizerUserId: '7001', title: 'Refused re-check' });
    const send = async (instance: BackendInstance, checkExisting?: boolean) =>
      (
        await signedFetch(stack, {
          method: 'POST',
          path,
          instance,
          body: createBody(
            1001,
            '7001',
            '101',
            checkExisting ? { ...parameters, checkExisting } : parameters,
          ),
        })
      ).json();
    const first = await send(stack.backend);
    expect(first).toMatchObject({ ok: false, error: { code: 'VERIFYING' } });

    // Another instance has no owner cached, and HubSpot answers the owner lookup 429 for longer than
    // the budget: the re-check itself sent nothing, but that says nothing about the first create.
    const cold = await stack.startInstance();
    const ownerLimited = stack.emulator.faults.add({
      method: 'GET',
      path: '/crm/owners/2026-03/7001',
      action: { type: 'status', status: 429, retryAfterSeconds: 60 },
    });
    const refusedCheck = await send(cold, true);
    const refusedResend = await send(cold);
    for (const answer of [refusedCheck, refusedResend]) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'VERIFYING' } });
      expect(JSON.stringify(answer)).not.toMatch(/Nothing was booked/);
    }
    expect(stack.emulator.callCount('GET', '/crm/owners/2026-03/:ownerId', 429)).toBeGreaterThan(0);

    // Once HubSpot answers again, a plain resend is a check, not a second create: it finds the meeting.
    stack.emulator.faults.remove(ownerLimited);
    for (const fault of readsDown) stack.emulator.faults.remove(fault);
    const resend = await send(cold);
    expect(resend).toMatchObject({ ok: true, meeting: { recovered: true } });
    const booked = stack.emulator
      .meetings(1001)
      .filter((m) => m.properties.hs_meeting_title === 'Refused re-check');
    expect(booked).toHaveLength(1);
    expect(resend.meeting.id).toBe(booked[0]?.id);
    expect(stack.emulator.callCount('POST', CREATE_ROUTE)).toBe(1);
  });

  it('books once when HubSpot resends while the first request is still running on another instance', async () => {
    const second = await stack.startInstance();
    // Holds the first create at the emulator, so the resend arrives while it is in flight.
    stack.emulator.faults.add({
      method: 'POST',
      path: CREATE_ROUTE,
      times: 1,
      action: { type: 'delay', ms: 400 },
    });
    const body = createBody(1001, '7001', '104');
    const meetingsBefore = stack.emulator.meetings(1001).length;
    const [a, b] = await Promise.all([
      signedFetch(stack, { method: 'POST', path, body }).then((r) => r.json()),
      new Promise((resolve) => setTimeout(resolve, 100)).then(() =>
        signedFetch(stack, { method: 'POST', path, body, instance: second }).then((r) => r.json()),
      ),
    ]);
    expect(a.ok).toBe(true);
    expect(b).toEqual(a);
    expect(stack.emulator.callCount('POST', CREATE_ROUTE)).toBe(1);
    expect(stack.emulator.meetings(1001)).toHaveLength(meetingsBefore + 1);
  });

  it('lets a resend try again when the first attempt certainly created nothing', async () => {
    stack.emulator.faults.add({
      method: 'POST',
      path: CREATE_ROUTE,
      times: 1,
      action: { type: 'status', status: 403 },
    });
    const body = createBody(1001, '7001', '101');
    const first = await (await signedFetch(stack, { method: 'POST', path, body })).json();
    expect(first).toMatchObject({ ok: false, error: { code: 'MISSING_SCOPES' } });
    const resend = await (await signedFetch(stack, { method: 'POST', path, body })).json();
    expect(resend).toMatchObject({ ok: true });
    expect(stack.emulator.callCount('POST', CREATE_ROUTE)).toBe(2);
  });

  it('waits out a 429 from HubSpot instead of passing it on', async () => {
    stack.emulator.faults.add({
      method: 'POST',
      path: CREATE_ROUTE,
      times: 1,
      action: { type: 'status', status: 429, retryAfterSeconds: 1 },
    });
    const response = await signedFetch(stack, {
      method: 'POST',
      path,
      body: createBody(1001, '7001', '101', meetingParameters({ title: 'After a 429' })),
    });
    expect(await response.json()).toMatchObject({ ok: true, meeting: { title: 'After a 429' } });
    expect(stack.emulator.callCount('POST', CREATE_ROUTE, 429)).toBe(1);
  });

  it('refuses the same requestId with another body or another user (409) and touches nothing', async () => {
    const parameters = meetingParameters({ organizerUserId: '7001', title: 'Key reuse check' });
    const first = await (
      await signedFetch(stack, { method: 'POST', path, body: createBody(1001, '7001', '101', parameters) })
    ).json();
    expect(first.ok).toBe(true);
    stack.emulator.resetCalls();
    const edits = [
      createBody(1001, '7001', '101', { ...parameters, title: 'Another title' }),
      createBody(1001, '7001', '101', { ...parameters, start: '2031-03-12T15:00', end: '2031-03-12T15:30' }),
      createBody(1001, '7001', '102', parameters),
      // Even asking to look first does not make another booking's key usable.
      createBody(1001, '7001', '101', { ...parameters, title: 'Another title', checkExisting: true }),
    ];
    for (const body of edits) {
      const response = await signedFetch(stack, { method: 'POST', path, body });
      expect(response.status).toBe(409);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    }
    // Another signed-in user of the account, as organizer of their own booking under the same key.
    const otherUser = await signedFetch(stack, {
      method: 'POST',
      path: '/api/meetings?portalId=1001&userId=7002',
      body: createBody(1001, '7002', '101', { ...parameters, organizerUserId: '7002' }),
    });
    expect(otherUser.status).toBe(409);
    expect(stack.emulator.calls().total).toBe(0);
    // The original request is still answered, unchanged.
    const replay = await (
      await signedFetch(stack, {
        method: 'POST',
        path,
        body: createBody(1001, '7001', '101', { ...parameters, checkExisting: true }),
      })
    ).json();
    expect(replay).toEqual(first);
  });

  it('keeps requestIds of different accounts apart', async () => {
    expect((await installApp(stack, 1002, '7101')).status).toBe(200);
    const shared = meetingParameters();
    const inAcme = await (
      await signedFetch(stack, {
        method: 'POST',
        path,
        body: createBody(1001, '7001', '105', { ...shared, organizerUserId: '7001' }),
      })
    ).json();
    const inGlobex = await (
      await signedFetch(stack, {
        method: 'POST',
        path: '/api/meetings?portalId=1002&userId=7101',
        body: createBody(1002, '7101', '201', { ...shared, organizerUserId: '7101' }),
      })
    ).json();
    expect(inAcme.ok && inGlobex.ok).toBe(true);
    expect(inGlobex.meeting.id).not.toBe(inAcme.meeting.id);
  });

  it('never writes a token, code, secret or signature to its logs', () => {
    expect(leakedLines(stack)).toEqual([]);
  });
});

describe.each(STORAGE_KINDS_FOR_TESTS)('the create-request store (%s storage)', (storage) => {
  it('gives the claim to one caller, keeps answer and fingerprint, leases pending claims, frees expired keys', async () => {
    const testStorage = await createTestStorage(storage);
    const db = await openDatabase(testStorage);
    try {
      const store = createCreateRequestStore(db);
      const t0 = 1_800_000_000_000;
      const claim = (hubId: string, holder: string, now: number) =>
        store.claim({ hubId, requestId: 'req-1', holder, fingerprint: 'fp', now, leaseMs: 20_000 });
      expect(await claim('1001', 'holder-a', t0)).toEqual({ kind: 'claimed', claimedAt: t0 });
      expect(await claim('1001', 'holder-b', t0 + 1)).toEqual({
        kind: 'pending',
        leaseExpiresAt: t0 + 20_000,
        fingerprint: 'fp',
        claimedAt: t0,
      });
      expect(await claim('1002', 'holder-c', t0 + 1)).toEqual({ kind: 'claimed', claimedAt: t0 + 1 });
      // A live lease cannot be taken over; an expired one can, by one caller only.
      const takeOver = (holder: string, now: number) =>
        store.takeOver({
          hubId: '1002',
          requestId: 'req-1',
          holder,
          fingerprint: 'fp',
          now,
          leaseMs: 20_000,
        });
      expect(await takeOver('holder-x', t0 + 2)).toMatchObject({ kind: 'pending' });
      const [x, y] = await Promise.all([
        takeOver('holder-x', t0 + 20_002),
        takeOver('holder-y', t0 + 20_002),
      ]);
      expect([x?.kind, y?.kind].sort()).toEqual(['claimed', 'pending']);
      // The winner keeps the first claim's time: the attempt it verifies started after it.
      expect([x, y].find((o) => o?.kind === 'claimed')).toEqual({ kind: 'claimed', claimedAt: t0 + 1 });
      await store.complete('1001', 'req-1', 'holder-b', '{"not":"mine"}');
      await store.complete('1001', 'req-1', 'holder-a', '{"ok":true}');
      expect(await claim('1001', 'holder-d', t0 + 2)).toEqual({
        kind: 'done',
        response: '{"ok":true}',
        fingerprint: 'fp',
        claimedAt: t0,
      });
      const later = t0 + CREATE_REQUEST_TTL_MS + 10;
      expect(await store.read('1001', 'req-1', later)).toBeNull();
      expect(await claim('1001', 'holder-e', later)).toEqual({ kind: 'claimed', claimedAt: later });
      expect(await store.purgeExpired(later)).toBe(1); // 1002's row
    } finally {
      await db.destroy();
      await testStorage.drop();
    }
  });
});
