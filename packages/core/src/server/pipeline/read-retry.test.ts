import { createFakeClock } from '../fake-clock';
import { TransportError } from '../hubspot-api';
import { withReadRetry } from './read-retry';
import { response, scriptedApi } from './test-api';

describe('withReadRetry', () => {
  it('resends a read after a 5xx and after a lost connection, with a growing pause', async () => {
    const clock = createFakeClock();
    const inner = scriptedApi([response(502), new TransportError('network', 'ECONNRESET'), response(200)]);
    const started = clock.now();
    const answer = await clock.run(
      withReadRetry(inner, { clock }).send({ method: 'GET', path: '/r', read: true }),
    );
    expect(answer.status).toBe(200);
    expect(inner.requests).toHaveLength(3);
    expect(clock.now() - started).toBe(250 + 500);
  });

  it('never resends a call that is not marked read: the create goes once', async () => {
    const clock = createFakeClock();
    for (const failure of [response(500), new TransportError('timeout', 'slow')]) {
      const inner = scriptedApi([failure, response(201)]);
      const sent = clock.run(withReadRetry(inner, { clock }).send({ method: 'POST', path: '/create' }));
      if (failure instanceof Error) await expect(sent).rejects.toBe(failure);
      else expect((await sent).status).toBe(500);
      expect(inner.requests).toHaveLength(1);
    }
  });

  it('a search POST marked read is resent', async () => {
    const clock = createFakeClock();
    const inner = scriptedApi([response(500), response(200)]);
    const search = { method: 'POST' as const, path: '/crm/objects/2026-03/meetings/search', read: true };
    expect((await clock.run(withReadRetry(inner, { clock }).send(search))).status).toBe(200);
  });

  it('gives the last answer after its resends, and the last error', async () => {
    const clock = createFakeClock();
    const inner = scriptedApi([response(500), response(503), response(504)]);
    expect(
      (await clock.run(withReadRetry(inner, { clock }).send({ method: 'GET', path: '/r', read: true })))
        .status,
    ).toBe(504);
    const down = scriptedApi([
      new TransportError('network', 'a'),
      new TransportError('network', 'b'),
      new TransportError('network', 'c'),
    ]);
    await expect(
      clock.run(withReadRetry(down, { clock }).send({ method: 'GET', path: '/r', read: true })),
    ).rejects.toMatchObject({ message: 'c' });
  });

  it('does not resend when the pause would leave no room before the deadline', async () => {
    const clock = createFakeClock();
    const inner = scriptedApi([response(500), response(200)]);
    const request = { method: 'GET' as const, path: '/r', read: true, deadline: clock.now() + 400 };
    expect((await clock.run(withReadRetry(inner, { clock }).send(request))).status).toBe(500);
    expect(inner.requests).toHaveLength(1);
  });

  it('leaves 4xx answers alone', async () => {
    const clock = createFakeClock();
    const inner = scriptedApi([response(404)]);
    expect(
      (await clock.run(withReadRetry(inner, { clock }).send({ method: 'GET', path: '/r', read: true })))
        .status,
    ).toBe(404);
    expect(inner.requests).toHaveLength(1);
  });
});
