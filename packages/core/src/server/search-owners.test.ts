import {
  ACME_TOKEN,
  GLOBEX_TOKEN,
  seedWithOwners,
  startEmulator,
  type Emulator,
} from '@meeting-card/hubspot-emulator';
import type { OwnerSearchResult } from '../types';
import { loadFormOptions } from './form-options';
import { createHubSpotApi } from './create-hubspot-api';
import type { HubSpotApi } from './hubspot-api';
import { createOwnerListCache, type OwnerListCache } from './owner-list-cache';
import { searchOwners } from './search-owners';

const OWNER_LIST = '/crm/owners/2026-03';

/** 2,500 generated owners ("Rep 00001".., every 10th archived), one of them renamed with accents. */
function bigSeed() {
  const seed = seedWithOwners(2_500);
  const owner = seed.accounts[0]!.owners.find((o) => o.id === '902401')!;
  Object.assign(owner, { firstName: 'Lucía', lastName: 'Fernández', email: 'lucia.fernandez@acme.example' });
  return seed;
}

let emu: Emulator;
let acme: HubSpotApi;
let cache: OwnerListCache;

beforeAll(async () => {
  emu = await startEmulator({ seed: bigSeed(), rateLimit: false });
  acme = createHubSpotApi({ accessToken: ACME_TOKEN, baseUrl: emu.url });
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.faults.clear();
  emu.resetCalls();
  cache = createOwnerListCache();
});

const search = (query: unknown, api = acme, limit?: number) =>
  searchOwners({ api, ownerListCache: cache }, { query, limit });

const namesOf = (result: OwnerSearchResult) => (result.ok ? result.matches.owners.map((o) => o.name) : []);

describe('searching the owners of a large account', () => {
  it('finds an owner the form options leave out past the first 1,000', async () => {
    const options = await loadFormOptions({ api: acme }, { organizerUserId: '700001' });
    expect(options).toMatchObject({ ok: true, options: { ownersTruncated: true } });
    if (options.ok) expect(options.options.owners.map((o) => o.ownerId)).not.toContain('902345');

    const result = await search('Rep 02345');
    expect(result).toEqual({
      ok: true,
      matches: {
        owners: [{ ownerId: '902345', userId: '702345', name: 'Rep 02345', email: 'rep02345@acme.example' }],
        more: false,
      },
    });
  });

  it('matches part of an email as well as of a name', async () => {
    expect(namesOf(await search('rep02345@'))).toEqual(['Rep 02345']);
  });

  it('ignores case and accents in both the query and the names', async () => {
    expect(namesOf(await search('lucia'))).toEqual(['Lucía Fernández']);
    expect(namesOf(await search('FERNÁNDEZ'))).toEqual(['Lucía Fernández']);
    expect(namesOf(await search('  lucía   fernandez '))).toEqual(['Lucía Fernández']);
  });

  it('never finds an archived owner', async () => {
    // Owner 900010 ("Rep 00010") is archived in the seed.
    expect(await search('Rep 00010')).toEqual({ ok: true, matches: { owners: [], more: false } });
  });

  it('answers at most 20 owners sorted by name and says more match', async () => {
    const result = await search('rep 0');
    const names = namesOf(result);
    expect(names).toHaveLength(20);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(result).toMatchObject({ ok: true, matches: { more: true } });
    expect(namesOf(await search('rep 0', acme, 5))).toEqual(names.slice(0, 5));
  });

  it('pages the owner list once and answers the next searches from the cache', async () => {
    await search('Rep 02345');
    const pages = emu.callCount('GET', OWNER_LIST);
    expect(pages).toBeGreaterThanOrEqual(5); // 2,500 owners at 500 a page
    expect(namesOf(await search('Rep 01999'))).toEqual(['Rep 01999']);
    expect(namesOf(await search('lucia'))).toEqual(['Lucía Fernández']);
    expect(emu.callCount('GET', OWNER_LIST)).toBe(pages);
  });

  it('shares one read of the list between searches that arrive together', async () => {
    const [first, second] = await Promise.all([search('Rep 02345'), search('Rep 00042')]);
    expect(namesOf(first)).toEqual(['Rep 02345']);
    expect(namesOf(second)).toEqual(['Rep 00042']);
    expect(emu.callCount('GET', OWNER_LIST)).toBe(5);
  });

  it('reads the list again once it is older than the time to live', async () => {
    let now = 1_000_000;
    cache = createOwnerListCache({ ttlMs: 60_000, now: () => now });
    await search('Rep 02345');
    now += 59_999;
    await search('Rep 02345');
    expect(emu.callCount('GET', OWNER_LIST)).toBe(5);
    now += 1;
    await search('Rep 02345');
    expect(emu.callCount('GET', OWNER_LIST)).toBe(10);
  });

  it('keeps one list per account', async () => {
    const globex = createHubSpotApi({ accessToken: GLOBEX_TOKEN, baseUrl: emu.url });
    expect(namesOf(await search('Rep 02345'))).toEqual(['Rep 02345']);
    expect(namesOf(await search('greta', globex))).toEqual(['Greta Weber']);
    expect(namesOf(await search('Rep 02345', globex))).toEqual([]);
    expect(namesOf(await search('greta'))).toEqual([]);
  });

  it('answers a HubSpot failure in words and does not keep it', async () => {
    emu.faults.add({ method: 'GET', path: OWNER_LIST, action: { type: 'status', status: 403 } });
    const refused = await search('Rep 02345');
    expect(refused).toMatchObject({ ok: false, error: { code: 'MISSING_SCOPES', retryable: false } });
    if (!refused.ok) expect(refused.error.fields).toBeUndefined();
    emu.faults.clear();
    expect(namesOf(await search('Rep 02345'))).toEqual(['Rep 02345']);
  });

  it('answers HUBSPOT_UNAVAILABLE when HubSpot cannot be reached', async () => {
    const nowhere = createHubSpotApi({ accessToken: ACME_TOKEN, baseUrl: 'http://127.0.0.1:1' });
    expect(await search('Rep 02345', nowhere)).toMatchObject({
      ok: false,
      error: { code: 'HUBSPOT_UNAVAILABLE', retryable: true },
    });
  });

  it.each([
    ['a missing query', undefined, 'required', undefined],
    ['a blank query', '   ', 'required', undefined],
    ['a one-letter query', ' a ', 'out_of_range', { min: 2, max: 100 }],
    ['a query of 101 characters', 'x'.repeat(101), 'too_long', { max: 100 }],
    ['a megabyte of text', 'x'.repeat(1_000_000), 'too_long', { max: 100 }],
    ['a number', 42, 'invalid_type', undefined],
    ['an object', { $regex: '.*' }, 'invalid_type', undefined],
  ])('refuses %s on its field without calling HubSpot', async (_name, query, code, params) => {
    const result = await search(query);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_ERROR', retryable: false, fields: { ownerQuery: { code } } },
    });
    if (!result.ok) expect(result.error.fields?.ownerQuery?.params).toEqual(params);
    expect(emu.calls().total).toBe(0);
  });

  it('counts characters, not UTF-16 units: two emoji are a query, 100 of them are not too long', async () => {
    expect((await search('😀😀')).ok).toBe(true);
    expect((await search('😀'.repeat(100))).ok).toBe(true);
    expect(await search('😀'.repeat(101))).toMatchObject({ ok: false, error: { code: 'VALIDATION_ERROR' } });
  });
});

describe('the owner list cache', () => {
  const list = (size: number) => ({
    ok: true as const,
    owners: Array.from({ length: size }, (_, i) => ({
      owner: { ownerId: String(i), name: `Owner ${i}` },
      text: `owner ${i}\n`,
    })),
  });

  it('drops the least recently used accounts to stay within its owner budget', async () => {
    const small = createOwnerListCache({ maxOwners: 250 });
    const loads: string[] = [];
    const load = (key: string) => small.get(key, async () => (loads.push(key), list(100)));
    await load('a');
    await load('b');
    await load('a'); // a is now the most recently used
    await load('c'); // 300 held: b goes
    await load('a');
    await load('b');
    expect(loads).toEqual(['a', 'b', 'c', 'b']);
  });

  it('uses a list larger than its whole budget once without keeping it', async () => {
    const small = createOwnerListCache({ maxOwners: 50 });
    let loads = 0;
    const load = () => small.get('a', async () => (loads++, list(100)));
    expect((await load()).ok).toBe(true);
    await load();
    expect(loads).toBe(2);
  });

  it('forgets a load that threw, so the next search tries again', async () => {
    const fresh = createOwnerListCache();
    await expect(fresh.get('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await fresh.get('a', async () => list(1))).toMatchObject({ ok: true });
  });
});
