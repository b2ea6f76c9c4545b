import { DEMO_OAUTH_APP, startEmulator, type Emulator } from './index';
import { call } from './test-support';

const REDIRECT = DEMO_OAUTH_APP.redirectUrls[0] as string;
const SCOPES = DEMO_OAUTH_APP.scopes.join(' ');
const client = { client_id: DEMO_OAUTH_APP.clientId, client_secret: DEMO_OAUTH_APP.clientSecret };

let now = Date.parse('2026-03-01T12:00:00Z');
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ clock: () => now, oauthAccessTokenTtlSeconds: 600, rateLimit: false });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

function authorizeUrl(extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({
    client_id: DEMO_OAUTH_APP.clientId,
    scope: SCOPES,
    redirect_uri: REDIRECT,
    state: 'st-123',
    ...extra,
  });
  return `/oauth/authorize?${q.toString()}`;
}

async function install(portalId = '1002') {
  const res = await call(emu, authorizeUrl({ portalId, autoApprove: '1' }));
  expect(res.status).toBe(302);
  const location = new URL(res.headers.get('location') as string);
  expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
  expect(location.searchParams.get('state')).toBe('st-123');
  const code = location.searchParams.get('code') as string;
  const token = await call(emu, '/oauth/2026-03/token', {
    form: { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, ...client },
  });
  expect(token.status).toBe(200);
  return {
    code,
    token: token.body as {
      access_token: string;
      refresh_token: string;
      expires_in: number;
      hub_id: number;
      user_id: number;
      scopes: string[];
      token_type: string;
      token_use: string;
    },
  };
}

/** The 2026-03 Error schema: exactly category, correlationId and message. */
function expect2026Error(body: Record<string, unknown>, category: string) {
  expect(Object.keys(body).sort()).toEqual(['category', 'correlationId', 'message']);
  expect(body.category).toBe(category);
  expect(body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
}

describe('OAuth install and tokens', () => {
  test('the consent page lists every account with an Install button', async () => {
    const res = await call(emu, authorizeUrl());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.text).toContain('Acme Demo (1001)');
    expect(res.text).toContain('Globex Trial (1002)');
    expect(res.text.match(/>Install</g)).toHaveLength(2);
  });

  test('the account-specific authorize page approves that account only, and never for a user who may not install apps', async () => {
    const page = await call(emu, authorizeUrl().replace('/oauth/authorize', '/oauth/1001/authorize'));
    expect(page.status).toBe(200);
    expect(page.text).toContain('Acme Demo (1001)');
    expect(page.text).not.toContain('Globex Trial (1002)');
    const other = await call(
      emu,
      authorizeUrl({ portalId: '1002', autoApprove: '1' }).replace(
        '/oauth/authorize',
        '/oauth/1001/authorize',
      ),
    );
    expect(other.status).toBe(400);
    const rep = await call(
      emu,
      authorizeUrl({ autoApprove: '1', userId: '7002' }).replace('/oauth/authorize', '/oauth/1001/authorize'),
    );
    expect(rep.status).toBe(403);
    expect(rep.text).toContain('permission to install apps');
    const admin = await call(
      emu,
      authorizeUrl({ autoApprove: '1', userId: '7001' }).replace('/oauth/authorize', '/oauth/1001/authorize'),
    );
    expect(admin.status).toBe(302);
    expect(new URL(admin.headers.get('location') as string).searchParams.get('code')).toMatch(/^code-emu-/);
  });

  test('a wrong redirect_uri or missing required scopes are refused on the consent page', async () => {
    expect((await call(emu, authorizeUrl({ redirect_uri: 'https://evil.example/cb' }))).status).toBe(400);
    expect((await call(emu, authorizeUrl({ scope: 'oauth' }))).status).toBe(400);
  });

  test('the authorization code grant gives tokens for the chosen account that work on its data only', async () => {
    const { token } = await install('1002');
    expect(token).toMatchObject({
      token_type: 'bearer',
      token_use: 'access_token',
      expires_in: 600,
      hub_id: 1002,
      user_id: 7101,
    });
    expect(token.scopes).toEqual(expect.arrayContaining(DEMO_OAUTH_APP.scopes));
    const owners = await call(emu, '/crm/owners/2026-03', { token: token.access_token });
    expect(owners.body.results.map((o: { id: string }) => o.id)).toEqual(['82001']);
    expect((await call(emu, '/crm/objects/2026-03/contacts/101', { token: token.access_token })).status).toBe(
      404,
    );
  });

  test('a code works once, and only with the right client secret and redirect_uri', async () => {
    const res = await call(emu, authorizeUrl({ portalId: '1001', autoApprove: '1' }));
    const code = new URL(res.headers.get('location') as string).searchParams.get('code') as string;
    const wrongSecret = await call(emu, '/oauth/2026-03/token', {
      form: {
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT,
        ...client,
        client_secret: 'nope',
      },
    });
    expect2026Error(wrongSecret.body, 'INVALID_AUTHENTICATION');
    const wrongRedirect = await call(emu, '/oauth/2026-03/token', {
      form: {
        grant_type: 'authorization_code',
        code,
        redirect_uri: 'http://localhost:3000/oauth/callback',
        ...client,
      },
    });
    expect2026Error(wrongRedirect.body, 'VALIDATION_ERROR');
    const first = await call(emu, '/oauth/2026-03/token', {
      form: { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, ...client },
    });
    expect(first.status).toBe(200);
    const again = await call(emu, '/oauth/2026-03/token', {
      form: { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, ...client },
    });
    expect(again.status).toBe(400);
    expect2026Error(again.body, 'VALIDATION_ERROR');
  });

  test('an access token expires after its lifetime and the refresh grant gives a working new one', async () => {
    const { token } = await install('1002');
    now += 599_000;
    expect((await call(emu, '/crm/owners/2026-03', { token: token.access_token })).status).toBe(200);
    now += 1_000;
    const expired = await call(emu, '/crm/owners/2026-03', { token: token.access_token });
    expect(expired.status).toBe(401);
    expect(expired.body.category).toBe('INVALID_AUTHENTICATION');
    const refreshed = await call(emu, '/oauth/2026-03/token', {
      form: { grant_type: 'refresh_token', refresh_token: token.refresh_token, ...client },
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.access_token).not.toBe(token.access_token);
    expect(refreshed.body.refresh_token).toBe(token.refresh_token);
    expect((await call(emu, '/crm/owners/2026-03', { token: refreshed.body.access_token })).status).toBe(200);
  });

  test('introspection tells the account, app and scopes of a live token, and inactive for an unknown one', async () => {
    const { token } = await install('1002');
    const live = await call(emu, '/oauth/2026-03/token/introspect', {
      form: { token: token.access_token, ...client },
    });
    expect(live.body).toMatchObject({
      active: true,
      token: token.access_token,
      hub_id: 1002,
      app_id: DEMO_OAUTH_APP.appId,
      client_id: DEMO_OAUTH_APP.clientId,
      user_id: 7101,
      token_use: 'access_token',
      is_private_distribution: false,
    });
    // PublicAccessTokenInfoResponse's required fields.
    for (const field of [
      'active',
      'app_id',
      'client_id',
      'expires_in',
      'hub_id',
      'is_private_distribution',
      'scopes',
      'signed_access_token',
      'token',
      'token_type',
      'token_use',
      'user_id',
    ])
      expect(live.body).toHaveProperty(field);
    const refresh = await call(emu, '/oauth/2026-03/token/introspect', {
      form: { token: token.refresh_token, ...client },
    });
    expect(refresh.body).toMatchObject({ active: true, hub_id: 1002, token_use: 'refresh_token' });
    const wrongSecret = await call(emu, '/oauth/2026-03/token/introspect', {
      form: { token: token.access_token, ...client, client_secret: 'nope' },
    });
    expect(wrongSecret.status).toBe(400);
    expect2026Error(wrongSecret.body, 'INVALID_AUTHENTICATION');
    const unknown = await call(emu, '/oauth/2026-03/token/introspect', {
      form: { token: 'oat-emu-nope', ...client },
    });
    expect(unknown.body).toEqual({ active: false });
  });

  test('after the customer uninstalls, refresh is refused (2026-03 error), introspect says inactive and the access token is refused', async () => {
    const { token } = await install('1002');
    const revoked = await call(emu, '/__emulator/oauth/revoke', {
      body: { portalId: 1002, clientId: DEMO_OAUTH_APP.clientId },
    });
    expect(revoked.body).toEqual({ revoked: 1 });
    const refresh = await call(emu, '/oauth/2026-03/token', {
      form: { grant_type: 'refresh_token', refresh_token: token.refresh_token, ...client },
    });
    expect(refresh.status).toBe(400);
    expect2026Error(refresh.body, 'VALIDATION_ERROR');
    const introspected = await call(emu, '/oauth/2026-03/token/introspect', {
      form: { token: token.refresh_token, ...client },
    });
    expect(introspected.body).toEqual({ active: false });
    expect((await call(emu, '/crm/owners/2026-03', { token: token.access_token })).status).toBe(401);
  });

  test('the v1 token endpoint keeps the v1 shapes: status and error invalid_grant', async () => {
    const { token } = await install('1002');
    const ok = await call(emu, '/oauth/v1/token', {
      form: { grant_type: 'refresh_token', refresh_token: token.refresh_token, ...client },
    });
    expect(ok.body).toMatchObject({ token_type: 'bearer', hub_id: 1002 });
    expect(ok.body).not.toHaveProperty('token_use');
    const bad = await call(emu, '/oauth/v1/token', {
      form: { grant_type: 'refresh_token', refresh_token: 'ort-emu-nope', ...client },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ status: 'BAD_REFRESH_TOKEN', error: 'invalid_grant' });
  });

  test('revoking a refresh token ends it and its access tokens, but not the install', async () => {
    const { token } = await install('1002');
    const revoked = await call(emu, '/oauth/2026-03/token/revoke', {
      form: { token: token.refresh_token, token_type_hint: 'refresh_token', ...client },
    });
    expect(revoked.status).toBe(200);
    const refresh = await call(emu, '/oauth/2026-03/token', {
      form: { grant_type: 'refresh_token', refresh_token: token.refresh_token, ...client },
    });
    expect(refresh.status).toBe(400);
    expect((await call(emu, '/crm/owners/2026-03', { token: token.access_token })).status).toBe(401);
    const state = await call(emu, '/__emulator/state');
    expect(
      state.body.installs
        .filter((i: { portalId: number }) => i.portalId === 1002)
        .map((i: { active: boolean }) => i.active),
    ).toEqual([true]);
    const unknown = await call(emu, '/oauth/2026-03/token/revoke', { form: { token: 'nope', ...client } });
    expect(unknown.status).toBe(200);
  });

  test('the app can uninstall itself with DELETE external-install', async () => {
    const { token } = await install('1001');
    const res = await call(emu, '/appinstalls/2026-03/external-install', {
      method: 'DELETE',
      token: token.access_token,
    });
    expect(res.status).toBe(204);
    const refresh = await call(emu, '/oauth/2026-03/token', {
      form: { grant_type: 'refresh_token', refresh_token: token.refresh_token, ...client },
    });
    expect(refresh.status).toBe(400);
    expect2026Error(refresh.body, 'VALIDATION_ERROR');
  });
});

describe('token responses with only the fields the 2026-03 spec requires', () => {
  let minimal: Emulator;
  beforeAll(async () => {
    minimal = await startEmulator({ oauthTokenFields: 'required', rateLimit: false });
  });
  afterAll(() => minimal.close());

  test('carry access_token, expires_in, refresh_token, token_type and token_use, and no hub_id', async () => {
    const res = await call(minimal, authorizeUrl({ portalId: '1002', autoApprove: '1' }));
    const code = new URL(res.headers.get('location') as string).searchParams.get('code') as string;
    const token = await call(minimal, '/oauth/2026-03/token', {
      form: { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, ...client },
    });
    expect(Object.keys(token.body).sort()).toEqual([
      'access_token',
      'expires_in',
      'refresh_token',
      'token_type',
      'token_use',
    ]);
    const introspected = await call(minimal, '/oauth/2026-03/token/introspect', {
      form: { token: token.body.access_token, ...client },
    });
    expect(introspected.body).toMatchObject({ active: true, hub_id: 1002 });
  });
});
