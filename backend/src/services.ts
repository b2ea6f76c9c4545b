import type { Logger } from 'pino';
import {
  createOwnerCache,
  createSingleFlight,
  type HubSpotApi,
  type OwnerCache,
  type SingleFlight,
} from '@meeting-card/core/server';
import { createAccountStore, type AccountStore } from './accounts/account-store';
import { createRefreshLeaseStore } from './accounts/refresh-lease-store';
import { createTokenManager, type TokenManager } from './accounts/token-manager';
import type { BackendConfig } from './config/config';
import type { Db } from './db/database';
import { createAccountApi } from './hubspot/account-api';
import { createAccountRateLimiter } from './hubspot/account-rate-limiter';
import { createCreateRequestStore, type CreateRequestStore } from './idempotency/create-request-store';
import { createIdempotentCreate, type IdempotentCreate } from './idempotency/idempotent-create';
import { createOAuthStateStore, type OAuthStateStore } from './oauth/state-store';
import { createTokenClient, type TokenClient } from './oauth/token-client';
import type { ServerTimeouts } from './security/request-limits';
import { createTokenCipher, type TokenCipher } from './security/token-cipher';
import type { HealthCheck } from './health/health';

/** Everything the routes use, wired once per process. */
export interface BackendServices {
  config: BackendConfig;
  db: Db;
  logger: Logger;
  now: () => number;
  accounts: AccountStore;
  tokenCipher: TokenCipher;
  /**
   * /healthz asks this about the store the instances share the HubSpot rate budget in (Redis or
   * PostgreSQL). Undefined until that store is wired: /healthz then says "not configured".
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
  /** The HubSpot API as one installed account, rate-limited and token-managed. */
  apiFor(hubId: string): HubSpotApi;
}

export interface ServiceOverrides {
  now?: () => number;
  /** e.g. to count token-endpoint calls in a test; defaults to global fetch. */
  tokenFetch?: typeof fetch;
  refreshMarginMs?: number;
  formOptionsDeadlineMs?: number;
  /** Shorter client timeouts, so a test sees a slow sender cut without waiting 10 s. */
  serverTimeouts?: Partial<ServerTimeouts>;
}

/** Well inside hubspot.fetch's 15 s, leaving time for the answer to travel back through HubSpot. */
export const FORM_OPTIONS_DEADLINE_MS = 10_000;
/** A new owner or meeting type shows up in the form within this. */
export const FORM_READS_KEEP_MS = 30_000;
const isSuccessfulRead = (value: unknown) => (value as { ok?: unknown } | null)?.ok === true;

export function createServices(
  config: BackendConfig,
  db: Db,
  logger: Logger,
  overrides: ServiceOverrides = {},
): BackendServices {
  const now = overrides.now ?? Date.now;
  const accountApis = new Map<string, HubSpotApi>();
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
  const limiter = createAccountRateLimiter({
    maxRequests: config.rateLimitPerTenSeconds,
    windowMs: 10_000,
    now,
  });
  const createRequests = createCreateRequestStore(db);
  return {
    config,
    db,
    logger,
    now,
    accounts,
    tokenCipher,
    sharedBudgetHealth: undefined,
    oauthStates: createOAuthStateStore(db),
    createRequests,
    tokenClient,
    tokens,
    idempotentCreate: createIdempotentCreate({ store: createRequests, now }),
    ownerCache: createOwnerCache({ now }),
    // Kept 30 s: a cold stampede arrives over tens of milliseconds, longer than one read takes.
    formReads: createSingleFlight({ keepMs: FORM_READS_KEEP_MS, isKept: isSuccessfulRead, now }),
    formOptionsDeadlineMs: overrides.formOptionsDeadlineMs ?? FORM_OPTIONS_DEADLINE_MS,
    apiFor(hubId) {
      // One API per account for the life of the process, so its HubSpot client is reused across requests.
      let api = accountApis.get(hubId);
      if (!api) {
        api = createAccountApi({ hubId, baseUrl: config.hubspotApiBaseUrl, tokens, limiter, now });
        accountApis.set(hubId, api);
      }
      return api;
    },
  };
}
