import { ACME_TOKEN, GLOBEX_TOKEN, seedWithOwners, startEmulator, type Emulator } from './index';
import { call, CREATE_PATH, validMeetingBody } from './test-support';

describe('owners', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ seed: seedWithOwners(250), rateLimit: false });
  });
  afterAll(() => emu.close());

  test('paging with the after cursor walks every active owner exactly once', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const res = await call(emu, `/crm/owners/2026-03?limit=100${after ? `&after=${after}` : ''}`, {
        token: ACME_TOKEN,
      });
      expect(res.status).toBe(200);
      seen.push(...(res.body.results as Array<{ id: string }>).map((o) => o.id));
      after = res.body.paging?.next?.after;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(225); // every 10th of 250 is archived
    expect(seen).not.toContain('900010');
  });

  test('the default page is 100 owners and a limit above 500 is rejected', async () => {
    const res = await call(emu, '/crm/owners/2026-03', { token: ACME_TOKEN });
    expect(res.body.results).toHaveLength(100);
    const tooMany = await call(emu, '/crm/owners/2026-03?limit=501', { token: ACME_TOKEN });
    expect(tooMany.status).toBe(400);
  });

  test('archived=true lists only archived owners', async () => {
    const res = await call(emu, '/crm/owners/2026-03?archived=true&limit=500', { token: ACME_TOKEN });
    expect(res.body.results).toHaveLength(25);
    expect((res.body.results as Array<{ archived: boolean }>).every((o) => o.archived)).toBe(true);
  });
});

describe('owners, contacts and properties of the demo seed', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ rateLimit: false, searchRateLimit: false });
  });
  afterAll(() => emu.close());

  test('an owner is found by user id with idProperty=userId, and the owner id differs from the user id', async () => {
    const res = await call(emu, '/crm/owners/2026-03/7002?idProperty=userId', { token: ACME_TOKEN });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: '81002',
      userId: 7002,
      email: 'ben.carter@acme.example',
      archived: false,
    });
    const byId = await call(emu, '/crm/owners/2026-03/81002', { token: ACME_TOKEN });
    expect(byId.body.id).toBe('81002');
    const userIdAsOwnerId = await call(emu, '/crm/owners/2026-03/7002', { token: ACME_TOKEN });
    expect(userIdAsOwnerId.status).toBe(404);
  });

  test('a user without an owner has no owner, and an archived owner is found only with archived=true', async () => {
    expect(
      (await call(emu, '/crm/owners/2026-03/7004?idProperty=userId', { token: ACME_TOKEN })).status,
    ).toBe(404);
    expect((await call(emu, '/crm/owners/2026-03/81005', { token: ACME_TOKEN })).status).toBe(404);
    expect(
      (await call(emu, '/crm/owners/2026-03/81005?archived=true', { token: ACME_TOKEN })).body.archived,
    ).toBe(true);
  });

  test('the email filter finds one owner', async () => {
    const res = await call(emu, '/crm/owners/2026-03?email=CARMEN.RUIZ@acme.example', { token: ACME_TOKEN });
    expect((res.body.results as Array<{ id: string }>).map((o) => o.id)).toEqual(['81003']);
  });

  test('a contact returns the asked-for properties, null for unset ones', async () => {
    const res = await call(emu, '/crm/objects/2026-03/contacts/105?properties=firstname,hs_timezone,phone', {
      token: ACME_TOKEN,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: '105',
      archived: false,
      properties: { firstname: 'Sam', hs_timezone: null, phone: null, hs_object_id: '105' },
    });
    const tokyo = await call(emu, '/crm/objects/2026-03/contacts/104?properties=hs_timezone', {
      token: ACME_TOKEN,
    });
    expect(tokyo.body.properties.hs_timezone).toBe('Asia/Tokyo');
    expect((await call(emu, '/crm/objects/2026-03/contacts/999', { token: ACME_TOKEN })).status).toBe(404);
  });

  test("hs_activity_type lists the account's meeting types, and none for an account without them", async () => {
    const acme = await call(emu, '/crm/properties/2026-03/meetings/hs_activity_type', { token: ACME_TOKEN });
    expect(acme.status).toBe(200);
    expect(acme.body.options[0]).toEqual({
      label: 'Discovery call',
      value: 'Discovery call',
      displayOrder: 0,
      hidden: false,
    });
    expect((acme.body.options as Array<{ hidden: boolean }>).filter((o) => o.hidden)).toHaveLength(1);
    const globex = await call(emu, '/crm/properties/2026-03/meetings/hs_activity_type', {
      token: GLOBEX_TOKEN,
    });
    expect(globex.body.options).toEqual([]);
  });

  test("two accounts are isolated: one account's token sees none of the other's owners, contacts or meetings", async () => {
    const created = await call(emu, CREATE_PATH, { token: ACME_TOKEN, body: validMeetingBody() });
    expect(created.status).toBe(200);
    expect((await call(emu, '/crm/objects/2026-03/contacts/101', { token: GLOBEX_TOKEN })).status).toBe(404);
    expect((await call(emu, '/crm/owners/2026-03/81001', { token: GLOBEX_TOKEN })).status).toBe(404);
    expect(
      (await call(emu, `/crm/objects/2026-03/meetings/${created.body.id}`, { token: GLOBEX_TOKEN })).status,
    ).toBe(404);
    const search = await call(emu, '/crm/objects/2026-03/meetings/search', { token: GLOBEX_TOKEN, body: {} });
    expect(search.body.total).toBe(0);
    const owners = await call(emu, '/crm/owners/2026-03', { token: GLOBEX_TOKEN });
    expect((owners.body.results as Array<{ id: string }>).map((o) => o.id)).toEqual(['82001']);
    // Acme's organizer is not a user of Globex either.
    const cross = await call(emu, CREATE_PATH, { token: GLOBEX_TOKEN, body: validMeetingBody() });
    expect(cross.status).toBe(404);
    expect(emu.meetings(1002)).toHaveLength(0);
  });
});
