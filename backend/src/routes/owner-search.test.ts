import { createFetchMeetingServer } from '../../../packages/card/src/server/fetch-server';
import {
  leakedLines,
  installApp,
  PUBLIC_ORIGIN,
  signedFetch,
  startStack,
  STORAGE_KINDS_FOR_TESTS,
  type Stack,
} from '../test-support';

const OWNER_LIST = '/crm/owners/2026-03';

describe.each(STORAGE_KINDS_FOR_TESTS)('searching owners from the card (%s storage)', (storage) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ storage });
    expect((await installApp(stack, 1001, '7001')).status).toBe(200);
    expect((await installApp(stack, 1002, '7101')).status).toBe(200);
  });
  afterAll(async () => {
    await stack?.close();
  });
  beforeEach(() => stack.emulator.resetCalls());

  const search = (portalId: string, userId: string, ownerQuery: unknown) =>
    signedFetch(stack, { method: 'POST', path: '/api/form-options', body: { portalId, userId, ownerQuery } });

  it('answers the owners whose name contains a signed POST query', async () => {
    const response = await search('1001', '7001', 'carm');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: true,
      matches: {
        owners: [
          { ownerId: '81003', userId: '7003', name: 'Carmen Ruiz', email: 'carmen.ruiz@acme.example' },
        ],
        more: false,
      },
    });
  });

  it('answers a signed GET with the query in the URL', async () => {
    const response = await signedFetch(stack, {
      method: 'GET',
      path: '/api/form-options?portalId=1001&userId=7001&ownerQuery=CARTER',
    });
    expect(await response.json()).toMatchObject({
      ok: true,
      matches: { owners: [{ ownerId: '81002', name: 'Ben Carter' }] },
    });
  });

  it('reads the owner list from HubSpot at most once for searches in a row', async () => {
    await search('1001', '7001', 'ana');
    const first = stack.emulator.callCount('GET', OWNER_LIST);
    expect(first).toBeLessThanOrEqual(1);
    for (const query of ['ben', 'souza', 'acme.example'])
      expect((await (await search('1001', '7001', query)).json()).ok).toBe(true);
    expect(stack.emulator.callCount('GET', OWNER_LIST)).toBe(first);
  });

  it("searches only the calling account's owners", async () => {
    expect(await (await search('1002', '7101', 'greta')).json()).toMatchObject({
      ok: true,
      matches: { owners: [{ ownerId: '82001' }] },
    });
    expect(await (await search('1001', '7001', 'greta')).json()).toMatchObject({
      ok: true,
      matches: { owners: [] },
    });
  });

  it('refuses a one-letter query on its field without calling HubSpot', async () => {
    const response = await search('1001', '7001', 'a');
    expect(await response.json()).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_ERROR',
        fields: { ownerQuery: { code: 'out_of_range', params: { min: 2 } } },
      },
    });
    expect(stack.emulator.calls().total).toBe(0);
  });

  it('answers 401 and calls no HubSpot API when the query was changed after signing', async () => {
    const response = await signedFetch(stack, {
      method: 'POST',
      path: '/api/form-options',
      body: { portalId: '1001', userId: '7001', ownerQuery: 'carmen' },
      signedBody: JSON.stringify({ portalId: '1001', userId: '7001', ownerQuery: 'ana' }),
    });
    expect(response.status).toBe(401);
    expect(stack.emulator.calls().total).toBe(0);
  });

  it("answers the marketplace card's searchOwners through hubspot.fetch", async () => {
    // hubspot.fetch runs only inside HubSpot: this stands in for its proxy (POST the JSON body to the
    // public URL with portalId/userId appended, signed v3), here to 127.0.0.1.
    const proxy = async (url: string, options: { method: 'POST'; body: Record<string, unknown> }) => {
      const target = new URL(url);
      target.searchParams.set('portalId', '1001');
      target.searchParams.set('userId', '7001');
      return signedFetch(stack, {
        method: 'POST',
        path: `${target.pathname}${target.search}`,
        body: options.body,
      });
    };
    const server = createFetchMeetingServer(
      PUBLIC_ORIGIN,
      { portalId: 1001, userId: 7001, contactId: 101 },
      proxy,
    );
    expect(await server.searchOwners('ruiz')).toMatchObject({
      ok: true,
      matches: { owners: [{ ownerId: '81003', name: 'Carmen Ruiz' }] },
    });
    expect(await server.searchOwners('r')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_ERROR', fields: { ownerQuery: { code: 'out_of_range' } } },
    });
  });

  it('still answers the form options when no query is given', async () => {
    const response = await signedFetch(stack, {
      method: 'POST',
      path: '/api/form-options',
      body: { portalId: '1001', userId: '7001' },
    });
    expect(await response.json()).toMatchObject({ ok: true, options: { ownersTruncated: false } });
  });

  it('never writes a token, code, secret or signature to its logs', () => {
    expect(leakedLines(stack)).toEqual([]);
  });
});
