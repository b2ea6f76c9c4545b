import type { Clock } from './clock';

/** A clock for tests: time moves only when told, so waits, retries and timeouts run without real waiting. */
export interface FakeClock extends Clock {
  /** Moves time forward by `ms`, waking every sleeper due on the way, in order. */
  advance(ms: number): Promise<void>;
  /**
   * Runs `work` to completion, jumping time to the next sleeper whenever nothing else can happen.
   * Throws when work is stuck with no sleeper left (it waits on something the clock cannot end).
   */
  run<T>(work: Promise<T>): Promise<T>;
  /** Sleepers not yet woken. */
  pending(): number;
}

interface Sleeper {
  at: number;
  order: number;
  wake: () => void;
}

/** Lets every promise continuation queued so far run (one macrotask turn drains the microtask queue). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createFakeClock(start = Date.UTC(2026, 2, 12, 9, 0)): FakeClock {
  let time = start;
  let order = 0;
  let sleepers: Sleeper[] = [];

  const nextSleeper = () => sleepers.sort((a, b) => a.at - b.at || a.order - b.order)[0];

  const clock: FakeClock = {
    now: () => time,
    sleep(ms, signal) {
      return new Promise((resolve) => {
        if (signal?.aborted) return resolve();
        const sleeper: Sleeper = { at: time + Math.max(0, ms), order: order++, wake: () => resolve() };
        sleepers.push(sleeper);
        signal?.addEventListener(
          'abort',
          () => {
            sleepers = sleepers.filter((s) => s !== sleeper);
            resolve();
          },
          { once: true },
        );
      });
    },
    async advance(ms) {
      const target = time + ms;
      for (;;) {
        await settle();
        const next = nextSleeper();
        if (!next || next.at > target) break;
        sleepers.shift();
        time = Math.max(time, next.at);
        next.wake();
      }
      time = target;
      await settle();
    },
    async run(work) {
      let done = false;
      const watched = work.finally(() => {
        done = true;
      });
      watched.catch(() => {});
      for (let turns = 0; ; turns++) {
        await settle();
        if (done) return watched;
        const next = nextSleeper();
        if (!next) {
          await settle();
          if (done) return watched;
          throw new Error('fake clock: the work is waiting on something other than the clock');
        }
        if (turns > 100_000) throw new Error('fake clock: the work never finishes');
        await clock.advance(next.at - time);
      }
    },
    pending: () => sleepers.length,
  };
  return clock;
}
