import { createFakeClock } from '../fake-clock';
import { withRateLimitWait } from './rate-limit-wait';
import { response, scriptedApi } from './test-api';

const limited = (headers: Record<string, string> = {}, policyName = 'TEN_SECONDLY_ROLLING') =>
  response(429, { status: 'error', policyName }, headers);

describe('withRateLimitWait', () => {
  it('waits the Retry-After seconds and resends, the create included (a 429 was not processed)', async () => {
    const clock = createFakeClock();
    const inner = scriptedApi([limited({ 'Retry-After': '2' }), response(201, { id: '7' })]);
    const api = withRateLimitWait(inner, { clock });
    const started = clock.now();
    const answer = await clock.run(api.send({ method: 'POST', path: '/create', timeoutMs: 5_000 }));
    expect(answer.status).toBe(201);
    expect(inner.requests).toHaveLength(2);
    expect(clock.now() - started).toBe(2_000);
  });

  it('reads Retry-After as an HTTP date', async () => {
    const clock = createFakeClock(Date.parse('2026-10-21T07:28:00Z'));
    const inner = scriptedApi([limited({ 'Retry-After': 'Wed, 21 Oct 2026 07:28:01 GMT' }), response(200)]);
    const api = withRateLimitWait(inner, { clock });
    await clock.run(api.send({ method: 'GET', path: '/r' }));
    expect(clock.now() - Date.parse('2026-10-21T07:28:00Z')).toBe(1_000);
  });

  it('backs off without Retry-After', async () => {
    const clock = createFakeClock();
    const inner = scriptedApi([limited(), limited(), response(200)]);
    const api = withRateLimitWait(inner, { clock });
    const started = clock.now();
    await clock.run(api.send({ method: 'GET', path: '/r' }));
    expect(clock.now() - started).toBe(500 + 1_000);
  });

  it('does not wait out a DAILY limit', async () => {
    const clock = createFakeClock();
    const inner = scriptedApi([limited({ 'Retry-After': '1' }, 'DAILY')]);
    const answer = await clock.run(withRateLimitWait(inner, { clock }).send({ method: 'GET', path: '/r' }));
    expect(answer.status).toBe(429);
    expect(inner.requests).toHaveLength(1);
  });

  it('only starts a wait when the deadline still covers the wait plus a full try', async () => {
    const clock = createFakeClock();
    const request = {
      method: 'POST' as const,
      path: '/create',
      timeoutMs: 5_000,
      deadline: clock.now() + 7_000,
    };
    const covered = scriptedApi([limited({ 'Retry-After': '2' }), response(201)]);
    await expect(clock.run(withRateLimitWait(covered, { clock }).send(request))).resolves.toMatchObject({
      status: 201,
    });

    const short = scriptedApi([limited({ 'Retry-After': '2' })]);
    const tight = { ...request, deadline: clock.now() + 6_999 };
    const before = clock.now();
    const answer = await clock.run(withRateLimitWait(short, { clock }).send(tight));
    expect(answer.status).toBe(429);
    expect(short.requests).toHaveLength(1);
    expect(clock.now()).toBe(before);
  });

  it('answers the 429 when the wait asked for is longer than it will wait, or the resends are used up', async () => {
    const clock = createFakeClock();
    const long = scriptedApi([limited({ 'Retry-After': '30' })]);
    expect(
      (await clock.run(withRateLimitWait(long, { clock }).send({ method: 'GET', path: '/r' }))).status,
    ).toBe(429);
    const many = scriptedApi([limited(), limited(), response(200)]);
    const answer = await clock.run(
      withRateLimitWait(many, { clock, maxResends: 1 }).send({ method: 'GET', path: '/r' }),
    );
    expect(answer.status).toBe(429);
    expect(many.requests).toHaveLength(2);
  });

  it('leaves every other status alone', async () => {
    const clock = createFakeClock();
    const inner = scriptedApi([response(503)]);
    expect(
      (await clock.run(withRateLimitWait(inner, { clock }).send({ method: 'GET', path: '/r' }))).status,
    ).toBe(503);
    expect(inner.requests).toHaveLength(1);
  });
});
