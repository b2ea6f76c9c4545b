import {
  ACME_READ_ONLY_TOKEN,
  ACME_TOKEN,
  DEMO_OAUTH_APP,
  GLOBEX_TOKEN,
  startEmulator,
  type Emulator,
} from './index';
import { call, contractValidators } from './test-support';

const { error: validError } = contractValidators();

test('the call over the ten-secondly limit gets 429 with policyName and Retry-After, and passes again once the window rolls', async () => {
  let now = Date.parse('2026-03-01T12:00:00Z');
  const emu = await startEmulator({ rateLimit: { max: 3, windowMs: 10_000 }, clock: () => now });
  try {
    for (let i = 0; i < 3; i += 1)
      expect((await call(emu, '/crm/owners/2026-03', { token: ACME_TOKEN })).status).toBe(200);
    now += 4000;
    const limited = await call(emu, '/crm/owners/2026-03', { token: ACME_TOKEN });
    expect(limited.status).toBe(429);
    expect(validError(limited.body)).toBe(true);
    expect(limited.body).toMatchObject({
      status: 'error',
      category: 'RATE_LIMITS',
      policyName: 'TEN_SECONDLY_ROLLING',
    });
    expect(limited.headers.get('retry-after')).toBe('6');
    // Another account (and another private app) has its own budget.
    expect((await call(emu, '/crm/owners/2026-03', { token: GLOBEX_TOKEN })).status).toBe(200);
    expect((await call(emu, '/crm/owners/2026-03', { token: ACME_READ_ONLY_TOKEN })).status).toBe(200);
    now += 6000;
    expect((await call(emu, '/crm/owners/2026-03', { token: ACME_TOKEN })).status).toBe(200);
    expect(emu.callCount('GET', '/crm/owners/2026-03', 429)).toBe(1);
  } finally {
    await emu.close();
  }
});

test('search obeys its own per-second limit with policyName SECONDLY', async () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  const emu = await startEmulator({ clock: () => now });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push(
        (await call(emu, '/crm/objects/2026-03/meetings/search', { token: ACME_TOKEN, body: {} })).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await call(emu, '/crm/objects/2026-03/meetings/search', { token: ACME_TOKEN, body: {} });
    expect(limited.body.policyName).toBe('SECONDLY');
    expect(limited.headers.get('retry-after')).toBe('1');
    // Non-search calls are still within the ten-secondly budget.
    expect((await call(emu, '/crm/owners/2026-03', { token: ACME_TOKEN })).status).toBe(200);
  } finally {
    await emu.close();
  }
});

/** Installs the demo OAuth app in `portalId` and answers its access token. */
async function oauthToken(emu: Emulator, portalId: number): Promise<string> {
  const redirect = DEMO_OAUTH_APP.redirectUrls[0] as string;
  const q = new URLSearchParams({
    client_id: DEMO_OAUTH_APP.clientId,
    scope: DEMO_OAUTH_APP.scopes.join(' '),
    redirect_uri: redirect,
    portalId: String(portalId),
    autoApprove: '1',
  });
  const consent = await call(emu, `/oauth/authorize?${q.toString()}`);
  const code = new URL(consent.headers.get('location') as string).searchParams.get('code') as string;
  const token = await call(emu, '/oauth/2026-03/token', {
    form: {
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirect,
      client_id: DEMO_OAUTH_APP.clientId,
      client_secret: DEMO_OAUTH_APP.clientSecret,
    },
  });
  return token.body.access_token as string;
}

test('an OAuth app gets 110 calls per rolling 10 s per account, as HubSpot allows OAuth apps', async () => {
  let now = Date.parse('2026-03-01T12:00:00Z');
  const emu = await startEmulator({ clock: () => now });
  try {
    const token = await oauthToken(emu, 1001);
    const statuses: number[] = [];
    for (let i = 0; i < 111; i += 1)
      statuses.push((await call(emu, '/crm/owners/2026-03', { token })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(110);
    expect(statuses[110]).toBe(429);
    // The same app in another account has its own 110.
    const other = await oauthToken(emu, 1002);
    expect((await call(emu, '/crm/owners/2026-03', { token: other })).status).toBe(200);
    now += 10_000;
    expect((await call(emu, '/crm/owners/2026-03', { token })).status).toBe(200);
  } finally {
    await emu.close();
  }
});

test('search is not counted against the ten-second limit, only against its own per-second one', async () => {
  let now = Date.parse('2026-03-01T12:00:00Z');
  const emu = await startEmulator({ clock: () => now });
  try {
    const token = await oauthToken(emu, 1001);
    for (let i = 0; i < 110; i += 1)
      expect((await call(emu, '/crm/owners/2026-03', { token })).status).toBe(200);
    expect((await call(emu, '/crm/owners/2026-03', { token })).status).toBe(429);
    // The ten-second budget is spent, yet search still answers, five per second.
    const searches: number[] = [];
    for (let i = 0; i < 6; i += 1)
      searches.push((await call(emu, '/crm/objects/2026-03/meetings/search', { token, body: {} })).status);
    expect(searches).toEqual([200, 200, 200, 200, 200, 429]);
    now += 1_000;
    expect((await call(emu, '/crm/objects/2026-03/meetings/search', { token, body: {} })).status).toBe(200);
  } finally {
    await emu.close();
  }
});
