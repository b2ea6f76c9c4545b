import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CreateMeetingResult, ErrorCode } from '@meeting-card/core';
import { openDatabase, type Db } from '../db/database';
import { createCreateRequestStore, type CreateRequestStore } from './create-request-store';
import { createIdempotentCreate, type IdempotentCreateCall } from './idempotent-create';

// Fake clock: sleeping moves time at once, so leases and waits are checked by order, not speed.
// The store is real (a SQLite file): the conditional SQL is what decides who holds a key.
function fakeTime(start = 1_800_000_000_000) {
  let t = start;
  return {
    now: () => t,
    sleep: async (ms: number) => void (t += ms),
    advance: (ms: number) => void (t += ms),
  };
}

const BOOKED: CreateMeetingResult = {
  ok: true,
  meeting: {
    id: 'm-1',
    title: 'Intro',
    start: '2031-03-12T14:00',
    end: '2031-03-12T14:30',
    timezone: 'UTC',
    startUtc: '2031-03-12T14:00:00Z',
    endUtc: '2031-03-12T14:30:00Z',
    contactId: '101',
    ownerId: '1',
    attendeeOwnerIds: [],
  },
};
const UNKNOWN: CreateMeetingResult = {
  ok: false,
  error: { code: 'OUTCOME_UNKNOWN', message: 'unknown', retryable: false },
};

describe('idempotent create: fingerprints and leases (fake clock, SQLite store)', () => {
  let dir: string;
  let db: Db;
  let store: CreateRequestStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'meeting-card-lease-'));
    db = await openDatabase({ sqliteFile: join(dir, 'db.sqlite') });
    store = createCreateRequestStore(db);
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  function setup() {
    const time = fakeTime();
    const create = createIdempotentCreate({ store, now: time.now, sleep: time.sleep, leaseMs: 20_000 });
    const runs: boolean[] = [];
    const since: (number | undefined)[] = [];
    const call = (over: Partial<IdempotentCreateCall> = {}, result = BOOKED): IdempotentCreateCall => ({
      hubId: '1001',
      requestId: 'req-1',
      fingerprint: 'fp-a',
      deadline: time.now() + 12_000,
      run: async ({ verifyFirst, attemptedSince }) => {
        runs.push(verifyFirst);
        since.push(attemptedSince);
        return result;
      },
      ...over,
    });
    return { time, create, runs, since, call };
  }

  it('replays the stored answer for the same key and fingerprint without running again', async () => {
    const { create, runs, call } = setup();
    expect(await create(call())).toEqual({ kind: 'result', result: BOOKED });
    expect(await create(call())).toEqual({ kind: 'result', result: BOOKED });
    expect(runs).toEqual([false]);
  });

  it('refuses the same key with another fingerprint and changes nothing', async () => {
    const { time, create, runs, call } = setup();
    await create(call());
    expect(await create(call({ fingerprint: 'fp-b' }))).toEqual({ kind: 'key-reused' });
    expect(runs).toEqual([false]);
    expect(await store.read('1001', 'req-1', time.now())).toMatchObject({
      kind: 'done',
      fingerprint: 'fp-a',
    });
  });

  it.each([
    ['answered', 'done', JSON.stringify(BOOKED)],
    ['pending', 'pending', null],
  ] as const)(
    'refuses a key whose %s row carries no fingerprint: no request can be shown to be the same',
    async (_what, state, response) => {
      const { time, create, runs, call } = setup();
      // A row as written before fingerprints were stored (migration 0002 added the column).
      await db
        .insertInto('create_requests')
        .values({
          hub_id: '1001',
          request_id: 'req-1',
          state,
          response,
          claimed_by: 'legacy',
          claimed_at: time.now(),
          lease_expires_at: null,
          fingerprint: null,
          expires_at: time.now() + 60_000,
        })
        .execute();
      time.advance(30_000);
      expect(await create(call())).toEqual({ kind: 'key-reused' });
      expect(runs).toEqual([]);
      expect(await store.read('1001', 'req-1', time.now())).toMatchObject({ kind: state, fingerprint: null });
    },
  );

  it('refuses another fingerprint while the first holder is still running, without waiting for it', async () => {
    const { time, create, call } = setup();
    await store.claim({
      hubId: '1001',
      requestId: 'req-1',
      holder: 'h',
      fingerprint: 'fp-a',
      now: time.now(),
      leaseMs: 20_000,
    });
    const before = time.now();
    expect(await create(call({ fingerprint: 'fp-b' }))).toEqual({ kind: 'key-reused' });
    expect(time.now()).toBe(before);
  });

  it('takes over a claim whose holder died once its lease runs out, and verifies before creating', async () => {
    const { time, create, runs, since, call } = setup();
    const claimedAt = time.now();
    await store.claim({
      hubId: '1001',
      requestId: 'req-1',
      holder: 'dead',
      fingerprint: 'fp-a',
      now: time.now(),
      leaseMs: 20_000,
    });
    time.advance(20_001);
    expect(await create(call())).toEqual({ kind: 'result', result: BOOKED });
    expect(runs).toEqual([true]);
    // The dead holder may have sent its create as late as the end of its 12 s budget.
    expect(since).toEqual([claimedAt + 12_000]);
  });

  it('waits for a live holder, then takes over when its lease runs out within the budget', async () => {
    const { time, create, runs, call } = setup();
    await store.claim({
      hubId: '1001',
      requestId: 'req-1',
      holder: 'dying',
      fingerprint: 'fp-a',
      now: time.now(),
      leaseMs: 20_000,
    });
    time.advance(15_000);
    // 5 s of lease left, 12 s of budget: wait it out, then there are 7 s to verify and create.
    expect(await create(call())).toEqual({ kind: 'result', result: BOOKED });
    expect(runs).toEqual([true]);
    expect(time.now()).toBeGreaterThan(1_800_000_000_000 + 20_000);
  });

  it('answers VERIFYING (check again) when the lease outlasts its budget, and never runs', async () => {
    const { time, create, runs, call } = setup();
    const claimedAt = time.now();
    await store.claim({
      hubId: '1001',
      requestId: 'req-1',
      holder: 'alive',
      fingerprint: 'fp-a',
      now: time.now(),
      leaseMs: 20_000,
    });
    const answer = await create(call());
    expect(answer).toMatchObject({
      kind: 'result',
      result: {
        ok: false,
        // The card sends attemptedSince back with its check: the latest the holder can have sent.
        error: { code: 'VERIFYING', details: { attemptedSince: claimedAt + 12_000 } },
      },
    });
    expect(runs).toEqual([]);
  });

  it('replays the holder\u2019s answer when it lands while a duplicate waits', async () => {
    const { time, create, runs, call } = setup();
    await store.claim({
      hubId: '1001',
      requestId: 'req-1',
      holder: 'first',
      fingerprint: 'fp-a',
      now: time.now(),
      leaseMs: 20_000,
    });
    const waiting = create(call());
    await store.complete('1001', 'req-1', 'first', JSON.stringify(BOOKED));
    expect(await waiting).toEqual({ kind: 'result', result: BOOKED });
    expect(runs).toEqual([]);
  });

  it('verifies a stored unknown outcome again on resubmit instead of replaying it', async () => {
    const { create, runs, since, call } = setup();
    const reported: CreateMeetingResult = {
      ok: false,
      error: { ...UNKNOWN.error, details: { attemptedSince: 1_799_999_999_000 } },
    };
    expect(await create(call({}, reported))).toEqual({ kind: 'result', result: reported });
    expect(await create(call())).toEqual({ kind: 'result', result: BOOKED });
    expect(runs).toEqual([false, true]);
    // The stored answer's own attempt time is the one verified from.
    expect(since).toEqual([undefined, 1_799_999_999_000]);
    // Now settled: replayed, not verified again.
    expect(await create(call())).toEqual({ kind: 'result', result: BOOKED });
    expect(runs).toEqual([false, true]);
  });

  it('frees the key after a failure that created nothing, so a resend runs again', async () => {
    const { create, runs, call } = setup();
    const limited: CreateMeetingResult = {
      ok: false,
      error: { code: 'RATE_LIMITED', message: 'busy', retryable: true },
    };
    await create(call({}, limited));
    await create(call());
    expect(runs).toEqual([false, false]);
  });

  it.each<[ErrorCode, boolean]>([
    ['RATE_LIMITED', true],
    ['UNAUTHORIZED', false],
    ['HUBSPOT_UNAVAILABLE', true],
  ])(
    'keeps a stored VERIFYING when its re-check answers %s, and never creates after it',
    async (code, retryable) => {
      const { time, create, runs, since, call } = setup();
      const verifying: CreateMeetingResult = {
        ok: false,
        error: {
          code: 'VERIFYING',
          message: 'checking',
          retryable: false,
          details: { attemptedSince: 1_799_999_999_000, checkAfterMs: 2_000 },
        },
      };
      const refused: CreateMeetingResult = { ok: false, error: { code, message: 'refused', retryable } };
      expect(await create(call({}, verifying))).toEqual({ kind: 'result', result: verifying });
      // The check sent nothing, but that proves nothing about the first attempt: still unconfirmed.
      expect(await create(call({}, refused))).toEqual({ kind: 'result', result: verifying });
      expect(await store.read('1001', 'req-1', time.now())).toMatchObject({
        kind: 'done',
        response: JSON.stringify(verifying),
      });
      // The next resend checks again, from the first attempt's time; it is never a fresh create.
      expect(await create(call())).toEqual({ kind: 'result', result: BOOKED });
      expect(runs).toEqual([false, true, true]);
      expect(since).toEqual([undefined, 1_799_999_999_000, 1_799_999_999_000]);
    },
  );

  it('settles a re-check only with a meeting found or absence established (NOT_CREATED frees the key)', async () => {
    const { create, runs, call } = setup();
    const notCreated: CreateMeetingResult = {
      ok: false,
      error: { code: 'NOT_CREATED', message: 'not booked', retryable: true },
    };
    await create(call({}, UNKNOWN));
    expect(await create(call({}, notCreated))).toEqual({ kind: 'result', result: notCreated });
    // Absence established: the key is free, and the resend books as a first attempt.
    expect(await create(call())).toEqual({ kind: 'result', result: BOOKED });
    expect(runs).toEqual([false, true, false]);
  });

  it('leaves a taken-over claim unconfirmed (VERIFYING) when the taker\u2019s check is refused', async () => {
    const { time, create, runs, since, call } = setup();
    const claimedAt = time.now();
    await store.claim({
      hubId: '1001',
      requestId: 'req-1',
      holder: 'dead',
      fingerprint: 'fp-a',
      now: time.now(),
      leaseMs: 20_000,
    });
    time.advance(20_001);
    const limited: CreateMeetingResult = {
      ok: false,
      error: { code: 'RATE_LIMITED', message: 'busy', retryable: true },
    };
    const answer = await create(call({}, limited));
    expect(answer).toMatchObject({
      kind: 'result',
      result: { ok: false, error: { code: 'VERIFYING', details: { attemptedSince: claimedAt + 12_000 } } },
    });
    expect(await store.read('1001', 'req-1', time.now())).toMatchObject({ kind: 'done' });
    // A thrown check keeps it unconfirmed too.
    await expect(
      create(
        call({
          run: async () => {
            throw new Error('store down');
          },
        }),
      ),
    ).rejects.toThrow('store down');
    expect(await create(call())).toEqual({ kind: 'result', result: BOOKED });
    expect(runs).toEqual([true, true]);
    expect(since).toEqual([claimedAt + 12_000, claimedAt + 12_000]);
  });

  it('a holder whose lease was taken over cannot overwrite the taker\u2019s answer', async () => {
    const { time, create, call } = setup();
    await store.claim({
      hubId: '1001',
      requestId: 'req-1',
      holder: 'slow',
      fingerprint: 'fp-a',
      now: time.now(),
      leaseMs: 20_000,
    });
    time.advance(20_001);
    await create(call());
    await store.complete('1001', 'req-1', 'slow', JSON.stringify(UNKNOWN));
    expect(await store.read('1001', 'req-1', time.now())).toMatchObject({
      kind: 'done',
      response: JSON.stringify(BOOKED),
    });
  });
});
