import { answerWithin } from './answer-within';

describe('answerWithin (fake clock)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('answers the work when it finishes before the deadline', async () => {
    let finish: (v: string) => void = () => {};
    const work = new Promise<string>((resolve) => (finish = resolve));
    const answer = answerWithin(10_000, work, () => 'late');
    jest.advanceTimersByTime(9_000);
    finish('done');
    await expect(answer).resolves.toBe('done');
    expect(jest.getTimerCount()).toBe(0);
  });

  it('answers late() at the deadline while the work is still under way, and ignores the work after', async () => {
    let finish: (v: string) => void = () => {};
    const work = new Promise<string>((resolve) => (finish = resolve));
    const late = jest.fn(() => 'late');
    const answer = answerWithin(10_000, work, late);
    jest.advanceTimersByTime(9_999);
    expect(late).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    await expect(answer).resolves.toBe('late');
    finish('done');
    await work;
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('passes a failure of the work through', async () => {
    const answer = answerWithin(10_000, Promise.reject(new Error('boom')), () => 'late');
    await expect(answer).rejects.toThrow('boom');
  });
});
