import { ACME_TOKEN, startEmulator, type Emulator } from './index';
import { call, CREATE_PATH, validMeetingBody } from './test-support';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ rateLimit: false });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

describe('the control API', () => {
  test('state summarizes accounts, tokens and apps', async () => {
    const res = await call(emu, '/__emulator/state');
    expect(res.status).toBe(200);
    expect(res.body.accounts).toEqual([
      expect.objectContaining({
        portalId: 1001,
        name: 'Acme Demo',
        users: 4,
        owners: 4,
        contacts: 7,
        companies: 5,
        deals: 5,
        meetingLinks: 4,
        meetings: 0,
      }),
      expect.objectContaining({ portalId: 1002, meetingTypes: [] }),
    ]);
    expect(res.body.tokens.map((t: { token: string }) => t.token)).toEqual(
      expect.arrayContaining([ACME_TOKEN]),
    );
  });

  test('meetings can be listed by account and contact, and contacts by account', async () => {
    await call(emu, CREATE_PATH, { token: ACME_TOKEN, body: validMeetingBody() });
    expect((await call(emu, '/__emulator/meetings?portalId=1001&contactId=101')).body).toHaveLength(1);
    expect((await call(emu, '/__emulator/meetings?portalId=1001&contactId=102')).body).toHaveLength(0);
    expect((await call(emu, '/__emulator/meetings?portalId=1002')).body).toHaveLength(0);
    const contacts = await call(emu, '/__emulator/contacts?portalId=1002');
    expect(contacts.body.map((c: { id: string }) => c.id)).toEqual(['201']);
  });

  test('reset puts the seed back and forgets meetings, faults and calls', async () => {
    await call(emu, CREATE_PATH, { token: ACME_TOKEN, body: validMeetingBody() });
    emu.faults.add({ action: { type: 'status', status: 500 } });
    expect((await call(emu, '/__emulator/reset', { method: 'POST' })).status).toBe(204);
    expect(emu.meetings()).toHaveLength(0);
    expect(emu.faults.list()).toHaveLength(0);
    expect(emu.calls().total).toBe(0);
    expect((await call(emu, '/crm/owners/2026-03', { token: ACME_TOKEN })).status).toBe(200);
  });

  test('control calls are neither counted nor subject to faults', async () => {
    emu.faults.add({ action: { type: 'status', status: 500 } });
    expect((await call(emu, '/__emulator/state')).status).toBe(200);
    expect(emu.calls().total).toBe(0);
  });
});

test('the clock can be moved forward over the control API, expiring nothing it should not', async () => {
  const before = Date.parse((await call(emu, '/__emulator/state')).body.now);
  const moved = await call(emu, '/__emulator/clock/advance', { body: { ms: 3_600_000 } });
  expect(Date.parse(moved.body.now) - before).toBeGreaterThanOrEqual(3_600_000);
  expect((await call(emu, '/__emulator/clock/advance', { body: { ms: -1 } })).status).toBe(400);
  // Static private-app tokens never expire.
  expect((await call(emu, '/crm/owners/2026-03', { token: ACME_TOKEN })).status).toBe(200);
});
