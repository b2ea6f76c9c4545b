import {
  ACME_READ_ONLY_TOKEN,
  ACME_TOKEN,
  GLOBEX_TOKEN,
  seedWithOwners,
  startEmulator,
  type Emulator,
} from '@meeting-card/hubspot-emulator';
import type { FormOptionsResult, OwnerSearchResult } from '@meeting-card/core';
import { requireBuiltFunction } from '../../../../test/test-support/functions';

const { main } = requireBuiltFunction<FormOptionsResult | OwnerSearchResult>('form-options');
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator();
  process.env.HUBSPOT_API_BASE_URL = emulator.url;
});
afterAll(() => emulator.close());
beforeEach(() => {
  emulator.reset();
  process.env.PRIVATE_APP_ACCESS_TOKEN = ACME_TOKEN;
});

const load = (organizerUserId: unknown) =>
  main({
    parameters: { organizerUserId },
    propertiesToSend: { hs_object_id: '101' },
  }) as Promise<FormOptionsResult>;
const searchFor = (ownerQuery: unknown) =>
  main({
    parameters: { organizerUserId: '700001', ownerQuery },
    propertiesToSend: { hs_object_id: '101' },
  }) as Promise<OwnerSearchResult>;

describe('form_options app function against the emulator', () => {
  it("gives the organizer's owner, the active owners and the visible meeting types in one call", async () => {
    const result = await load('7001');
    expect(result).toMatchObject({
      ok: true,
      options: { organizer: { ownerId: '81001', name: 'Ana Souza' }, ownersTruncated: false },
    });
    if (!result.ok) return;
    const ownerIds = result.options.owners.map((o) => o.ownerId);
    expect(ownerIds).toEqual(expect.arrayContaining(['81001', '81002', '81003']));
    expect(ownerIds).not.toContain('81005'); // archived
    expect(result.options.meetingTypes.map((t) => t.label)).toEqual(['Discovery call', 'Demo', 'Follow-up']);
  });

  it('gives an empty list of meeting types for an account that has none', async () => {
    process.env.PRIVATE_APP_ACCESS_TOKEN = GLOBEX_TOKEN;
    const result = await load('7101');
    expect(result).toMatchObject({
      ok: true,
      options: { organizer: { ownerId: '82001' }, meetingTypes: [] },
    });
  });

  it('still fills the form for a user without an owner record', async () => {
    const result = await load('7004');
    expect(result).toMatchObject({ ok: true, options: { organizer: null } });
  });

  it('refuses an organizer id that is not a user id, without calling HubSpot', async () => {
    const result = await load({ $gt: '' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_ERROR', fields: { organizerUserId: { code: 'invalid_format' } } },
    });
    expect(emulator.calls().total).toBe(0);
  });

  it('reads with a token that cannot write, since the form only reads', async () => {
    process.env.PRIVATE_APP_ACCESS_TOKEN = ACME_READ_ONLY_TOKEN;
    expect((await load('7001')).ok).toBe(true);
  });
});

describe('form_options with a large account', () => {
  let big: Emulator;
  beforeAll(async () => {
    big = await startEmulator({ seed: seedWithOwners(2_500), rateLimit: false });
  });
  afterAll(() => big.close());

  it('lists at most 1,000 owners, says the list is truncated, and reads pages rather than owners one by one', async () => {
    process.env.HUBSPOT_API_BASE_URL = big.url;
    try {
      const result = await load('700001');
      expect(result).toMatchObject({ ok: true, options: { ownersTruncated: true } });
      if (result.ok) expect(result.options.owners).toHaveLength(1_000);
      expect(big.callCount('GET', '/crm/owners/2026-03')).toBeLessThanOrEqual(3);
    } finally {
      process.env.HUBSPOT_API_BASE_URL = emulator.url;
    }
  });

  it('finds an owner past the first 1,000 when asked with ownerQuery, and reads the list once for many searches', async () => {
    process.env.HUBSPOT_API_BASE_URL = big.url;
    big.resetCalls();
    try {
      expect(await searchFor('rep 02345')).toEqual({
        ok: true,
        matches: {
          owners: [
            { ownerId: '902345', userId: '702345', name: 'Rep 02345', email: 'rep02345@acme.example' },
          ],
          more: false,
        },
      });
      const pages = big.callCount('GET', '/crm/owners/2026-03');
      expect(await searchFor('REP 01999')).toMatchObject({
        ok: true,
        matches: { owners: [{ ownerId: '901999' }] },
      });
      expect(big.callCount('GET', '/crm/owners/2026-03')).toBe(pages);
    } finally {
      process.env.HUBSPOT_API_BASE_URL = emulator.url;
    }
  });
});

describe('form_options asked to search', () => {
  it.each([
    ['a one-letter query', 'a', 'out_of_range'],
    ['a blank query', '  ', 'required'],
    ['a query of 101 characters', 'x'.repeat(101), 'too_long'],
    ['a query that is not text', ['ana'], 'invalid_type'],
  ])('refuses %s on the ownerQuery field without calling HubSpot', async (_name, ownerQuery, code) => {
    expect(await searchFor(ownerQuery)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_ERROR', fields: { ownerQuery: { code } } },
    });
    expect(emulator.calls().total).toBe(0);
  });

  it('searches without needing the organizer, since the card may ask before anything else', async () => {
    // Globex: the warm instance keeps Acme's list (keyed by the token) from the large-account test.
    process.env.PRIVATE_APP_ACCESS_TOKEN = GLOBEX_TOKEN;
    const result = (await main({ parameters: { ownerQuery: 'WEBER' } })) as OwnerSearchResult;
    expect(result).toMatchObject({
      ok: true,
      matches: { owners: [{ ownerId: '82001', name: 'Greta Weber' }] },
    });
  });

  it("answers in the rep's language when the card asks: Portuguese with the options", async () => {
    const result = (await main({
      parameters: { organizerUserId: '7001', language: 'pt-BR' },
      propertiesToSend: { hs_object_id: '101' },
    })) as FormOptionsResult & { messages?: Record<string, string> };
    expect(result.ok).toBe(true);
    expect(result.messages?.['field.date']).toBe('Data');
  });

  it('answers in Spanish even when it cannot work (no token), and in nothing but English unasked', async () => {
    delete process.env.PRIVATE_APP_ACCESS_TOKEN;
    const refused = (await main({ parameters: { organizerUserId: '7001', language: 'es' } })) as {
      ok: boolean;
      messages?: Record<string, string>;
    };
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(refused.messages?.['error.UNAUTHORIZED']).toMatch(/^Meeting Card ya no está instalado/);
    process.env.PRIVATE_APP_ACCESS_TOKEN = ACME_TOKEN;
    expect(await load('7001')).not.toHaveProperty('messages');
  });
});
