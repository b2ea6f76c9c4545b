// When each read sees a new meeting, over real HTTP with a fake clock (no real waits): search at its
// drawn visibleAt.search; by-id, batch read and associations at once unless told to lag.
import { ACME_TOKEN, startEmulator, type Emulator, type EmulatorOptions } from './index';
import { call, CREATE_PATH, validMeetingBody } from './test-support';

const SEARCH = '/crm/objects/2026-03/meetings/search';
const BATCH_READ = '/crm/objects/2026-03/meetings/batch/read';
const ASSOCIATIONS = '/crm/objects/2026-03/contacts/101/associations/meetings';
const byContact = {
  filterGroups: [{ filters: [{ propertyName: 'associations.contact', operator: 'EQ', value: '101' }] }],
};

let now: number;
let emu: Emulator;
const start = async (options: EmulatorOptions = {}) => {
  now = Date.parse('2026-03-01T12:00:00Z');
  emu = await startEmulator({ clock: () => now, rateLimit: false, searchRateLimit: false, ...options });
};
afterEach(() => emu.close());

const create = async () => {
  const res = await call(emu, CREATE_PATH, { token: ACME_TOKEN, body: validMeetingBody() });
  expect(res.status).toBe(200);
  return res.body.id as string;
};
const searchIds = async () =>
  (await call(emu, SEARCH, { token: ACME_TOKEN, body: byContact })).body.results.map(
    (r: { id: string }) => r.id,
  );
const byIdStatus = async (id: string) =>
  (await call(emu, `/crm/objects/2026-03/meetings/${id}`, { token: ACME_TOKEN })).status;
const batchRead = async (id: string) =>
  call(emu, BATCH_READ, { token: ACME_TOKEN, body: { inputs: [{ id }], properties: [] } });
const associatedIds = async () =>
  (await call(emu, ASSOCIATIONS, { token: ACME_TOKEN })).body.results.map(
    (r: { toObjectId: string }) => r.toObjectId,
  );

describe('search visibility', () => {
  test('by default a write is hidden from search until its drawn time, which differs write by write', async () => {
    await start();
    const ids = [await create(), await create(), await create()];
    const stored = emu.meetings();
    const delays = stored.map((m) => (m.visibleAt?.search ?? 0) - m.createdAt);
    expect(new Set(delays).size).toBe(3);
    expect(await searchIds()).toEqual([]);
    // Walk the clock to each drawn time: the meeting appears exactly then, not a millisecond before.
    const order = stored
      .map((m, i) => ({ id: ids[i], at: m.visibleAt?.search ?? 0 }))
      .sort((a, b) => a.at - b.at);
    const seen: string[] = [];
    for (const { id, at } of order) {
      now = at - 1;
      expect(await searchIds()).toEqual([...seen].sort());
      now = at;
      seen.push(id as string);
      expect(await searchIds()).toEqual([...seen].sort());
    }
  });

  test('the primary store answers at once by default while search still hides the write', async () => {
    await start({ lag: { search: { fixedMs: 90_000 } } });
    const id = await create();
    expect(await searchIds()).toEqual([]);
    expect(await byIdStatus(id)).toBe(200);
    expect((await batchRead(id)).status).toBe(200);
    expect(await associatedIds()).toEqual([id]);
    now += 90_000;
    expect(await searchIds()).toEqual([id]);
  });

  test('a fixed lag of 0 finds the write at once (searchIndexDelayMs is its shorthand)', async () => {
    await start({ lag: { search: { fixedMs: 0 } } });
    const id = await create();
    expect(await searchIds()).toEqual([id]);
    await emu.close();
    await start({ searchIndexDelayMs: 3_000 });
    const other = await create();
    now += 2_999;
    expect(await searchIds()).toEqual([]);
    now += 1;
    expect(await searchIds()).toEqual([other]);
  });

  test('the same seed replays the same lags in a new emulator; another seed draws others', async () => {
    const delaysWith = async (seed: number) => {
      await start({ lag: { seed } });
      for (let i = 0; i < 5; i += 1) await create();
      const delays = emu.meetings().map((m) => (m.visibleAt?.search ?? 0) - m.createdAt);
      await emu.close();
      return delays;
    };
    const first = await delaysWith(11);
    expect(await delaysWith(11)).toEqual(first);
    expect(await delaysWith(12)).not.toEqual(first);
    await start();
  });
});

describe('primary-store lags', () => {
  test('object reads (by id, batch read) lag when configured; associations keep their own lag', async () => {
    await start({
      lag: { search: 'instant', objectRead: { fixedMs: 5_000 }, associationRead: { fixedMs: 8_000 } },
    });
    const id = await create();
    expect(await searchIds()).toEqual([id]);
    expect(await byIdStatus(id)).toBe(404);
    const missing = await batchRead(id);
    expect(missing.status).toBe(207);
    expect(missing.body.results).toEqual([]);
    expect(await associatedIds()).toEqual([]);
    now += 5_000;
    expect(await byIdStatus(id)).toBe(200);
    expect((await batchRead(id)).status).toBe(200);
    expect(await associatedIds()).toEqual([]);
    now += 3_000;
    expect(await associatedIds()).toEqual([id]);
  });

  test('lags change at run time over the control API, for the writes after the change', async () => {
    await start({ lag: { search: 'instant' } });
    const before = await create();
    const put = await call(emu, '/__emulator/lag', {
      method: 'PUT',
      body: { objectRead: { fixedMs: 60_000 }, search: { fixedMs: 120_000 } },
    });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({
      search: { fixedMs: 120_000 },
      objectRead: { fixedMs: 60_000 },
      associationRead: 'instant',
      seed: 1,
    });
    expect((await call(emu, '/__emulator/lag')).body).toEqual(put.body);
    expect((await call(emu, '/__emulator/state')).body.lag).toEqual(put.body);
    const after = await create();
    expect(await byIdStatus(before)).toBe(200);
    expect(await byIdStatus(after)).toBe(404);
    expect(await searchIds()).toEqual([before]);
    const bad = await call(emu, '/__emulator/lag', { method: 'PUT', body: { search: { fixedMs: 'soon' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('search: fixedMs must be a number of ms >= 0');
    expect(emu.lag.get().search).toEqual({ fixedMs: 120_000 });
  });

  test('settle makes every stored write visible to every read now; reset restores the starting lags', async () => {
    await start({ lag: { objectRead: { fixedMs: 60_000 }, associationRead: { fixedMs: 60_000 } } });
    const id = await create();
    expect(await searchIds()).toEqual([]);
    expect((await call(emu, '/__emulator/lag/settle', { method: 'POST' })).status).toBe(204);
    expect(await searchIds()).toEqual([id]);
    expect(await byIdStatus(id)).toBe(200);
    expect(await associatedIds()).toEqual([id]);
    emu.lag.set({ objectRead: 'instant' });
    emu.reset();
    expect(emu.lag.get().objectRead).toEqual({ fixedMs: 60_000 });
  });
});
