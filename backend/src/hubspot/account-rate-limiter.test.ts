import { createAccountRateLimiter } from './account-rate-limiter';

/** A fake clock: sleeping moves time forward at once, so the test asserts on order, not on speed. */
function fakeTime() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

describe('the per-account HubSpot rate limiter', () => {
  it('lets 110 calls through in a 10-second window and holds the 111th until the window rolls', async () => {
    const time = fakeTime();
    const limiter = createAccountRateLimiter({ maxRequests: 110, windowMs: 10_000, ...time });
    for (let i = 0; i < 110; i++) await limiter.acquire('1001');
    expect(time.now()).toBe(0);
    await limiter.acquire('1001');
    expect(time.now()).toBeGreaterThanOrEqual(10_000);
  });

  it('keeps accounts apart: one busy account does not slow another', async () => {
    const time = fakeTime();
    const limiter = createAccountRateLimiter({ maxRequests: 2, windowMs: 10_000, ...time });
    await limiter.acquire('1001');
    await limiter.acquire('1001');
    await limiter.acquire('1002');
    expect(time.now()).toBe(0);
  });

  it('never lets more than the budget start within any window, even with many waiting callers', async () => {
    const time = fakeTime();
    const limiter = createAccountRateLimiter({ maxRequests: 5, windowMs: 1_000, ...time });
    const starts: number[] = [];
    await Promise.all([...Array(23)].map(() => limiter.acquire('1001').then(() => starts.push(time.now()))));
    for (const start of starts)
      expect(starts.filter((s) => s >= start && s < start + 1_000).length).toBeLessThanOrEqual(5);
    expect(starts).toHaveLength(23);
  });
});
