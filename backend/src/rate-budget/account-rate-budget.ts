import { Redis } from 'ioredis';
import pg from 'pg';
import {
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/**
 * HubSpot's limits per installing account for OAuth apps: 110 calls per rolling 10 s, and CRM search
 * separately at about 5 per second (search does not count against the 110).
 */
export const HUBSPOT_OAUTH_LIMIT = { calls: 110, windowSeconds: 10 } as const;
export const HUBSPOT_SEARCH_LIMIT = { calls: 5, windowSeconds: 1 } as const;

export type CallKind = 'standard' | 'search';
export type BudgetStoreKind = 'redis' | 'postgres' | 'memory';
export type BudgetAnswer = { granted: true } | { granted: false; retryInMs: number };

/** The budget store did not answer: nothing may be sent (fail closed). */
export class RateBudgetUnavailableError extends Error {
  constructor(store: BudgetStoreKind, cause: unknown) {
    super(
      `The shared rate budget (${store}) did not answer: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'RateBudgetUnavailableError';
  }
}

/** One rate budget per HubSpot account, counted in a store every backend instance shares. */
export interface AccountRateBudget {
  readonly store: BudgetStoreKind;
  /** Takes one call from the account's budget, or says when to ask again; throws RateBudgetUnavailableError. */
  take(hubId: string, kind: CallKind): Promise<BudgetAnswer>;
  /** One round trip to the store, in ms (health and bench). */
  ping(): Promise<number>;
  close(): Promise<void>;
}

export interface RateBudgetOptions {
  /** redis://… : the budget lives in Redis (preferred with several instances). */
  redisUrl?: string;
  /** postgres://… : without Redis, the budget lives in the PostgreSQL the instances share. */
  databaseUrl?: string;
  /** The account's calls per rolling 10 s across all instances (HubSpot allows 110). */
  callsPerTenSeconds: number;
  /** Searches per rolling second across all instances (HubSpot allows about 5). */
  searchesPerSecond?: number;
  /** Key prefix, so tests and benches can share one Redis without sharing budgets. */
  keyPrefix?: string;
  /** The in-process budget's clock (fake in tests). */
  now?: () => number;
}

/**
 * Fixed one-second slices, each allowed floor(limit / (window + 1)) calls. A rolling window of W seconds
 * overlaps at most W + 1 slices, so no rolling window ever holds more than the limit, whichever
 * instance's clock HubSpot would use. (The library's Redis store counts in whole seconds only, so a
 * true sliding log is not available from it; the price is a steady rate of limit·W/(W+1).)
 */
export function pointsPerSlice(limit: number, windowSeconds: number): number {
  return Math.max(1, Math.floor(limit / (windowSeconds + 1)));
}

export const BUDGET_TABLE = 'rate_budget';

export function openRateBudget(options: RateBudgetOptions): AccountRateBudget {
  const prefix = options.keyPrefix ?? 'meeting-card:budget';
  const standardPoints = pointsPerSlice(options.callsPerTenSeconds, HUBSPOT_OAUTH_LIMIT.windowSeconds);
  const searchPoints = pointsPerSlice(
    options.searchesPerSecond ?? HUBSPOT_SEARCH_LIMIT.calls,
    HUBSPOT_SEARCH_LIMIT.windowSeconds,
  );
  const limiterFor = (
    build: (opts: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract,
  ) => ({
    standard: build({ keyPrefix: `${prefix}:standard`, points: standardPoints, duration: 1 }),
    search: build({ keyPrefix: `${prefix}:search`, points: searchPoints, duration: 1 }),
  });

  if (options.redisUrl) {
    // No offline queue and no retries: a call waits for no reconnect; the budget fails closed at once.
    const redis = new Redis(options.redisUrl, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 2_000,
      connectTimeout: 2_000,
    });
    // Reconnects on its own; meanwhile every take() is refused (rejectIfRedisNotReady). Only the very
    // first connection is waited for (briefly), so a fresh instance does not refuse its first calls.
    redis.on('error', () => {});
    let firstConnectionSettled = false;
    const firstConnection = redis.connect().then(
      () => void (firstConnectionSettled = true),
      () => void (firstConnectionSettled = true),
    );
    const limiters = limiterFor(
      (opts) => new RateLimiterRedis({ ...opts, storeClient: redis, rejectIfRedisNotReady: true }),
    );
    return budgetOver('redis', limiters, {
      beforeTake: async () => {
        if (!firstConnectionSettled) await firstConnection;
      },
      ping: async () => {
        if (!firstConnectionSettled) await firstConnection;
        await redis.ping();
      },
      close: async () => {
        redis.disconnect();
      },
    });
  }
  if (options.databaseUrl) {
    // Its own small pool: budget round trips never queue behind the request's own queries.
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 4 });
    pool.on('error', () => {});
    const limiters = limiterFor(
      (opts) =>
        new RateLimiterPostgres({
          ...opts,
          storeClient: pool,
          storeType: 'pool',
          tableName: BUDGET_TABLE,
          // Created by the backend's migrations (db/migrations.ts), so nothing races at start.
          tableCreated: true,
          clearExpiredByTimeout: false,
        }),
    );
    return budgetOver('postgres', limiters, {
      ping: async () => {
        await pool.query('SELECT 1');
      },
      close: () => pool.end(),
    });
  }
  return inProcessBudget(options);
}

/**
 * One process has every call in view, so it keeps an exact rolling log (no slices: a burst of the
 * whole limit is fine). Only right for a single instance (SQLite): it shares nothing.
 */
function inProcessBudget(options: RateBudgetOptions): AccountRateBudget {
  const now = options.now ?? Date.now;
  const limits: Record<CallKind, { calls: number; windowMs: number }> = {
    standard: { calls: options.callsPerTenSeconds, windowMs: HUBSPOT_OAUTH_LIMIT.windowSeconds * 1000 },
    search: {
      calls: options.searchesPerSecond ?? HUBSPOT_SEARCH_LIMIT.calls,
      windowMs: HUBSPOT_SEARCH_LIMIT.windowSeconds * 1000,
    },
  };
  const logs = new Map<string, number[]>();
  return {
    store: 'memory',
    async take(hubId, kind) {
      const { calls, windowMs } = limits[kind];
      const key = `${kind}:${hubId}`;
      const t = now();
      const recent = (logs.get(key) ?? []).filter((stamp) => stamp > t - windowMs);
      if (recent.length >= calls) {
        logs.set(key, recent);
        return { granted: false, retryInMs: (recent[0] as number) + windowMs - t + 1 };
      }
      recent.push(t);
      logs.set(key, recent);
      return { granted: true };
    },
    ping: async () => 0,
    close: async () => {},
  };
}

function budgetOver(
  store: BudgetStoreKind,
  limiters: Record<CallKind, RateLimiterAbstract>,
  io: { beforeTake?(): Promise<void>; ping(): Promise<void>; close(): Promise<void> },
): AccountRateBudget {
  return {
    store,
    async take(hubId, kind) {
      try {
        await io.beforeTake?.();
        await limiters[kind].consume(hubId, 1);
        return { granted: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes)
          return { granted: false, retryInMs: Math.max(1, rejection.msBeforeNext) };
        throw new RateBudgetUnavailableError(store, rejection);
      }
    },
    async ping() {
      const started = performance.now();
      try {
        await io.ping();
      } catch (error) {
        throw new RateBudgetUnavailableError(store, error);
      }
      return performance.now() - started;
    },
    close: io.close,
  };
}
