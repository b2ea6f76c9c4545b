// The create state machine, branch by branch, on a fake clock against an in-memory HubSpot behind the
// real pipeline: no real waits. The real-HTTP suites (functions, soak) run the same code against the emulator.
import type { CreateMeetingResult, MeetingParameters } from '../types';
import { createMeeting, DEFAULT_CREATE_POLICY, type CreatePolicy } from './create-meeting';
import { createFakeClock } from './fake-clock';
import { fakeHubSpot, type FakeHubSpotOptions } from './fake-hubspot.test-support';
import { createOwnerCache } from './owner-cache';

const PARAMS: MeetingParameters = {
  requestId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  organizerUserId: '7001',
  title: 'Quarterly review',
  start: '2026-03-12T10:00',
  end: '2026-03-12T10:30',
  timezone: 'America/New_York',
};
const { verifyWindowMs, totalBudgetMs, createTimeoutMs, giveUpAfterMs } = DEFAULT_CREATE_POLICY;

function setup(options: Omit<FakeHubSpotOptions, 'clock'> = {}, policy: Partial<CreatePolicy> = {}) {
  const clock = createFakeClock();
  const hubspot = fakeHubSpot({ clock, ...options });
  const deps = { api: hubspot.api, clock, ownerCache: createOwnerCache({ now: clock.now }), policy };
  const book = (parameters: unknown = PARAMS, contactId: unknown = '101') =>
    clock.run(createMeeting(deps, { parameters, contactId }));
  const check = (attemptedSince?: number) => book({ ...PARAMS, checkExisting: true, attemptedSince });
  return { clock, hubspot, book, check };
}

function errorOf(result: CreateMeetingResult) {
  if (result.ok) throw new Error(`expected a failure, got meeting ${result.meeting.id}`);
  return result.error;
}

/** The card's loop: checks again after each VERIFYING's checkAfterMs until a definitive answer. */
async function checkUntilSettled(s: ReturnType<typeof setup>, first: CreateMeetingResult) {
  let result = first;
  let checks = 0;
  while (!result.ok && result.error.code === 'VERIFYING') {
    const { attemptedSince, checkAfterMs } = result.error.details ?? {};
    expect(attemptedSince).toEqual(expect.any(Number));
    await s.clock.advance(checkAfterMs ?? 0);
    result = await s.check(attemptedSince);
    checks += 1;
    if (checks > 50) throw new Error('never settled');
  }
  return { result, checks };
}

describe('createMeeting: validate', () => {
  it('refuses without a contact HubSpot vouched for, and sends nothing', async () => {
    const s = setup();
    expect(errorOf(await s.book(PARAMS, 'abc')).code).toBe('NO_CONTACT');
    expect(s.hubspot.calls).toHaveLength(0);
  });

  it('refuses invalid input with field issues, and sends nothing', async () => {
    const s = setup();
    const error = errorOf(await s.book({ ...PARAMS, title: '' }));
    expect(error.code).toBe('VALIDATION_ERROR');
    expect(error.fields?.title).toBeDefined();
    expect(s.hubspot.calls).toHaveLength(0);
  });
});

describe('createMeeting: send once', () => {
  it('books on a 201, with one create and one owner lookup', async () => {
    const s = setup();
    const result = await s.book();
    expect(result).toMatchObject({ ok: true, meeting: { id: '9001', ownerId: '81001', contactId: '101' } });
    expect(s.hubspot.creates).toHaveLength(1);
    expect(s.hubspot.creates[0]?.timeoutMs).toBe(createTimeoutMs);
  });

  it('waits out a 429 inside the budget and books once', async () => {
    const s = setup();
    s.hubspot.nextCreates({
      status: 429,
      headers: { 'retry-after': '2' },
      body: { policyName: 'TEN_SECONDLY_ROLLING' },
    });
    expect((await s.book()).ok).toBe(true);
    expect(s.hubspot.creates).toHaveLength(2);
    expect(s.hubspot.meetings).toHaveLength(1);
  });

  it('answers RATE_LIMITED without waiting when the wait would not leave a full create timeout', async () => {
    const s = setup();
    // 9 s budget: a 5 s wait plus a 5 s create does not fit.
    s.hubspot.nextCreates({ status: 429, headers: { 'retry-after': '5' } });
    const started = s.clock.now();
    expect(errorOf(await s.book())).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
    expect(s.hubspot.creates).toHaveLength(1);
    expect(s.clock.now() - started).toBe(0);
  });

  it('does not wait out a DAILY limit', async () => {
    const s = setup();
    s.hubspot.nextCreates({ status: 429, headers: { 'retry-after': '1' }, body: { policyName: 'DAILY' } });
    expect(errorOf(await s.book()).code).toBe('RATE_LIMITED');
    expect(s.hubspot.creates).toHaveLength(1);
  });

  it('never sends the create with less than its full timeout left: RATE_LIMITED, nothing sent', async () => {
    const s = setup({}, { totalBudgetMs: createTimeoutMs - 1 });
    expect(errorOf(await s.book()).code).toBe('RATE_LIMITED');
    expect(s.hubspot.creates).toHaveLength(0);
  });

  it('maps a 400 naming a property to the field of the one table', async () => {
    const s = setup();
    s.hubspot.nextCreates({
      status: 400,
      body: {
        message: 'Invalid',
        errors: [{ message: 'hs_meeting_start_time must be in the future', in: 'properties' }],
      },
    });
    const error = errorOf(await s.book());
    expect(error.code).toBe('VALIDATION_ERROR');
    expect(Object.keys(error.fields ?? {})).toEqual(['start']);
  });

  it('passes a 403 on as missing scopes', async () => {
    const s = setup();
    s.hubspot.nextCreates({
      status: 403,
      body: { message: 'no', context: { requiredGranularScopes: ['crm.objects.contacts.write'] } },
    });
    expect(errorOf(await s.book())).toMatchObject({
      code: 'MISSING_SCOPES',
      details: { scopes: ['crm.objects.contacts.write'] },
    });
  });
});

describe('createMeeting: settle after an ambiguous create', () => {
  it.each([
    ['a 500 after the meeting was stored', { status: 500, store: true }],
    ['a 502 after the meeting was stored', { status: 502, store: true }],
    ['a connection dropped after the store', { drop: 'after-store' as const }],
    ['a 201 without an id', 'no-id' as const],
  ])(
    'finds the meeting in the primary store after %s, with search lagging 120 s',
    async (_what, behaviour) => {
      const s = setup({ searchLagMs: 120_000 });
      s.hubspot.nextCreates(behaviour);
      const result = await s.book();
      expect(result).toMatchObject({ ok: true, meeting: { id: '9001', recovered: true } });
      expect(s.hubspot.creates).toHaveLength(1);
    },
  );

  it('takes the late answer of a timed-out create', async () => {
    const s = setup({ searchLagMs: 120_000, primaryLagMs: 120_000 });
    s.hubspot.nextCreates({ hangMs: createTimeoutMs + 1_500 });
    const result = await s.book();
    expect(result).toMatchObject({ ok: true, meeting: { id: '9001', recovered: true } });
    expect(s.hubspot.creates).toHaveLength(1);
  });

  it('takes a late 4xx of a timed-out create as the definitive refusal it is', async () => {
    const s = setup();
    s.hubspot.nextCreates({ hangMs: createTimeoutMs + 1_000, thenStatus: 400 });
    expect(errorOf(await s.book()).code).toBe('BAD_REQUEST');
    expect(s.hubspot.meetings).toHaveLength(0);
  });

  it('never establishes absence while the timed-out create may still answer, even past a short window', async () => {
    // A window shorter than the budget (as in a scaled-down policy): the create still under way blocks it.
    const s = setup({ searchLagMs: 120_000, primaryLagMs: 120_000 }, { verifyWindowMs: 1_000 });
    s.hubspot.nextCreates({ hangMs: createTimeoutMs + 3_500 });
    const result = await s.book();
    expect(result).toMatchObject({
      ok: true,
      meeting: { id: '9001', recovered: true, recoveredFrom: 'timeout' },
    });
  });

  it('sends the create unmarked as a read, with its deadline, so no decorator resends it on a 5xx', async () => {
    const s = setup();
    await s.book();
    expect(s.hubspot.creates[0]).toMatchObject({ method: 'POST', timeoutMs: createTimeoutMs });
    expect(s.hubspot.creates[0]?.read).toBeUndefined();
    expect(s.hubspot.creates[0]?.deadline).toEqual(expect.any(Number));
  });

  it('never resends after a 5xx: not found within the call -> VERIFYING with the attempt time', async () => {
    const s = setup();
    s.hubspot.nextCreates({ status: 503 });
    const started = s.clock.now();
    const error = errorOf(await s.book());
    expect(error).toMatchObject({
      code: 'VERIFYING',
      retryable: false,
      details: { attemptedSince: started },
    });
    expect(error.details?.checkAfterMs).toBeGreaterThan(0);
    expect(s.hubspot.creates).toHaveLength(1);
    expect(s.clock.now() - started).toBeLessThanOrEqual(totalBudgetMs);
  });

  it('answers VERIFYING, not absent, when the stored meeting is not visible anywhere yet', async () => {
    const s = setup({ searchLagMs: 120_000, primaryLagMs: 30_000 });
    s.hubspot.nextCreates({ status: 500, store: true });
    expect(errorOf(await s.book()).code).toBe('VERIFYING');
  });

  it('a 404 from the association read is "don\'t know": VERIFYING', async () => {
    const s = setup({ associationStatus: 404 });
    s.hubspot.nextCreates({ status: 504 });
    expect(errorOf(await s.book()).code).toBe('VERIFYING');
  });
});

describe('createMeeting: checkExisting (the card checking on, same requestId)', () => {
  it('finds a meeting that shows up in the primary store later, over several checks, and never creates', async () => {
    const s = setup({ searchLagMs: 120_000, primaryLagMs: 25_000 });
    s.hubspot.nextCreates({ status: 500, store: true });
    const { result, checks } = await checkUntilSettled(s, await s.book());
    expect(result).toMatchObject({ ok: true, meeting: { id: '9001', recovered: true } });
    expect(checks).toBeGreaterThan(0);
    expect(s.hubspot.creates).toHaveLength(1);
  });

  it('establishes absence only after the verify window, then says NOT_CREATED; nothing is resent', async () => {
    const s = setup();
    s.hubspot.nextCreates({ status: 500 });
    const first = await s.book();
    const attemptedAt = errorOf(first).details?.attemptedSince ?? 0;
    const { result, checks } = await checkUntilSettled(s, first);
    expect(errorOf(result)).toMatchObject({ code: 'NOT_CREATED', retryable: true });
    expect(s.clock.now() - attemptedAt).toBeGreaterThanOrEqual(verifyWindowMs);
    expect(checks).toBeGreaterThan(1);
    expect(s.hubspot.creates).toHaveLength(1);
  });

  it('needs consecutive absent rounds past the window: a failed read in between is not absence', async () => {
    // Round 1 absent, round 2 a 500 (and its two resends), rounds 3 and 4 absent: NOT_CREATED only then.
    const s = setup({ associationFaults: [0, 500, 500, 500] });
    const result = await s.check(s.clock.now() - verifyWindowMs);
    expect(errorOf(result).code).toBe('NOT_CREATED');
    const associationReads = s.hubspot.calls.filter((c) => c.path.endsWith('/associations/meetings'));
    expect(associationReads).toHaveLength(6);
  });

  it('reads that keep failing past the window are never absence: VERIFYING', async () => {
    const s = setup({ associationStatus: 500 });
    const result = await s.check(s.clock.now() - verifyWindowMs);
    expect(errorOf(result).code).toBe('VERIFYING');
  });

  it('checks before the window ends answer VERIFYING even when every read says absent', async () => {
    const s = setup();
    const attemptedSince = s.clock.now();
    await s.clock.advance(10_000);
    const error = errorOf(await s.check(attemptedSince));
    expect(error.code).toBe('VERIFYING');
    expect(error.details?.attemptedSince).toBe(attemptedSince);
  });

  it('trusts attemptedSince only to widen the look-back: a time in the future is taken as now', async () => {
    const s = setup();
    const error = errorOf(await s.check(s.clock.now() + 10 * 60_000));
    expect(error.code).toBe('VERIFYING');
    expect(error.details?.attemptedSince).toBeLessThanOrEqual(s.clock.now());
  });

  it('without attemptedSince the window starts now, and the look-back is a day', async () => {
    const s = setup();
    const hourAgo = s.clock.now() - 60 * 60_000;
    s.hubspot.seed({
      createdAt: hourAgo,
      contactId: '101',
      properties: {
        hs_meeting_title: 'Quarterly review',
        hs_meeting_start_time: '2026-03-12T14:00:00Z',
        hubspot_owner_id: '81001',
        hs_createdate: new Date(hourAgo).toISOString(),
      },
    });
    expect(await s.check(undefined)).toMatchObject({ ok: true, meeting: { id: '9001' } });
  });

  it('does not take a look-alike booked before the attempt for ours', async () => {
    const s = setup();
    const hourAgo = s.clock.now() - 60 * 60_000;
    s.hubspot.seed({
      createdAt: hourAgo,
      contactId: '101',
      properties: {
        hs_meeting_title: 'Quarterly review',
        hs_meeting_start_time: '2026-03-12T14:00:00Z',
        hubspot_owner_id: '81001',
        hs_createdate: new Date(hourAgo).toISOString(),
      },
    });
    const result = await s.check(s.clock.now() - verifyWindowMs);
    expect(errorOf(result).code).toBe('NOT_CREATED');
  });

  it('an attemptedSince past the window does not skip the reads: a meeting that is there is found', async () => {
    const s = setup({ searchLagMs: 120_000, primaryLagMs: 15_000 });
    s.hubspot.nextCreates({ status: 500, store: true });
    const first = errorOf(await s.book());
    expect(first.code).toBe('VERIFYING');
    await s.clock.advance(verifyWindowMs);
    expect(await s.check(first.details?.attemptedSince)).toMatchObject({ ok: true, meeting: { id: '9001' } });
    expect(s.hubspot.creates).toHaveLength(1);
  });

  it('ends in OUTCOME_UNKNOWN when reads still cannot decide long after the attempt', async () => {
    const s = setup({ associationStatus: 403 });
    const attemptedSince = s.clock.now();
    await s.clock.advance(giveUpAfterMs);
    const error = errorOf(await s.check(attemptedSince));
    expect(error).toMatchObject({ code: 'OUTCOME_UNKNOWN', details: { attemptedSince } });
  });

  it('reads every page of associations and finds the meeting on a later one', async () => {
    const s = setup({ pageSize: 2, searchLagMs: 120_000 });
    for (let i = 0; i < 5; i++)
      s.hubspot.seed({
        createdAt: s.clock.now(),
        contactId: '101',
        properties: { hs_meeting_title: `Other ${i}` },
      });
    s.hubspot.nextCreates({ status: 502, store: true });
    expect(await s.book()).toMatchObject({ ok: true, meeting: { id: '9006' } });
  });
});
