import type { ApiRequest, ApiResponse, HubSpotApi } from '@meeting-card/core/server';
import {
  RateBudgetUnavailableError,
  type AccountRateBudget,
  type CallKind,
} from '../rate-budget/account-rate-budget';
import { callKindOf, createBudgetQueue, withAccountLimiter } from './account-limiter';

/** A fake clock: sleeping moves time forward at once, so tests assert on order, not on speed. */
function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

/** A budget of `perSlice` calls per 1 s slice of the fake clock, per kind; `down` makes the store fail. */
function fakeBudget(clock: { now(): number }, perSlice: number) {
  const used = new Map<string, number>();
  const budget: AccountRateBudget & { down: boolean; takes: number } = {
    store: 'memory',
    down: false,
    takes: 0,
    async take(hubId: string, kind: CallKind) {
      budget.takes++;
      if (budget.down) throw new RateBudgetUnavailableError('redis', new Error('connection refused'));
      const slice = Math.floor(clock.now() / 1000);
      const key = `${kind}:${hubId}:${slice}`;
      const n = used.get(key) ?? 0;
      if (n >= perSlice) return { granted: false, retryInMs: (slice + 1) * 1000 - clock.now() };
      used.set(key, n + 1);
      return { granted: true };
    },
    ping: async () => 0,
    close: async () => {},
  };
  return budget;
}

function recordingApi(clock: { now(): number }) {
  const sent: { at: number; request: ApiRequest }[] = [];
  const api: HubSpotApi = {
    accountKey: 'oauth:1001',
    async send(request) {
      sent.push({ at: clock.now(), request });
      return { status: 201, header: () => undefined, body: { id: '1' } } satisfies ApiResponse;
    },
  };
  return { api, sent };
}

const CREATE: ApiRequest = {
  method: 'POST',
  path: '/scheduler/2026-03/meetings/calendar',
  body: {},
  timeoutMs: 5_000,
};

describe('the account limiter decorator', () => {
  it('sends at once while the budget has room, with the full timeout', async () => {
    const clock = fakeClock();
    const { api, sent } = recordingApi(clock);
    const limited = withAccountLimiter(api, {
      hubId: '1001',
      queue: createBudgetQueue(fakeBudget(clock, 2), clock),
      clock,
      deadline: 12_000,
      defaultTimeoutMs: 8_000,
    });
    expect((await limited.send(CREATE)).status).toBe(201);
    expect(sent).toEqual([{ at: 0, request: { ...CREATE, timeoutMs: 5_000 } }]);
  });

  it('waits for a slot when the deadline covers the wait plus a full timeout, then sends with that timeout', async () => {
    const clock = fakeClock();
    const { api, sent } = recordingApi(clock);
    const queue = createBudgetQueue(fakeBudget(clock, 1), clock);
    const limited = withAccountLimiter(api, {
      hubId: '1001',
      queue,
      clock,
      deadline: 12_000,
      defaultTimeoutMs: 8_000,
    });
    await limited.send(CREATE);
    expect((await limited.send(CREATE)).status).toBe(201);
    expect(sent.map((s) => s.at)).toEqual([0, 1_000]);
    expect(sent[1]?.request.timeoutMs).toBe(5_000);
  });

  it('answers a local 429 and sends nothing when the wait would eat into the call\u2019s timeout', async () => {
    const clock = fakeClock();
    const { api, sent } = recordingApi(clock);
    const queue = createBudgetQueue(fakeBudget(clock, 1), clock);
    // 5.5 s left: a 1 s wait plus a 5 s create does not fit.
    const limited = withAccountLimiter(api, {
      hubId: '1001',
      queue,
      clock,
      deadline: 5_500,
      defaultTimeoutMs: 8_000,
    });
    await limited.send(CREATE);
    const refused = await limited.send(CREATE);
    expect(refused.status).toBe(429);
    expect(refused.header('retry-after')).toBe('1');
    expect(sent).toHaveLength(1);
    expect(clock.now()).toBe(0);
  });

  it('never sends a call with less than its full timeout left before the deadline', async () => {
    const clock = fakeClock();
    const { api, sent } = recordingApi(clock);
    const queue = createBudgetQueue(fakeBudget(clock, 3), clock);
    const deadline = 9_000;
    const limited = withAccountLimiter(api, {
      hubId: '1001',
      queue,
      clock,
      deadline,
      defaultTimeoutMs: 8_000,
    });
    const answers = await Promise.all([...Array(20)].map(() => limited.send(CREATE)));
    for (const { at, request } of sent) expect(at + (request.timeoutMs ?? 0)).toBeLessThanOrEqual(deadline);
    expect(sent.length + answers.filter((a) => a.status === 429).length).toBe(20);
    // 3 per slice for slices 0..4 (a 5 s create must start by 4 s).
    expect(sent).toHaveLength(15);
  });

  it('honours the caller\u2019s own deadline when it comes before the route\u2019s', async () => {
    const clock = fakeClock();
    const { api, sent } = recordingApi(clock);
    const queue = createBudgetQueue(fakeBudget(clock, 1), clock);
    const limited = withAccountLimiter(api, {
      hubId: '1001',
      queue,
      clock,
      deadline: 60_000,
      defaultTimeoutMs: 8_000,
    });
    await limited.send(CREATE);
    const refused = await limited.send({ ...CREATE, deadline: 5_500 });
    expect(refused.status).toBe(429);
    expect(sent).toHaveLength(1);
  });

  it('lets a read through near the deadline (its timeout is cut to what is left), but not a write', async () => {
    const clock = fakeClock();
    const { api, sent } = recordingApi(clock);
    const queue = createBudgetQueue(fakeBudget(clock, 5), clock);
    const limited = withAccountLimiter(api, {
      hubId: '1001',
      queue,
      clock,
      deadline: 1_000,
      defaultTimeoutMs: 8_000,
    });
    const read = {
      method: 'POST' as const,
      path: '/crm/objects/2026-03/meetings/batch/read',
      body: {},
      timeoutMs: 2_500,
      read: true,
    };
    expect((await limited.send(read)).status).toBe(201);
    expect((await limited.send(CREATE)).status).toBe(429);
    expect(sent).toHaveLength(1);
  });

  it('serves a process\u2019s waiting callers first come, first served', async () => {
    const clock = fakeClock();
    const { api, sent } = recordingApi(clock);
    const queue = createBudgetQueue(fakeBudget(clock, 1), clock);
    const limited = withAccountLimiter(api, {
      hubId: '1001',
      queue,
      clock,
      deadline: 60_000,
      defaultTimeoutMs: 8_000,
    });
    await Promise.all([...Array(5)].map((_, i) => limited.send({ ...CREATE, body: { i } })));
    expect(sent.map((s) => (s.request.body as { i: number }).i)).toEqual([0, 1, 2, 3, 4]);
    expect(sent.map((s) => s.at)).toEqual([0, 1_000, 2_000, 3_000, 4_000]);
  });

  it('keeps accounts and call kinds apart: searches do not use the 10-second budget', async () => {
    const clock = fakeClock();
    const { api, sent } = recordingApi(clock);
    const budget = fakeBudget(clock, 1);
    const queue = createBudgetQueue(budget, clock);
    const options = { queue, clock, deadline: 12_000, defaultTimeoutMs: 8_000 };
    await withAccountLimiter(api, { ...options, hubId: '1001' }).send(CREATE);
    await withAccountLimiter(api, { ...options, hubId: '1002' }).send(CREATE);
    await withAccountLimiter(api, { ...options, hubId: '1001' }).send({
      method: 'POST',
      path: '/crm/objects/2026-03/meetings/search',
      body: {},
    });
    expect(sent.map((s) => s.at)).toEqual([0, 0, 0]);
  });

  it('fails closed when the budget store is down: a local 429, nothing sent, the failure reported', async () => {
    const clock = fakeClock();
    const { api, sent } = recordingApi(clock);
    const budget = fakeBudget(clock, 10);
    budget.down = true;
    const reported: Error[] = [];
    const limited = withAccountLimiter(api, {
      hubId: '1001',
      queue: createBudgetQueue(budget, clock),
      clock,
      deadline: 12_000,
      defaultTimeoutMs: 8_000,
      onStoreDown: (error) => reported.push(error),
    });
    const answer = await limited.send(CREATE);
    expect(answer.status).toBe(429);
    expect(answer.body).toMatchObject({ local: true });
    expect(sent).toEqual([]);
    expect(reported).toHaveLength(1);
  });
});

describe('callKindOf', () => {
  it('counts CRM searches apart from every other call', () => {
    expect(callKindOf({ method: 'POST', path: '/crm/v3/objects/meetings/search' })).toBe('search');
    expect(callKindOf({ method: 'POST', path: '/crm/objects/2026-03/contacts/search' })).toBe('search');
    expect(callKindOf({ method: 'GET', path: '/crm/owners/2026-03' })).toBe('standard');
    expect(callKindOf(CREATE)).toBe('standard');
  });
});
