import { randomUUID } from 'node:crypto';
import { openRateBudget } from '../../../../backend/src/rate-budget/account-rate-budget';
import { startSharedInstances, type ChildInstance } from '../../../../backend/src/test-support/instances';
import { maxInRollingWindow } from '../../../../backend/src/test-support/recording-proxy';
import type { BenchRow } from '../row';
import { quantile } from '../stats';

const FIGURE = 'backend, 2 instances, one account (20 concurrent callers, HubSpot at its OAuth limits)';
const TARGET = '≤ 110 calls in any rolling 10 s, 0 answered 429, 0 duplicates, 0 unknown';
const CALLERS = 20;
const PATH = '/api/meetings?portalId=1001&userId=7001';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The budget store's own round trip (one consume, one ping), apart from everything else. */
async function budgetRoundTrip(rounds: number) {
  const budget = openRateBudget({
    redisUrl: REDIS_URL,
    callsPerTenSeconds: 110,
    keyPrefix: `bench:${randomUUID()}`,
  });
  try {
    await budget.ping();
    const takes: number[] = [];
    const pings: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const started = performance.now();
      // A fresh account each time, so every take is granted (a refusal costs the same round trip).
      await budget.take(`bench-${i}`, 'standard');
      takes.push(performance.now() - started);
      pings.push(await budget.ping());
    }
    return {
      takeP50: quantile(takes, 0.5),
      takeP99: quantile(takes, 0.99),
      pingP50: quantile(pings, 0.5),
      pingP99: quantile(pings, 0.99),
    };
  } finally {
    await budget.close();
  }
}

/**
 * Two real backend processes on one PostgreSQL database, the budget in Redis, one account, 20 callers
 * booking as fast as they are answered, against the emulator limited as HubSpot limits OAuth apps
 * (110 per rolling 10 s). The calls per 10 s are counted where HubSpot would see them (a recording
 * proxy in front of the emulator).
 */
export async function backendTwoInstancesRow(options: { seconds: number }): Promise<BenchRow> {
  const shared = await startSharedInstances({
    count: 2,
    emulator: { rateLimit: { max: 110, windowMs: 10_000 } },
    redisUrl: REDIS_URL,
    install: { portalId: 1001, userId: '7001' },
  });
  try {
    const [a, b] = shared.instances as [ChildInstance, ChildInstance];
    const latencies: number[] = [];
    const codes: Record<string, number> = {};
    const firstCall = shared.proxy.calls.length;
    const startedAt = Date.now();
    const endAt = startedAt + options.seconds * 1000;
    let n = 0;
    await Promise.all(
      [...Array(CALLERS)].map(async (_, caller) => {
        while (Date.now() < endAt) {
          const i = n++;
          const body = {
            portalId: '1001',
            userId: '7001',
            contactId: '101',
            parameters: {
              requestId: randomUUID(),
              organizerUserId: '7001',
              title: `Bench ${caller}-${i}`,
              start: '2031-03-12T14:00',
              end: '2031-03-12T14:30',
              timezone: 'America/Sao_Paulo',
            },
          };
          const started = performance.now();
          const response = await shared.signedFetch(i % 2 === 0 ? a : b, 'POST', PATH, body);
          const result = (await response.json()) as { ok: boolean; error?: { code: string } };
          latencies.push(performance.now() - started);
          const code = result.ok ? 'ok' : (result.error?.code ?? String(response.status));
          codes[code] = (codes[code] ?? 0) + 1;
        }
      }),
    );
    const elapsedS = (Date.now() - startedAt) / 1000;
    const calls = shared.proxy.calls.slice(firstCall).filter((c) => !c.path.startsWith('/oauth/'));
    const counted = calls.filter((c) => !/\/search(\?|$)/.test(c.path));
    const maxPer10s = maxInRollingWindow(
      counted.map((c) => c.at),
      10_000,
    );
    const answered429 = calls.filter((c) => c.status === 429).length;
    const titles = shared.emulator
      .meetings(1001)
      .map((m) => String(m.properties.hs_meeting_title))
      .filter((t) => t.startsWith('Bench '));
    const duplicates = titles.length - new Set(titles).size;
    const unknown = (codes.OUTCOME_UNKNOWN ?? 0) + (codes.VERIFYING ?? 0);
    const store = await budgetRoundTrip(200);
    const met = maxPer10s <= 110 && answered429 === 0 && duplicates === 0 && unknown === 0;
    const p50 = quantile(latencies, 0.5);
    const p99 = quantile(latencies, 0.99);
    return {
      id: 'backend-two-instances',
      figure: FIGURE,
      result:
        `${maxPer10s} calls in the busiest rolling 10 s; ${(latencies.length / elapsedS).toFixed(1)} req/s; ` +
        `p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms; ${answered429} answered 429; ` +
        `${duplicates} duplicates; answers ${JSON.stringify(codes)}`,
      baseline: `budget store (Redis) round trip: take p50 ${store.takeP50.toFixed(2)} ms / p99 ${store.takeP99.toFixed(2)} ms; ping p50 ${store.pingP50.toFixed(2)} ms`,
      target: TARGET,
      met,
      note:
        'the budget is 100 calls per 10 s per account across instances (9 per one-second slice, so no rolling 10 s can hold more than 99), so callers queue for slots by design and the latency is mostly that queue; ' +
        `${options.seconds} s run, PostgreSQL for claims, Redis for the budget`,
      data: {
        maxPer10s,
        answered429,
        duplicates,
        codes,
        p50,
        p99,
        requests: latencies.length,
        elapsedS,
        store,
      },
    };
  } finally {
    await shared.close();
  }
}
