import { ACME_READ_ONLY_TOKEN, ACME_TOKEN, GLOBEX_TOKEN, startEmulator } from './index';
import { call, contractValidators } from './test-support';

const { error: validError } = contractValidators();

test('the call over the ten-secondly limit gets 429 with policyName and Retry-After, and passes again once the window rolls', async () => {
  let now = Date.parse('2026-03-01T12:00:00Z');
  const emu = await startEmulator({ rateLimit: { max: 3, windowMs: 10_000 }, clock: () => now });
  try {
    for (let i = 0; i < 3; i += 1)
      expect((await call(emu, '/crm/owners/2026-03', { token: ACME_TOKEN })).status).toBe(200);
    now += 4000;
    const limited = await call(emu, '/crm/owners/2026-03', { token: ACME_TOKEN });
    expect(limited.status).toBe(429);
    expect(validError(limited.body)).toBe(true);
    expect(limited.body).toMatchObject({
      status: 'error',
      category: 'RATE_LIMITS',
      policyName: 'TEN_SECONDLY_ROLLING',
    });
    expect(limited.headers.get('retry-after')).toBe('6');
    // Another account (and another private app) has its own budget.
    expect((await call(emu, '/crm/owners/2026-03', { token: GLOBEX_TOKEN })).status).toBe(200);
    expect((await call(emu, '/crm/owners/2026-03', { token: ACME_READ_ONLY_TOKEN })).status).toBe(200);
    now += 6000;
    expect((await call(emu, '/crm/owners/2026-03', { token: ACME_TOKEN })).status).toBe(200);
    expect(emu.callCount('GET', '/crm/owners/2026-03', 429)).toBe(1);
  } finally {
    await emu.close();
  }
});

test('search obeys its own per-second limit with policyName SECONDLY', async () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  const emu = await startEmulator({ clock: () => now });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push(
        (await call(emu, '/crm/objects/2026-03/meetings/search', { token: ACME_TOKEN, body: {} })).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await call(emu, '/crm/objects/2026-03/meetings/search', { token: ACME_TOKEN, body: {} });
    expect(limited.body.policyName).toBe('SECONDLY');
    expect(limited.headers.get('retry-after')).toBe('1');
    // Non-search calls are still within the ten-secondly budget.
    expect((await call(emu, '/crm/owners/2026-03', { token: ACME_TOKEN })).status).toBe(200);
  } finally {
    await emu.close();
  }
});
