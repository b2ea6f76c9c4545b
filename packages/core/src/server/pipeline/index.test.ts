import { createFakeClock } from '../fake-clock';
import { TransportError, type ApiResponse } from '../hubspot-api';
import { standardPipeline } from './index';
import { response, scriptedApi } from './test-api';

describe('the standard pipeline (rate-limit wait -> read retry -> timeout -> transport)', () => {
  it('works a read through a 429, a 502 and a try that times out', async () => {
    const clock = createFakeClock();
    const transport = scriptedApi([
      response(429, {}, { 'retry-after': '1' }),
      response(502),
      () => new Promise<ApiResponse>(() => {}),
      response(200, { ok: 1 }),
    ]);
    const api = standardPipeline(transport, { clock });
    const answer = await clock.run(
      api.send({ method: 'GET', path: '/r', read: true, timeoutMs: 1_000, deadline: clock.now() + 9_000 }),
    );
    expect(answer.status).toBe(200);
    expect(transport.requests).toHaveLength(4);
  });

  it('sends the create once on a 5xx or a timeout, and again only after a 429', async () => {
    const clock = createFakeClock();
    const create = { method: 'POST' as const, path: '/create', timeoutMs: 5_000 };
    const failing = scriptedApi([response(503)]);
    expect((await clock.run(standardPipeline(failing, { clock }).send(create))).status).toBe(503);
    expect(failing.requests).toHaveLength(1);

    const slow = scriptedApi([() => new Promise<ApiResponse>(() => {})]);
    await expect(clock.run(standardPipeline(slow, { clock }).send(create))).rejects.toBeInstanceOf(
      TransportError,
    );
    expect(slow.requests).toHaveLength(1);

    const limited = scriptedApi([response(429, {}, { 'retry-after': '1' }), response(201, { id: '1' })]);
    expect((await clock.run(standardPipeline(limited, { clock }).send(create))).status).toBe(201);
    expect(limited.requests).toHaveLength(2);
  });
});
