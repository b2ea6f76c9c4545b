import { installApp, startStack, STORAGE_KINDS_FOR_TESTS, toLocal, type Stack } from './test-support';
import { leakedLines } from './test-support/redaction';

describe.each(STORAGE_KINDS_FOR_TESTS)('installing the app (%s storage)', (storage) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ storage });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('stores the account, its scopes and sealed tokens after the admin approves the install', async () => {
    const callback = await installApp(stack, 1002);
    const html = await callback.text();
    expect(callback.status).toBe(200);
    expect(html).toContain('Meeting Card is installed');
    expect(html).toContain('1002');

    const account = await stack.backend.services.accounts.findInstalled('1002');
    expect(account?.scopes).toEqual(
      expect.arrayContaining(['oauth', 'crm.objects.contacts.write', 'crm.objects.owners.read']),
    );
    const tokens = await stack.backend.services.accounts.readTokens('1002');
    expect(tokens?.accessToken).toMatch(/^oat-emu-1002-/);
    expect(tokens?.refreshToken).toMatch(/^ort-emu-1002-/);

    // At rest, neither token appears in the row: both are AES-256-GCM sealed.
    const row = await stack.backend.db
      .selectFrom('account_tokens')
      .selectAll()
      .where('hub_id', '=', '1002')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(tokens?.refreshToken);
    expect(JSON.stringify(row)).not.toContain(tokens?.accessToken);
    expect(row.refresh_token_sealed).toMatch(/^v1\./);
  });

  it('sends the admin to HubSpot with the minimal scopes, the public callback URL and a state', async () => {
    const start = await fetch(`${stack.backend.url}/oauth/install`, { redirect: 'manual' });
    const location = new URL(start.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(stack.config.hubspotAuthorizeUrl);
    expect(location.searchParams.get('client_id')).toBe(stack.config.clientId);
    expect(location.searchParams.get('redirect_uri')).toBe('https://meeting-card.test/oauth/callback');
    expect(location.searchParams.get('scope')?.split(' ').sort()).toEqual(
      ['crm.objects.contacts.read', 'crm.objects.contacts.write', 'crm.objects.owners.read', 'oauth'].sort(),
    );
    expect(location.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  });

  it('refuses a callback whose state it never issued, without exchanging the code', async () => {
    stack.emulator.resetCalls();
    const response = await fetch(
      `${stack.backend.url}/oauth/callback?code=code-emu-forged&state=not-issued-by-us`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('expired or was already used');
    expect(stack.emulator.callCount('POST', '/oauth/2026-03/token')).toBe(0);
  });

  it('refuses to complete the same install link twice', async () => {
    const start = await fetch(`${stack.backend.url}/oauth/install`, { redirect: 'manual' });
    const authorize = new URL(start.headers.get('location') ?? '');
    authorize.searchParams.set('portalId', '1001');
    authorize.searchParams.set('autoApprove', '1');
    const consent = await fetch(authorize, { redirect: 'manual' });
    const callbackUrl = toLocal(stack, consent.headers.get('location') ?? '');
    expect((await fetch(callbackUrl)).status).toBe(200);
    const again = await fetch(callbackUrl);
    expect(again.status).toBe(400);
  });

  it('says the install was cancelled when the admin declines on HubSpot', async () => {
    const start = await fetch(`${stack.backend.url}/oauth/install`, { redirect: 'manual' });
    const authorize = new URL(start.headers.get('location') ?? '');
    authorize.searchParams.set('deny', '1');
    const consent = await fetch(authorize, { redirect: 'manual' });
    const response = await fetch(toLocal(stack, consent.headers.get('location') ?? ''));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('cancelled');
  });

  it('answers the health check with the storage in use', async () => {
    const response = await fetch(`${stack.backend.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, database: storage, tokenKey: { ok: true } });
  });

  it('never writes a token, code or secret to its logs', () => {
    expect(stack.logs.lines.length).toBeGreaterThan(10);
    expect(leakedLines(stack)).toEqual([]);
  });
});

describe.each(STORAGE_KINDS_FOR_TESTS)(
  'installing when the token response carries only the 2026-03 required fields (%s storage)',
  (storage) => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ storage, emulator: { oauthTokenFields: 'required' } });
    });
    afterAll(async () => {
      await stack?.close();
    });

    it('takes the account from token/introspect and installs it', async () => {
      const callback = await installApp(stack, 1002, '7101');
      expect(callback.status).toBe(200);
      expect(await callback.text()).toContain('1002');
      expect(stack.emulator.callCount('POST', '/oauth/2026-03/token/introspect')).toBe(1);
      const account = await stack.backend.services.accounts.findInstalled('1002');
      expect(account).toMatchObject({ hubId: '1002', installedByUserId: '7101' });
      expect(account?.scopes).toEqual(expect.arrayContaining(['oauth', 'crm.objects.owners.read']));
    });
  },
);
