import {
  createBody,
  installApp,
  leakedLines,
  signedFetch,
  startStack,
  STORAGE_KINDS_FOR_TESTS,
  toLocal,
  type Stack,
} from '../test-support';

const TABLES = ['accounts', 'account_tokens', 'create_requests', 'token_refresh_leases'] as const;

/** The cookie pair (`name=value`) a response sets, as a browser would send it back. */
function cookieFrom(response: Response, name: string): string {
  const set = response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  if (!set) throw new Error(`no ${name} cookie`);
  return set.split(';')[0] as string;
}

describe.each(STORAGE_KINDS_FOR_TESTS)('uninstalling the app (%s storage)', (storage) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ storage });
  });
  afterAll(async () => {
    await stack?.close();
  });
  beforeEach(async () => {
    stack.emulator.reset();
    expect((await installApp(stack, 1001, '7001')).status).toBe(200);
    // Something stored for the account besides its tokens: a booked meeting's idempotency record.
    await signedFetch(stack, {
      method: 'POST',
      path: '/api/meetings?portalId=1001&userId=7001',
      body: createBody(1001, '7001', '101'),
    });
  });

  /** Per table: does it hold anything for the account? */
  const rowsOf = async (hubId: string) => {
    const held: boolean[] = [];
    for (const table of TABLES)
      held.push(
        (await stack.backend.db.selectFrom(table).selectAll().where('hub_id', '=', hubId).execute()).length >
          0,
      );
    return held;
  };
  const installedAtHubSpot = async (portalId: number) => {
    const state = (await (await fetch(`${stack.emulator.url}/__emulator/state`)).json()) as {
      installs: Array<{ portalId: number; active: boolean }>;
    };
    return state.installs.some((i) => i.portalId === portalId && i.active);
  };

  /** The uninstall page's form, as the admin's browser gets it. */
  async function openUninstallPage(portalId: string) {
    const page = await fetch(`${stack.backend.url}/oauth/uninstall?portalId=${portalId}`);
    const html = await page.text();
    const formSecret = /name="form" value="([^"]+)"/.exec(html)?.[1];
    return { page, html, formSecret, formCookie: formSecret ? cookieFrom(page, 'mc_uninstall_form') : '' };
  }

  /** The whole trip: our page, its form, HubSpot's authorize step as `userId`, our callback. */
  async function uninstallAs(portalId: string, userId: string) {
    const { formSecret, formCookie } = await openUninstallPage(portalId);
    const start = await fetch(`${stack.backend.url}/oauth/uninstall`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: formCookie },
      body: new URLSearchParams({ portalId, form: formSecret ?? '' }).toString(),
      redirect: 'manual',
    });
    expect(start.status).toBe(302);
    const tripCookie = cookieFrom(start, 'mc_oauth_trip');
    const authorize = new URL(start.headers.get('location') ?? '');
    // HubSpot's authorize page for this one account.
    expect(authorize.pathname).toBe(`/oauth/${portalId}/authorize`);
    authorize.searchParams.set('autoApprove', '1');
    authorize.searchParams.set('userId', userId);
    const consent = await fetch(authorize, { redirect: 'manual' });
    if (consent.status !== 302) return { consent, callback: undefined, tripCookie };
    const callback = await fetch(toLocal(stack, consent.headers.get('location') ?? ''), {
      headers: { cookie: tripCookie },
    });
    return { consent, callback, tripCookie };
  }

  it('refuses an uninstall through the card’s signed routes and keeps everything', async () => {
    const response = await signedFetch(stack, {
      method: 'DELETE',
      path: '/api/account?portalId=1001&userId=7001',
      body: { portalId: '1001' },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: expect.stringContaining('/oauth/uninstall') },
    });
    expect(await rowsOf('1001')).toEqual([true, true, true, false]);
    expect(await installedAtHubSpot(1001)).toBe(true);
  });

  it('uninstalls at HubSpot and deletes the account’s data once HubSpot lets an admin through', async () => {
    const { callback } = await uninstallAs('1001', '7001');
    expect(callback?.status).toBe(200);
    const html = await callback!.text();
    expect(html).toContain('Meeting Card is uninstalled');
    expect(html).toContain('has been deleted');
    expect(stack.emulator.callCount('DELETE', '/appinstalls/2026-03/external-install')).toBe(1);
    expect(await installedAtHubSpot(1001)).toBe(false);
    expect(await rowsOf('1001')).toEqual([false, false, false, false]);
    const after = await signedFetch(stack, {
      method: 'GET',
      path: '/api/form-options?portalId=1001&userId=7001',
    });
    expect(after.status).toBe(403);
  });

  it('changes nothing when HubSpot stops a user who may not manage apps at its authorize step', async () => {
    const { consent, callback } = await uninstallAs('1001', '7002');
    expect(consent.status).toBe(403);
    expect(callback).toBeUndefined();
    expect(stack.emulator.callCount('DELETE', '/appinstalls/2026-03/external-install')).toBe(0);
    expect(await installedAtHubSpot(1001)).toBe(true);
    expect(await rowsOf('1001')).toEqual([true, true, true, false]);
  });

  it('serves the uninstall page unframeable, with no Referer passed on', async () => {
    const { page } = await openUninstallPage('1001');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('says so for a portal that never installed, and deletes nothing', async () => {
    const { page, html, formSecret } = await openUninstallPage('1002');
    expect(page.status).toBe(200);
    expect(html).toContain('Nothing to uninstall');
    expect(html).not.toMatch(/deleted/i);
    expect(formSecret).toBeUndefined();
    expect(await rowsOf('1001')).toEqual([true, true, true, false]);
  });

  it('refuses a form posted from another site (no form cookie) without going to HubSpot', async () => {
    const response = await fetch(`${stack.backend.url}/oauth/uninstall`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'portalId=1001&form=guessed',
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('location')).toBeNull();
    expect(await rowsOf('1001')).toEqual([true, true, true, false]);
  });

  it('refuses to finish an uninstall in a browser other than the one that started it', async () => {
    const { formSecret, formCookie } = await openUninstallPage('1001');
    const start = await fetch(`${stack.backend.url}/oauth/uninstall`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: formCookie },
      body: new URLSearchParams({ portalId: '1001', form: formSecret ?? '' }).toString(),
      redirect: 'manual',
    });
    const authorize = new URL(start.headers.get('location') ?? '');
    authorize.searchParams.set('autoApprove', '1');
    const consent = await fetch(authorize, { redirect: 'manual' });
    const callback = await fetch(toLocal(stack, consent.headers.get('location') ?? ''));
    expect(callback.status).toBe(403);
    expect(await callback.text()).toContain('browser that started it');
    expect(stack.emulator.callCount('DELETE', '/appinstalls/2026-03/external-install')).toBe(0);
    expect(await rowsOf('1001')).toEqual([true, true, true, false]);
  });

  it('never writes a token, code, secret or signature to its logs', () => {
    expect(leakedLines(stack)).toEqual([]);
  });
});
