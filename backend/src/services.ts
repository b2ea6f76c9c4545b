import type { Logger } from 'pino';
import {
  createOwnerCache,
  createSingleFlight,
  systemClock,
  type Clock,
  type HubSpotApi,
  type OwnerCache,
  type SingleFlight,
} from '@meeting-card/core/server';
import { createAccountStore, type AccountStore } from './accounts/account-store';
import { createRefreshLeaseStore } from './accounts/refresh-lease-store';
import { createTokenManager, type TokenManager } from './accounts/token-manager';
import type { BackendConfig } from './config/config';
import type { Db } from './db/database';
import { createAccountApis } from './hubspot/account-api';
import { createBudgetQueue } from './hubspot/account-limiter';
import { createCreateRequestStore, type CreateRequestStore } from './idempotency/create-request-store';
import { createIdempotentCreate, type IdempotentCreate } from './idempotency/idempotent-create';
import { createOAuthStateStore, type OAuthStateStore } from './oauth/state-store';
import { createTokenClient, type TokenClient } from './oauth/token-client';
import type { ServerTimeouts } from './security/request-limits';
import { openRateBudget, type AccountRateBudget } from './rate-budget/account-rate-budget';
import { createTokenCipher, type TokenCipher } from './security/token-cipher';
import type { HealthCheck } from './health/health';

/** How long a route may take in all: hubspot.fetch gives up after 15 s; this leaves room to answer. */
export const REQUEST_BUDGET_MS = 12_000;

/** Everything the routes use, wired once per process. */
export interface BackendServices {
  config: BackendConfig;
  db: Db;
  logger: Logger;
  now: () => number;
  /** `now` with real sleeps: what createMeeting and the HubSpot pipeline share. */
  clock: Clock;
  accounts: AccountStore;
  tokenCipher: TokenCipher;
  /**
   * /healthz asks this about the store the instances share the HubSpot rate budget in (Redis or
   * PostgreSQL): one round trip. Undefined means none is configured (/healthz: "not configured").
   */
  sharedBudgetHealth?: HealthCheck;
  oauthStates: OAuthStateStore;
  createRequests: CreateRequestStore;
  tokenClient: TokenClient;
  tokens: TokenManager;
  idempotentCreate: IdempotentCreate;
  ownerCache: OwnerCache;
  /** Identical form-option reads under way for one account are shared by concurrent requests. */
  formReads: SingleFlight;
  /** A form-options request not answered by then gets a clear retryable error (hubspot.fetch waits 15 s). */
  formOptionsDeadlineMs: number;
  /** The account budget every instance shares (Redis, PostgreSQL, or in-process for one SQLite instance). */
  rateBudget: AccountRateBudget;
  /**
   * The HubSpot API as one installed account for one request, token-managed and within the shared
   * budget; no call is started that could not answer by `deadline` (default: now + REQUEST_BUDGET_MS).
   */
  apiFor(hubId: string, deadline?: number): HubSpotApi;
}

export interface RateBudgetSettings {
  /** REDIS_URL: the budget lives in Redis. Without it, in the PostgreSQL of DATABASE_URL, else in-process. */
  redisUrl?: string;
  /** Keeps test and bench budgets apart on a shared Redis. */
  keyPrefix?: string;
}

export interface ServiceOverrides {
  now?: () => number;
  /** e.g. to count token-endpoint calls in a test; defaults to global fetch. */
  tokenFetch?: typeof fetch;
  refreshMarginMs?: number;
  formOptionsDeadlineMs?: number;
  /** Shorter client timeouts, so a test sees a slow sender cut without waiting 10 s. */
  serverTimeouts?: Partial<ServerTimeouts>;
  rateBudget?: RateBudgetSettings;
  /** How long a create claim is held before another request may take it over (see idempotent-create.ts). */
  createLeaseMs?: number;
}

/** Well inside hubspot.fetch's 15 s, leaving time for the answer to travel back through HubSpot. */
export const FORM_OPTIONS_DEADLINE_MS = 10_000;
/** A new owner or meeting type shows up in the form within this. */
export const FORM_READS_KEEP_MS = 30_000;
/** The shared budget's store as /healthz reports it; an in-process budget has nothing to reach. */
function budgetHealth(rateBudget: AccountRateBudget): HealthCheck {
  return async () => {
    if (rateBudget.store === 'memory')
      return { ok: true, status: 'in-process', detail: 'one SQLite instance' };
    const ms = await rateBudget.ping();
    return { ok: true, status: 'ok', detail: `${rateBudget.store}, ${Math.round(ms)} ms round trip` };
  };
}

const isSuccessfulRead = (value: unknown) => (value as { ok?: unknown } | null)?.ok === true;

export function createServices(
  config: BackendConfig,
  db: Db,
  logger: Logger,
  overrides: ServiceOverrides = {},
): BackendServices {
  const now = overrides.now ?? Date.now;
  const tokenCipher = createTokenCipher(config.tokenEncryptionKey);
  const accounts = createAccountStore(db, tokenCipher);
  const tokenClient = createTokenClient({
    apiBaseUrl: config.hubspotApiBaseUrl,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    fetchImpl: overrides.tokenFetch,
    now,
  });
  const tokens = createTokenManager({
    accounts,
    leases: createRefreshLeaseStore(db),
    tokenClient,
    logger: logger.child({ component: 'tokens' }),
    now,
    refreshMarginMs: overrides.refreshMarginMs,
  });
  // One clock for the whole HubSpot stack and createMeeting: deadlines are its epoch ms.
  const clock: Clock = { now, sleep: systemClock.sleep };
  const rateBudget = openRateBudget({
    redisUrl: overrides.rateBudget?.redisUrl,
    databaseUrl: config.databaseUrl,
    callsPerTenSeconds: config.rateLimitPerTenSeconds,
    keyPrefix: overrides.rateBudget?.keyPrefix,
  });
  const budgetLog = logger.child({ component: 'rate-budget', store: rateBudget.store });
  const accountApis = createAccountApis({
    baseUrl: config.hubspotApiBaseUrl,
    tokens,
    queue: createBudgetQueue(rateBudget, clock),
    clock,
    onStoreDown: (hubId, err) =>
      budgetLog.error({ hubId, err }, 'rate budget store unreachable: the call was not sent (fail closed)'),
  });
  const createRequests = createCreateRequestStore(db);
  return {
    config,
    db,
    logger,
    now,
    clock,
    accounts,
    tokenCipher,
    sharedBudgetHealth: budgetHealth(rateBudget),
    oauthStates: createOAuthStateStore(db),
    createRequests,
    tokenClient,
    tokens,
    idempotentCreate: createIdempotentCreate({
      store: createRequests,
      now,
      leaseMs: overrides.createLeaseMs,
    }),
    ownerCache: createOwnerCache({ now }),
    // Kept 30 s: a cold stampede arrives over tens of milliseconds, longer than one read takes.
    formReads: createSingleFlight({ keepMs: FORM_READS_KEEP_MS, isKept: isSuccessfulRead, now }),
    formOptionsDeadlineMs: overrides.formOptionsDeadlineMs ?? FORM_OPTIONS_DEADLINE_MS,
    rateBudget,
    apiFor(hubId, deadline = now() + REQUEST_BUDGET_MS) {
      return accountApis.forRequest(hubId, deadline);
    },
  };
}
