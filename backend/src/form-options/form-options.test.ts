import {
  installApp,
  signedFetch,
  startStack,
  STORAGE_KINDS_FOR_TESTS,
  type BackendInstance,
  type Stack,
} from '../test-support';

const API_ROUTES = [
  '/crm/owners/2026-03/:ownerId',
  '/crm/owners/2026-03',
  '/crm/properties/2026-03/meetings/:propertyName',
];

describe.each(STORAGE_KINDS_FOR_TESTS)('form options without a stampede (%s storage)', (storage) => {
  let stack: Stack;
  let slow: BackendInstance;
  beforeAll(async () => {
    stack = await startStack({ storage });
    // A second instance with a short deadline, to see the answer a rep gets when HubSpot is too slow.
    slow = await stack.startInstance({ now: stack.clock.now, formOptionsDeadlineMs: 300 });
    expect((await installApp(stack, 1001, '7001')).status).toBe(200);
  });
  afterAll(async () => {
    await stack?.close();
  });
  beforeEach(() => {
    stack.emulator.faults.clear();
    stack.emulator.resetCalls();
  });

  const formOptions = (userId: string, instance: BackendInstance = stack.backend) =>
    signedFetch(stack, {
      method: 'GET',
      path: `/api/form-options?portalId=1001&userId=${userId}`,
      instance,
    }).then(async (r) => ({ status: r.status, body: await r.json() }));
  const hubSpotCalls = () => stack.emulator.calls().total;

  it('answers 50 concurrent cold requests with the HubSpot calls of one', async () => {
    const cold = await stack.startInstance();
    const answers = await Promise.all(Array.from({ length: 50 }, () => formOptions('7001', cold)));
    expect(answers.map((a) => [a.status, a.body.ok])).toEqual(Array(50).fill([200, true]));
    // One organizer lookup, one owners page, one meeting-type read: the same three every request makes.
    expect(API_ROUTES.map((route) => stack.emulator.callCount('GET', route))).toEqual([1, 1, 1]);
    expect(hubSpotCalls()).toBe(3);
  });

  it('looks each signed-in user up once and shares the account-wide reads between users', async () => {
    const cold = await stack.startInstance();
    const users = ['7001', '7002', '7003'];
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => formOptions(users[i % 3]!, cold)));
    expect(answers.every((a) => a.body.ok)).toBe(true);
    expect(API_ROUTES.map((route) => stack.emulator.callCount('GET', route))).toEqual([3, 1, 1]);
  });

  it('serves the next requests from the kept answers for a while', async () => {
    const warm = await stack.startInstance();
    await formOptions('7001', warm);
    stack.emulator.resetCalls();
    expect((await formOptions('7001', warm)).body.ok).toBe(true);
    expect(hubSpotCalls()).toBe(0);
  });

  it('answers a clear retryable error, not a hang, when HubSpot cannot answer within the deadline', async () => {
    stack.emulator.faults.add({ path: '/crm/owners/2026-03', action: { type: 'delay', ms: 2_000 } });
    const answer = await formOptions('7001', slow);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      ok: false,
      error: {
        code: 'HUBSPOT_UNAVAILABLE',
        message: expect.stringContaining('Try again in a moment'),
        retryable: true,
      },
    });
  });
});
