import { parseOAuthError } from './oauth-error';
import { createTokenClient } from './token-client';

/**
 * HubSpot's token endpoint stubbed with fetchImpl: the emulator answers only the 2026-03 shapes on the
 * 2026-03 path, and these tests need HubSpot's other real answers there too (the v1 error shape, which
 * HubSpot documents as still sent, and a 2026-03 error with a subCategory).
 */
function stubHubSpot(answers: Record<string, Array<{ status: number; body: unknown }>>) {
  const calls: Array<{ path: string; form: URLSearchParams }> = [];
  const fetchImpl = (async (url: string | URL, init?: RequestInit) => {
    const path = new URL(String(url)).pathname;
    calls.push({ path, form: new URLSearchParams(String(init?.body ?? '')) });
    const next = answers[path]?.shift();
    if (!next) throw new Error(`unexpected call to ${path}`);
    return new Response(JSON.stringify(next.body), {
      status: next.status,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  const client = createTokenClient({
    apiBaseUrl: 'https://api.hubapi.test',
    clientId: 'client',
    clientSecret: 'secret',
    fetchImpl,
    now: () => 1_000_000,
  });
  return { client, calls };
}

const TOKEN = '/oauth/2026-03/token';
const INTROSPECT = '/oauth/2026-03/token/introspect';
const correlationId = 'aeb5f871-7f07-4993-9211-075dc63e7cbf';

describe('the token client reads both of HubSpot’s error shapes', () => {
  it('treats a v1 BAD_REFRESH_TOKEN / invalid_grant as a refused grant without asking introspect', async () => {
    const { client, calls } = stubHubSpot({
      [TOKEN]: [
        {
          status: 400,
          body: {
            status: 'BAD_REFRESH_TOKEN',
            message: 'missing or invalid refresh token',
            error: 'invalid_grant',
          },
        },
      ],
    });
    expect(await client.refresh('r1')).toEqual({ ok: false, kind: 'invalid_grant', status: 400 });
    expect(calls.map((c) => c.path)).toEqual([TOKEN]);
  });

  it('treats a 2026-03 error naming the token (subCategory INVALID_TOKEN) as a refused grant', async () => {
    const { client } = stubHubSpot({
      [TOKEN]: [
        {
          status: 400,
          body: {
            category: 'VALIDATION_ERROR',
            subCategory: 'INVALID_TOKEN',
            correlationId,
            message: 'Invalid refresh token',
          },
        },
      ],
    });
    expect(await client.refresh('r1')).toMatchObject({ ok: false, kind: 'invalid_grant' });
  });

  it('settles a bare 2026-03 VALIDATION_ERROR by introspecting the refresh token: inactive is a refused grant', async () => {
    const { client, calls } = stubHubSpot({
      [TOKEN]: [
        { status: 400, body: { category: 'VALIDATION_ERROR', correlationId, message: 'Invalid input' } },
      ],
      [INTROSPECT]: [{ status: 200, body: { active: false } }],
    });
    expect(await client.refresh('r1')).toMatchObject({ ok: false, kind: 'invalid_grant' });
    expect(calls[1]?.form.get('token')).toBe('r1');
  });

  it('does not call a bare 2026-03 error an uninstall when introspect says the refresh token is active', async () => {
    const { client } = stubHubSpot({
      [TOKEN]: [
        { status: 400, body: { category: 'VALIDATION_ERROR', correlationId, message: 'Invalid input' } },
      ],
      [INTROSPECT]: [
        {
          status: 200,
          body: { active: true, hub_id: 1001, user_id: 7001, token_use: 'refresh_token', scopes: [] },
        },
      ],
    });
    expect(await client.refresh('r1')).toMatchObject({ ok: false, kind: 'failed', status: 400 });
  });

  it('never calls a wrong client secret, a 5xx or a 429 an uninstall', async () => {
    const { client } = stubHubSpot({
      [TOKEN]: [
        {
          status: 400,
          body: { status: 'BAD_CLIENT_SECRET', error: 'invalid_client', message: 'bad secret' },
        },
        { status: 502, body: { category: 'INTERNAL_ERROR', correlationId, message: 'bad gateway' } },
        { status: 429, body: { category: 'RATE_LIMITS', correlationId, message: 'slow down' } },
        {
          status: 401,
          body: { category: 'INVALID_AUTHENTICATION', correlationId, message: 'Invalid client' },
        },
      ],
      [INTROSPECT]: [
        { status: 401, body: { category: 'INVALID_AUTHENTICATION', correlationId, message: 'no' } },
      ],
    });
    for (let i = 0; i < 4; i++)
      expect(await client.refresh('r1')).toMatchObject({ ok: false, kind: 'failed' });
  });

  it('takes hub_id, user_id and scopes from introspect when the 2026-03 token response leaves them out', async () => {
    const { client, calls } = stubHubSpot({
      [TOKEN]: [
        {
          status: 200,
          body: {
            access_token: 'a1',
            refresh_token: 'r1',
            expires_in: 1800,
            token_type: 'bearer',
            token_use: 'access_token',
          },
        },
      ],
      [INTROSPECT]: [
        {
          status: 200,
          body: { active: true, hub_id: 1002, user_id: 7101, token_use: 'access_token', scopes: ['oauth'] },
        },
      ],
    });
    expect(await client.exchangeCode('c1', 'https://x.test/oauth/callback')).toEqual({
      ok: true,
      grant: {
        accessToken: 'a1',
        refreshToken: 'r1',
        accessTokenExpiresAt: 1_000_000 + 1_800_000,
        hubId: '1002',
        userId: '7101',
        scopes: ['oauth'],
      },
    });
    expect(calls[1]?.form.get('token')).toBe('a1');
  });

  it('fails an install whose hub_id neither the token response nor introspect gives', async () => {
    const { client } = stubHubSpot({
      [TOKEN]: [
        {
          status: 200,
          body: {
            access_token: 'a1',
            refresh_token: 'r1',
            expires_in: 1800,
            token_type: 'bearer',
            token_use: 'access_token',
          },
        },
      ],
      [INTROSPECT]: [{ status: 503, body: { category: 'INTERNAL_ERROR', correlationId, message: 'down' } }],
    });
    expect(await client.exchangeCode('c1', 'https://x.test/cb')).toMatchObject({ ok: false, kind: 'failed' });
  });
});

describe('parseOAuthError', () => {
  it.each([
    [400, { status: 'BAD_AUTH_CODE', error: 'invalid_grant' }, 'refused'],
    [400, { error: 'invalid_grant', error_description: 'x' }, 'refused'],
    [400, { category: 'BAD_REFRESH_TOKEN', correlationId, message: 'x' }, 'refused'],
    [
      400,
      {
        category: 'VALIDATION_ERROR',
        correlationId,
        message: 'x',
        errors: [{ message: 'x', code: 'INVALID_GRANT' }],
      },
      'refused',
    ],
    [400, { status: 'BAD_CLIENT_ID', error: 'invalid_client' }, 'client'],
    [400, { category: 'VALIDATION_ERROR', correlationId, message: 'x' }, 'unclear'],
    [400, null, 'unclear'],
    [500, { status: 'BAD_REFRESH_TOKEN' }, 'other'],
    [429, { category: 'RATE_LIMITS' }, 'other'],
  ] as const)('HTTP %s %j is %s', (status, body, grant) => {
    expect(parseOAuthError(status, body as Record<string, unknown> | null).grant).toBe(grant);
  });
});
