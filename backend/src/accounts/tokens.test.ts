import { DEMO_OAUTH_APP } from '@meeting-card/hubspot-emulator';
import {
  createBody,
  installApp,
  leakedLines,
  signedFetch,
  startStack,
  STORAGE_KINDS_FOR_TESTS,
  type BackendInstance,
  type Stack,
} from '../test-support';

const TOKEN_ROUTE = '/oauth/2026-03/token';
const INTROSPECT_ROUTE = '/oauth/2026-03/token/introspect';
const THIRTY_ONE_MINUTES = 31 * 60 * 1000;

describe.each(STORAGE_KINDS_FOR_TESTS)('OAuth tokens of installed accounts (%s storage)', (storage) => {
  let stack: Stack;
  let second: BackendInstance;
  beforeAll(async () => {
    stack = await startStack({ storage });
    second = await stack.startInstance();
  });
  afterAll(async () => {
    await stack?.close();
  });
  beforeEach(async () => {
    stack.emulator.reset();
    stack.emulator.faults.clear();
    expect((await installApp(stack, 1001, '7001')).status).toBe(200);
    stack.emulator.resetCalls();
  });

  const formOptions = (instance: BackendInstance) =>
    signedFetch(stack, { method: 'GET', path: '/api/form-options?portalId=1001&userId=7001', instance }).then(
      async (r) => ({ status: r.status, body: await r.json() }),
    );

  /** Both clocks pass the access token's 30-minute lifetime: HubSpot rejects it, and we know it expired. */
  const letAccessTokenExpire = () => {
    stack.clock.advance(THIRTY_ONE_MINUTES);
    stack.emulator.advanceTime(THIRTY_ONE_MINUTES);
  };

  it('refreshes an expiring token once for many concurrent requests on two instances', async () => {
    const before = await stack.backend.services.accounts.readTokens('1001');
    letAccessTokenExpire();
    const answers = await Promise.all(
      [...Array(6)].flatMap(() => [formOptions(stack.backend), formOptions(second)]),
    );
    expect(answers.map((a) => a.body.ok)).toEqual(Array(12).fill(true));
    expect(stack.emulator.callCount('POST', TOKEN_ROUTE)).toBe(1);
    const after = await stack.backend.services.accounts.readTokens('1001');
    expect(after?.accessToken).not.toBe(before?.accessToken);
    expect(after?.accessTokenExpiresAt).toBeGreaterThan(stack.clock.now());
  });

  it('refreshes and resends once when HubSpot rejects a token it had not expired yet', async () => {
    stack.emulator.faults.add({ path: '/crm/owners', times: 1, action: { type: 'status', status: 401 } });
    // A fresh instance: the first one keeps form reads for 30 s and would not call HubSpot at all.
    const answer = await formOptions(await stack.startInstance());
    expect(answer.body.ok).toBe(true);
    expect(stack.emulator.callCount('POST', TOKEN_ROUTE)).toBe(1);
  });

  it('marks the account uninstalled and deletes its tokens when the refresh grant is refused', async () => {
    await fetch(`${stack.emulator.url}/__emulator/oauth/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ portalId: 1001, clientId: DEMO_OAUTH_APP.clientId }),
    });
    letAccessTokenExpire();
    const answer = await signedFetch(stack, {
      method: 'POST',
      path: '/api/meetings?portalId=1001&userId=7001',
      body: createBody(1001, '7001', '101'),
    });
    expect(answer.status).toBe(403);
    expect(await answer.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const account = await stack.backend.db
      .selectFrom('accounts')
      .selectAll()
      .where('hub_id', '=', '1001')
      .executeTakeFirst();
    expect(account?.status).toBe('uninstalled');
    expect(await stack.backend.db.selectFrom('account_tokens').selectAll().execute()).toEqual([]);
    expect(stack.emulator.callCount('POST', '/scheduler/2026-03/meetings/calendar')).toBe(0);
  });

  it('keeps the account and its tokens when 401s persist but introspect vouches for the install', async () => {
    const before = await stack.backend.services.accounts.readTokens('1001');
    stack.emulator.faults.add({ path: '/crm/owners', action: { type: 'status', status: 401 } });
    const fresh = await stack.startInstance();
    for (let attempt = 0; attempt < 3; attempt++) {
      const answer = await signedFetch(stack, {
        method: 'POST',
        path: '/api/meetings?portalId=1001&userId=7001',
        body: createBody(1001, '7001', '101'),
        instance: fresh,
      });
      expect(await answer.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    // Never uninstalled because of 401s alone: the account and a usable refresh token remain.
    expect(await stack.backend.services.accounts.findInstalled('1001')).not.toBeNull();
    const after = await stack.backend.services.accounts.readTokens('1001');
    expect(after?.refreshToken).toBe(before?.refreshToken);
    // Each request refreshed at most once; introspect was asked once for the whole storm.
    expect(stack.emulator.callCount('POST', TOKEN_ROUTE)).toBeLessThanOrEqual(3);
    expect(stack.emulator.callCount('POST', INTROSPECT_ROUTE)).toBe(1);
    expect(stack.emulator.callCount('POST', '/scheduler/2026-03/meetings/calendar')).toBe(0);
  });

  it('notices that HubSpot uninstalled the app while our access token had not expired, and purges the tokens', async () => {
    await fetch(`${stack.emulator.url}/__emulator/oauth/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ portalId: 1001, clientId: DEMO_OAUTH_APP.clientId }),
    });
    const answer = await formOptions(await stack.startInstance());
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    // The refresh was refused in the 2026-03 shape (a bare VALIDATION_ERROR); introspect said inactive.
    expect(stack.emulator.callCount('POST', TOKEN_ROUTE, 400)).toBe(1);
    expect(stack.emulator.callCount('POST', INTROSPECT_ROUTE)).toBe(1);
    expect(await stack.backend.services.accounts.findInstalled('1001')).toBeNull();
    expect(await stack.backend.db.selectFrom('account_tokens').selectAll().execute()).toEqual([]);
    expect((await formOptions(stack.backend)).status).toBe(403);
  });

  it('never writes a token, code, secret or signature to its logs', () => {
    expect(leakedLines(stack)).toEqual([]);
  });
});
