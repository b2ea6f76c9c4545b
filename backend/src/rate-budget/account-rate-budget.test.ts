import { randomBytes } from 'node:crypto';
import { openDatabase } from '../db/database';
import { createTestStorage, type TestStorage } from '../test-support/storage';
import {
  openRateBudget,
  pointsPerSlice,
  RateBudgetUnavailableError,
  type AccountRateBudget,
  type RateBudgetOptions,
} from './account-rate-budget';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('pointsPerSlice', () => {
  it('keeps any rolling window within the limit: a window of W seconds overlaps W + 1 one-second slices', () => {
    expect(pointsPerSlice(110, 10)).toBe(10);
    expect(pointsPerSlice(100, 10)).toBe(9);
    expect(pointsPerSlice(5, 1)).toBe(2);
    for (const [limit, window] of [
      [110, 10],
      [100, 10],
      [5, 1],
      [37, 4],
    ] as const)
      expect(pointsPerSlice(limit, window) * (window + 1)).toBeLessThanOrEqual(limit);
  });
});

type StoreCase = {
  name: string;
  open(): Promise<{ options: Omit<RateBudgetOptions, 'callsPerTenSeconds'>; done(): Promise<void> }>;
};

const stores: StoreCase[] = [
  {
    name: 'redis',
    open: async () => ({ options: { redisUrl: REDIS_URL }, done: async () => {} }),
  },
  {
    name: 'postgres',
    async open() {
      const storage: TestStorage = await createTestStorage('postgres');
      // The migrations create the budget's table.
      const db = await openDatabase(storage);
      await db.destroy();
      return { options: { databaseUrl: storage.databaseUrl }, done: () => storage.drop() };
    },
  },
  { name: 'memory', open: async () => ({ options: {}, done: async () => {} }) },
];

describe.each(stores)('the shared account rate budget ($name)', ({ name, open }) => {
  const budgets: AccountRateBudget[] = [];
  let done: () => Promise<void>;
  let options: Omit<RateBudgetOptions, 'callsPerTenSeconds'>;
  beforeAll(async () => {
    ({ options, done } = await open());
  });
  afterAll(async () => {
    for (const budget of budgets) await budget.close();
    await done();
  });
  const budget = (keyPrefix: string) => {
    const opened = openRateBudget({ ...options, callsPerTenSeconds: 110, keyPrefix });
    budgets.push(opened);
    return opened;
  };

  it(`is counted in ${name === 'memory' ? 'this process' : 'the shared store'}, per account and per kind`, async () => {
    const prefix = `test:${randomBytes(6).toString('hex')}`;
    const a = budget(prefix);
    // A second instance: on a shared store it sees the first one's calls.
    const b = name === 'memory' ? a : budget(prefix);
    expect(a.store).toBe(name);
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push(await (i % 2 === 0 ? a : b).take('1001', 'standard'));
    const granted = answers.filter((x) => x.granted).length;
    // 10 per one-second slice; the 12 takes may straddle two slices (never more than 20).
    expect(granted).toBeGreaterThanOrEqual(10);
    const refused = answers.find((x) => !x.granted);
    if (granted < 12) expect(refused).toMatchObject({ granted: false });
    if (refused && !refused.granted) {
      expect(refused.retryInMs).toBeGreaterThan(0);
      expect(refused.retryInMs).toBeLessThanOrEqual(1_000);
    }
    // Another account, and searches, have budgets of their own.
    expect(await a.take('1002', 'standard')).toEqual({ granted: true });
    expect(await b.take('1001', 'search')).toEqual({ granted: true });
    expect(await a.ping()).toBeGreaterThanOrEqual(0);
  });
});

describe('the shared account rate budget when its store is down', () => {
  it('fails closed with a clear error instead of letting the call through', async () => {
    // Nothing listens on port 1.
    const budget = openRateBudget({ redisUrl: 'redis://127.0.0.1:1', callsPerTenSeconds: 110 });
    try {
      await expect(budget.take('1001', 'standard')).rejects.toBeInstanceOf(RateBudgetUnavailableError);
      await expect(budget.take('1001', 'standard')).rejects.toThrow(/shared rate budget \(redis\)/);
    } finally {
      await budget.close();
    }
    const pg = openRateBudget({
      databaseUrl: 'postgres://postgres@127.0.0.1:1/none',
      callsPerTenSeconds: 110,
    });
    try {
      await expect(pg.take('1001', 'standard')).rejects.toBeInstanceOf(RateBudgetUnavailableError);
    } finally {
      await pg.close();
    }
  });
});

describe('the in-process budget of a single instance (fake clock)', () => {
  it('allows the whole limit in a burst and refuses the next call until the oldest leaves the rolling window', async () => {
    let t = 0;
    const budget = openRateBudget({ callsPerTenSeconds: 110, now: () => t });
    for (let i = 0; i < 110; i++) expect(await budget.take('1001', 'standard')).toEqual({ granted: true });
    t = 4_000;
    expect(await budget.take('1001', 'standard')).toEqual({ granted: false, retryInMs: 6_001 });
    t = 10_001;
    expect(await budget.take('1001', 'standard')).toEqual({ granted: true });
    // Searches: 5 per rolling second, apart from the 110.
    for (let i = 0; i < 5; i++) expect(await budget.take('1001', 'search')).toEqual({ granted: true });
    expect(await budget.take('1001', 'search')).toMatchObject({ granted: false });
    expect(await budget.take('1002', 'standard')).toEqual({ granted: true });
  });
});
