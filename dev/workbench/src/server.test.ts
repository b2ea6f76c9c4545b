// The workbench server's start-up errors and its function endpoint, without a browser.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACME_TOKEN, seedWithOwners } from '@meeting-card/hubspot-emulator';
import { FIXTURES_DIR } from './paths';
import { startWorkbench, type Workbench } from './server';

const fixtureOptions = () => ({
  port: 0,
  env: {},
  stateFile: path.join(mkdtempSync(path.join(os.tmpdir(), 'workbench-server-')), 'state.json'),
  cardEntry: path.join(FIXTURES_DIR, 'FixtureCard.tsx'),
  functionsDir: path.join(FIXTURES_DIR, 'functions'),
});

describe('the workbench server', () => {
  let workbench: Workbench | undefined;
  afterEach(async () => {
    await workbench?.close();
    workbench = undefined;
  });

  test('a seed replaces the demo account: the page offers its users and the functions see its owners', async () => {
    workbench = await startWorkbench({ ...fixtureOptions(), seed: seedWithOwners(20) });
    const config = (await (await fetch(`${workbench.url}/api/config`)).json()) as {
      users: Array<{ id: string; ownerId?: string }>;
    };
    expect(config.users).toHaveLength(20);
    expect(config.users[0]).toMatchObject({ id: '700001', ownerId: '900001' });
    // Every 10th generated owner is archived: that user has no owner record.
    expect(config.users[9]?.ownerId).toBeUndefined();
    const owners = (await (
      await fetch(`${workbench.emulator?.url}/crm/owners/2026-03?limit=100`, {
        headers: { authorization: `Bearer ${ACME_TOKEN}` },
      })
    ).json()) as { results: unknown[] };
    expect(owners.results).toHaveLength(18);
  });

  test('a port already in use is reported with the way out', async () => {
    workbench = await startWorkbench(fixtureOptions());
    await expect(startWorkbench({ ...fixtureOptions(), port: workbench.port })).rejects.toThrow(
      `Port ${workbench.port} is already in use (another workbench?). Stop it, or start on another port: npm start -- --port 3001 (or PORT=3001 npm start).`,
    );
  });

  test('an unbuilt app function is reported with the command that builds it', async () => {
    const functionsDir = mkdtempSync(path.join(os.tmpdir(), 'workbench-functions-'));
    mkdirSync(functionsDir, { recursive: true });
    writeFileSync(
      path.join(functionsDir, 'create-meeting-hsmeta.json'),
      JSON.stringify({
        uid: 'create_meeting',
        type: 'app-function',
        config: { entrypoint: '/app/functions/create-meeting.js' },
      }),
    );
    await expect(startWorkbench({ ...fixtureOptions(), functionsDir })).rejects.toThrow(
      /not built .*create-meeting\.js missing\)\. Run npm run build/,
    );
  });

  test('pointing at real HubSpot without a token is refused before anything starts', async () => {
    await expect(
      startWorkbench({ ...fixtureOptions(), env: { HUBSPOT_API_BASE_URL: 'https://api.hubapi.com' } }),
    ).rejects.toThrow(
      /HUBSPOT_API_BASE_URL points at https:\/\/api\.hubapi\.com but PRIVATE_APP_ACCESS_TOKEN is not set/,
    );
  });

  test('a function gets only the record properties the card asked for, read from the record', async () => {
    workbench = await startWorkbench(fixtureOptions());
    const response = await fetch(`${workbench.url}/api/functions/fixture_echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        objectId: '103',
        parameters: { a: 1 },
        propertiesToSend: ['hs_object_id', 'hs_timezone'],
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: true,
      parameters: { a: 1 },
      propertiesToSend: { hs_object_id: '103', hs_timezone: 'Europe/Madrid' },
      env: { apiBaseUrlSet: true, tokenSet: true },
    });
  });

  test('on a deal or a company the function gets the properties HubSpot reads from that record (0-3, 0-2)', async () => {
    workbench = await startWorkbench(fixtureOptions());
    const call = (body: Record<string, unknown>) =>
      fetch(`${workbench?.url}/api/functions/fixture_echo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          propertiesToSend: ['hs_object_id', 'email', 'dealname', 'domain', 'name'],
          ...body,
        }),
      });
    const onDeal = await call({ objectId: '401', objectTypeId: '0-3' });
    expect(((await onDeal.json()) as { propertiesToSend: unknown }).propertiesToSend).toEqual({
      hs_object_id: '401',
      email: null,
      dealname: 'Northwind platform rollout',
      domain: null,
      name: null,
    });
    const onCompany = await call({ objectId: '302', objectTypeId: '0-2' });
    expect(((await onCompany.json()) as { propertiesToSend: unknown }).propertiesToSend).toEqual({
      hs_object_id: '302',
      email: null,
      dealname: null,
      domain: 'northwind.example',
      name: 'Northwind',
    });
    expect((await call({ objectId: '401', objectTypeId: '0-47' })).status).toBe(400);
  });

  test('the record picker lists contacts, companies and deals; a record page reads its associations and meetings', async () => {
    workbench = await startWorkbench(fixtureOptions());
    const get = async <T>(url: string) => (await (await fetch(`${workbench?.url}${url}`)).json()) as T;
    type Listed = Array<{ id: string; properties: Record<string, string | null> }>;
    const lists = await get<Record<string, Listed>>('/api/records');
    expect(lists.contacts?.map((c) => c.id)).toContain('101');
    expect(lists.companies?.map((c) => c.properties.name)).toContain('Northwind');
    expect(lists.deals?.find((d) => d.id === '401')?.properties.dealname).toBe('Northwind platform rollout');
    const deal = await get<{ properties: Record<string, string | null> }>(
      '/api/records/deals/401?properties=dealname,amount',
    );
    expect(deal.properties).toMatchObject({ dealname: 'Northwind platform rollout', amount: '48000' });
    const linked = await get<Record<string, Listed>>('/api/records/deals/401/associations');
    expect(linked.companies?.map((c) => c.id)).toEqual(['302']);
    expect(linked.contacts?.map((c) => c.id)).toEqual(['102', '107']);
    expect(await get('/api/records/companies/302/meetings')).toEqual([]);
    expect((await fetch(`${workbench.url}/api/records/tickets/1`)).status).toBe(400);
  });

  test("the marketplace mode refuses a real HubSpot account: its OAuth app is the emulator's", async () => {
    await expect(
      startWorkbench({
        ...fixtureOptions(),
        distribution: 'marketplace',
        env: { HUBSPOT_API_BASE_URL: 'https://api.hubapi.com', PRIVATE_APP_ACCESS_TOKEN: 'pat-x' },
      }),
    ).rejects.toThrow(/The marketplace mode runs against the built-in emulator/);
  });

  test('the marketplace mode installs the app through OAuth at start and has no app functions', async () => {
    workbench = await startWorkbench({ ...fixtureOptions(), distribution: 'marketplace' });
    const config = (await (await fetch(`${workbench.url}/api/config`)).json()) as {
      distribution: string;
      variables: Record<string, string>;
      install: { installed: boolean };
    };
    expect(config).toMatchObject({
      distribution: 'marketplace',
      variables: { BACKEND_ORIGIN: 'https://backend.meetingcard.test' },
      install: { installed: true },
    });
    expect(await workbench.marketplace?.backend.isInstalled(1001)).toBe(true);
    const response = await fetch(`${workbench.url}/api/functions/fixture_echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ objectId: '101' }),
    });
    expect(response.status).toBe(404);
  });

  test('an unknown function uid answers 404 with the known ones', async () => {
    workbench = await startWorkbench(fixtureOptions());
    const response = await fetch(`${workbench.url}/api/functions/nope`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ objectId: '101' }),
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { message: string }).message).toContain('known: fixture_echo');
  });

  test('search lags realistically by default; the fault panel changes it and reset keeps the choice', async () => {
    workbench = await startWorkbench(fixtureOptions());
    const config = async () =>
      ((await (await fetch(`${workbench?.url}/api/config`)).json()) as { searchLag: { selected: string } })
        .searchLag;
    expect(workbench.emulator?.lag.get().search).toBe('realistic');
    expect((await config()).selected).toBe('realistic');
    const put = (kind: string) =>
      fetch(`${workbench?.url}/api/search-lag`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind }),
      });
    expect((await put('fixed-90000')).status).toBe(200);
    expect(workbench.emulator?.lag.get().search).toEqual({ fixedMs: 90_000 });
    await fetch(`${workbench.url}/api/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect((await config()).selected).toBe('fixed-90000');
    expect((await put('soon')).status).toBe(400);
  });

  test('a lag given at start is shown as custom when it is none of the panel’s choices', async () => {
    workbench = await startWorkbench({ ...fixtureOptions(), lag: { search: { fixedMs: 2_500 } } });
    const body = (await (await fetch(`${workbench.url}/api/config`)).json()) as {
      searchLag: { selected: string };
    };
    expect(body.searchLag.selected).toBe('custom');
  });
});
