import { createSingleFlight } from './single-flight';

const deferred = <T>() => {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('single flight', () => {
  it('runs the work once for callers that ask while it is under way', async () => {
    const flights = createSingleFlight();
    const gate = deferred<string>();
    const work = jest.fn(() => gate.promise);
    const answers = Promise.all([flights.run('a', work), flights.run('a', work), flights.run('a', work)]);
    await Promise.resolve();
    expect(flights.inFlight).toBe(1);
    gate.resolve('x');
    expect(await answers).toEqual(['x', 'x', 'x']);
    expect(work).toHaveBeenCalledTimes(1);
    // Nothing kept without keepMs: the next caller runs the work again.
    await flights.run('a', async () => 'y');
    expect(await flights.run('a', async () => 'z')).toBe('z');
  });

  it('keeps different keys apart', async () => {
    const flights = createSingleFlight();
    expect(await Promise.all([flights.run('a', async () => 1), flights.run('b', async () => 2)])).toEqual([
      1, 2,
    ]);
  });

  it('serves a kept answer until keepMs has passed, then asks again (fake clock)', async () => {
    let now = 1_000;
    const flights = createSingleFlight({ keepMs: 30_000, now: () => now });
    expect(await flights.run('a', async () => 'first')).toBe('first');
    now += 29_999;
    expect(await flights.run('a', async () => 'second')).toBe('first');
    now += 1;
    expect(await flights.run('a', async () => 'third')).toBe('third');
  });

  it('never keeps a failure or an answer isKept refuses', async () => {
    const now = 1_000;
    const flights = createSingleFlight({
      keepMs: 30_000,
      now: () => now,
      isKept: (v) => (v as { ok: boolean }).ok,
    });
    await expect(flights.run('a', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await flights.run('a', async () => ({ ok: false }))).toEqual({ ok: false });
    expect(await flights.run('a', async () => ({ ok: true }))).toEqual({ ok: true });
    expect(await flights.run('a', async () => ({ ok: true, again: true }))).toEqual({ ok: true });
  });

  it('keeps at most maxKept answers, dropping the oldest', async () => {
    const flights = createSingleFlight({ keepMs: 30_000, maxKept: 2 });
    await flights.run('a', async () => 'a1');
    await flights.run('b', async () => 'b1');
    await flights.run('c', async () => 'c1');
    expect(await flights.run('a', async () => 'a2')).toBe('a2');
    expect(await flights.run('c', async () => 'c2')).toBe('c1');
  });
});
