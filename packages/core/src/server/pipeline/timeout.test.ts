import { createFakeClock } from '../fake-clock';
import { NotSentError, TransportError, type ApiResponse } from '../hubspot-api';
import { withTimeout } from './timeout';
import { response, scriptedApi } from './test-api';

describe('withTimeout', () => {
  it('passes an answer that comes in time through, and leaves no timer behind', async () => {
    const clock = createFakeClock();
    const api = withTimeout(scriptedApi([response(200, { id: '1' })]), { clock });
    const answer = await clock.run(api.send({ method: 'GET', path: '/x', timeoutMs: 1_000 }));
    expect(answer.status).toBe(200);
    expect(clock.pending()).toBe(0);
  });

  it('times a slow call out at its timeoutMs and keeps the call still under way as `late`', async () => {
    const clock = createFakeClock();
    let answerLate!: (r: ApiResponse) => void;
    const inner = scriptedApi([() => new Promise<ApiResponse>((resolve) => (answerLate = resolve))]);
    const api = withTimeout(inner, { clock });
    const started = clock.now();
    const error = await clock
      .run(api.send({ method: 'POST', path: '/create', timeoutMs: 5_000 }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).kind).toBe('timeout');
    expect(clock.now() - started).toBe(5_000);
    answerLate(response(201, { id: '42' }));
    await expect((error as TransportError).late).resolves.toMatchObject({ status: 201 });
  });

  it('never sends a write with less than its full timeout before the deadline', async () => {
    const clock = createFakeClock();
    const inner = scriptedApi([]);
    const api = withTimeout(inner, { clock });
    const request = {
      method: 'POST' as const,
      path: '/create',
      timeoutMs: 5_000,
      deadline: clock.now() + 4_999,
    };
    await expect(api.send(request)).rejects.toBeInstanceOf(NotSentError);
    expect(inner.requests).toHaveLength(0);
  });

  it('sends a write with exactly its full timeout left', async () => {
    const clock = createFakeClock();
    const inner = scriptedApi([response(201, { id: '1' })]);
    const api = withTimeout(inner, { clock });
    const request = {
      method: 'POST' as const,
      path: '/create',
      timeoutMs: 5_000,
      deadline: clock.now() + 5_000,
    };
    await expect(clock.run(api.send(request))).resolves.toMatchObject({ status: 201 });
    expect(inner.requests[0]?.timeoutMs).toBe(5_000);
  });

  it('gives a read what is left before the deadline, and sends none once it has passed', async () => {
    const clock = createFakeClock();
    const inner = scriptedApi([response(200)]);
    const api = withTimeout(inner, { clock });
    const read = {
      method: 'GET' as const,
      path: '/r',
      read: true,
      timeoutMs: 3_000,
      deadline: clock.now() + 1_200,
    };
    await clock.run(api.send(read));
    expect(inner.requests[0]?.timeoutMs).toBe(1_200);
    await clock.advance(1_200);
    await expect(api.send(read)).rejects.toBeInstanceOf(NotSentError);
    expect(inner.requests).toHaveLength(1);
  });

  it('uses the default timeout for a request that names none', async () => {
    const clock = createFakeClock();
    const inner = scriptedApi([() => new Promise<ApiResponse>(() => {})]);
    const api = withTimeout(inner, { clock, defaultTimeoutMs: 700 });
    const started = clock.now();
    await expect(clock.run(api.send({ method: 'GET', path: '/r' }))).rejects.toBeInstanceOf(TransportError);
    expect(clock.now() - started).toBe(700);
  });

  it('passes a dropped connection through as it came', async () => {
    const clock = createFakeClock();
    const api = withTimeout(scriptedApi([new TransportError('network', 'ECONNRESET')]), { clock });
    await expect(clock.run(api.send({ method: 'POST', path: '/c' }))).rejects.toMatchObject({
      kind: 'network',
    });
  });
});
