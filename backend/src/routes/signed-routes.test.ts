import {
  createBody,
  installApp,
  leakedLines,
  signedFetch,
  startStack,
  STORAGE_KINDS_FOR_TESTS,
  type Stack,
} from '../test-support';

describe.each(STORAGE_KINDS_FOR_TESTS)('requests from the card (%s storage)', (storage) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ storage });
    expect((await installApp(stack, 1001, '7001')).status).toBe(200);
  });
  afterAll(async () => {
    await stack?.close();
  });
  beforeEach(() => stack.emulator.resetCalls());

  const meetingsPath = '/api/meetings?portalId=1001&userId=7001';
  const hubSpotCalls = () => stack.emulator.calls().total;
  const storedClaims = async () =>
    (await stack.backend.db.selectFrom('create_requests').select('request_id').execute()).length;

  it('books a meeting for a correctly signed request and answers the booked meeting', async () => {
    const response = await signedFetch(stack, {
      method: 'POST',
      path: meetingsPath,
      body: createBody(1001, '7001', '101'),
    });
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result).toMatchObject({
      ok: true,
      meeting: { contactId: '101', title: 'Intro call', ownerId: '81001' },
    });
    expect(stack.emulator.meetings(1001).map((m) => m.id)).toContain(result.meeting.id);
  });

  it('books a meeting given as a duration, the end instant being the start plus those minutes', async () => {
    const { end: _end, ...rest } = createBody(1001, '7001', '101').parameters;
    const body = createBody(1001, '7001', '101', {
      ...rest,
      timezone: 'America/New_York',
      start: '2027-11-07T00:30',
      durationMinutes: 90,
    });
    const response = await signedFetch(stack, { method: 'POST', path: meetingsPath, body });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ok: true,
      meeting: { startUtc: '2027-11-07T04:30:00Z', endUtc: '2027-11-07T06:00:00Z' },
    });
  });

  it('loads the form options for the signed-in user by GET and by POST', async () => {
    const byGet = await signedFetch(stack, {
      method: 'GET',
      path: '/api/form-options?portalId=1001&userId=7001',
    });
    expect(byGet.status).toBe(200);
    expect(await byGet.json()).toMatchObject({ ok: true, options: { organizer: { ownerId: '81001' } } });
    const byPost = await signedFetch(stack, {
      method: 'POST',
      path: '/api/form-options',
      body: { portalId: '1001', userId: '7001' },
    });
    expect(await byPost.json()).toMatchObject({ ok: true, options: { organizer: { ownerId: '81001' } } });
  });

  const forgeries: Array<[string, Partial<Parameters<typeof signedFetch>[1]>]> = [
    ['the method was changed', { signedMethod: 'PUT' }],
    ['the URI was changed', { signedPath: '/api/meetings?portalId=1002&userId=7001' }],
    ['the body was changed', { signedBody: JSON.stringify(createBody(1001, '7001', '102')) }],
    ['the timestamp is more than five minutes old', { timestamp: Date.now() - 5 * 60 * 1000 - 1_000 }],
    ['the timestamp lies in the future', { timestamp: Date.now() + 2 * 60 * 1000 }],
    ['it was signed with another secret', { secret: 'some-other-apps-client-secret' }],
  ];

  it.each(forgeries)('answers 401 and touches nothing when %s', async (_label, forgery) => {
    const claimsBefore = await storedClaims();
    const meetingsBefore = stack.emulator.meetings(1001).length;
    const response = await signedFetch(stack, {
      method: 'POST',
      path: meetingsPath,
      body: createBody(1001, '7001', '101'),
      ...forgery,
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(hubSpotCalls()).toBe(0);
    expect(await storedClaims()).toBe(claimsBefore);
    expect(stack.emulator.meetings(1001)).toHaveLength(meetingsBefore);
  });

  it('answers 401 when the signature headers are missing', async () => {
    const response = await fetch(`${stack.backend.url}${meetingsPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(createBody(1001, '7001', '101')),
    });
    expect(response.status).toBe(401);
    expect(hubSpotCalls()).toBe(0);
  });

  it('refuses a body that names another account than the one HubSpot appended', async () => {
    const response = await signedFetch(stack, {
      method: 'POST',
      path: meetingsPath,
      body: createBody(1002, '7001', '101'),
    });
    expect(response.status).toBe(403);
    expect(hubSpotCalls()).toBe(0);
  });

  it('refuses to book with someone else as organizer than the signed-in user', async () => {
    const body = createBody(1001, '7001', '101');
    body.parameters.organizerUserId = '7002';
    const response = await signedFetch(stack, { method: 'POST', path: meetingsPath, body });
    expect(response.status).toBe(403);
    expect(hubSpotCalls()).toBe(0);
  });

  it('refuses a request that does not say which user is signed in', async () => {
    const response = await signedFetch(stack, {
      method: 'POST',
      path: '/api/meetings',
      body: { ...createBody(1001, '7001', '101'), userId: undefined },
    });
    expect(response.status).toBe(400);
    expect(hubSpotCalls()).toBe(0);
  });

  it('tells the card the app is not installed for an account that never installed it', async () => {
    const response = await signedFetch(stack, {
      method: 'POST',
      path: '/api/meetings',
      body: createBody(1002, '7101', '201'),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(hubSpotCalls()).toBe(0);
  });

  it('takes the account from the signed body when HubSpot appends no query', async () => {
    const response = await signedFetch(stack, {
      method: 'POST',
      path: '/api/meetings',
      body: createBody(1001, '7001', '102'),
    });
    expect(await response.json()).toMatchObject({ ok: true, meeting: { contactId: '102' } });
  });

  it('answers field errors without calling HubSpot when the input is invalid', async () => {
    const body = createBody(1001, '7001', '101');
    body.parameters.title = '';
    const response = await signedFetch(stack, { method: 'POST', path: meetingsPath, body });
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_ERROR', fields: { title: { code: 'required' } } },
    });
    expect(stack.emulator.callCount('POST', '/scheduler/2026-03/meetings/calendar')).toBe(0);
  });

  it('never writes a token, code, secret or signature to its logs', () => {
    expect(leakedLines(stack)).toEqual([]);
  });
});
