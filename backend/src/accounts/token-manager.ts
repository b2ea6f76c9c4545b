import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { TokenClient } from '../oauth/token-client';
import type { AccountStore, AccountTokens } from './account-store';
import { AccountNotInstalledError, TokenRefreshFailedError } from './errors';
import type { RefreshLeaseStore } from './refresh-lease-store';

export interface TokenManager {
  /** A usable access token, refreshed first when it expires within the margin. */
  accessToken(hubId: string): Promise<string>;
  /** After HubSpot said 401 to `rejectedToken`: get a new one (unless another caller already did). */
  refreshAfterRejection(hubId: string, rejectedToken: string): Promise<string>;
  /**
   * HubSpot answered 401 even to a fresh token. A 401 alone is not proof of an uninstall (HubSpot's
   * guidance: it is "not a valid indicator that a new access token must be retrieved"), so introspect
   * is asked whether the account's refresh token still lives; only "inactive" purges the tokens.
   * Answers whether the account was marked uninstalled.
   */
  confirmRejection(hubId: string): Promise<boolean>;
  /** The same as confirmRejection: the name hubspot/account-api.ts calls after a second 401. */
  markUninstalled(hubId: string): Promise<void>;
}

export interface TokenManagerOptions {
  accounts: AccountStore;
  leases: RefreshLeaseStore;
  tokenClient: TokenClient;
  logger: Logger;
  now?: () => number;
  /** Refresh this long before expiry, so a token never expires mid-request. */
  refreshMarginMs?: number;
  /** A lease outlives any sane token call, so a crashed holder frees it soon. */
  leaseTtlMs?: number;
  /** How long a caller waits for another process's refresh before giving up. */
  waitForOtherRefreshMs?: number;
  pollIntervalMs?: number;
  /** After introspect vouched for a rejected account's refresh token, it is not asked again for this long. */
  confirmedActiveForMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createTokenManager(options: TokenManagerOptions): TokenManager {
  const { accounts, leases, tokenClient, logger } = options;
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 5 * 60 * 1000;
  const leaseTtl = options.leaseTtlMs ?? 30_000;
  const waitLimit = options.waitForOtherRefreshMs ?? 15_000;
  const pollInterval = options.pollIntervalMs ?? 100;
  const confirmedActiveFor = options.confirmedActiveForMs ?? 60_000;
  // hubId -> until when introspect's "still active" answer stands (a 401 storm asks once a minute).
  const confirmedActive = new Map<string, number>();
  // In-process single flight: concurrent callers for one account share one refresh.
  const inFlight = new Map<string, Promise<string>>();

  const isFresh = (tokens: AccountTokens) => tokens.accessTokenExpiresAt - now() > margin;

  async function readOrThrow(hubId: string): Promise<AccountTokens> {
    const tokens = await accounts.readTokens(hubId);
    if (!tokens) throw new AccountNotInstalledError(hubId);
    return tokens;
  }

  async function markUninstalled(hubId: string, why: string): Promise<void> {
    await accounts.markUninstalled(hubId, now());
    logger.warn({ hubId, why }, 'account uninstalled at HubSpot; its tokens are deleted');
  }

  async function confirmRejection(hubId: string): Promise<boolean> {
    if ((confirmedActive.get(hubId) ?? 0) > now()) return false;
    const tokens = await accounts.readTokens(hubId);
    if (!tokens) return true;
    const verdict = await tokenClient.introspect(tokens.refreshToken);
    if (verdict.kind === 'inactive') {
      await markUninstalled(hubId, 'introspect: refresh token inactive');
      return true;
    }
    if (verdict.kind === 'active') confirmedActive.set(hubId, now() + confirmedActiveFor);
    logger.warn(
      { hubId, introspect: verdict.kind, status: verdict.kind === 'failed' ? verdict.status : undefined },
      'HubSpot answered 401 to a fresh token, but the install is not known to be gone; tokens kept',
    );
    return false;
  }

  /** Refreshes under the account's DB lease, so other processes wait instead of refreshing too. */
  async function refreshAcrossProcesses(
    hubId: string,
    staleToken: string,
    staleWasRejected: boolean,
  ): Promise<string> {
    const holder = randomUUID();
    const giveUpAt = now() + waitLimit;
    for (;;) {
      if (await leases.tryAcquire(hubId, holder, leaseTtl, now())) {
        try {
          return await refreshHoldingLease(hubId, staleToken, staleWasRejected);
        } finally {
          await leases.release(hubId, holder);
        }
      }
      await sleep(pollInterval);
      const current = await readOrThrow(hubId);
      if (current.accessToken !== staleToken && isFresh(current)) return current.accessToken;
      if (now() > giveUpAt) throw new TokenRefreshFailedError(hubId, 'another instance is still refreshing');
    }
  }

  async function refreshHoldingLease(
    hubId: string,
    staleToken: string,
    staleWasRejected: boolean,
  ): Promise<string> {
    const current = await readOrThrow(hubId);
    // Someone refreshed between our read and our lease.
    if (current.accessToken !== staleToken && isFresh(current)) return current.accessToken;

    const result = await tokenClient.refresh(current.refreshToken);
    if (result.ok) {
      const tokens: AccountTokens = {
        accessToken: result.grant.accessToken,
        refreshToken: result.grant.refreshToken || current.refreshToken,
        accessTokenExpiresAt: result.grant.accessTokenExpiresAt,
      };
      await accounts.saveTokens(hubId, tokens, now());
      logger.info(
        { hubId, expiresAt: new Date(tokens.accessTokenExpiresAt).toISOString() },
        'access token refreshed',
      );
      return tokens.accessToken;
    }
    if (result.kind === 'invalid_grant') {
      await markUninstalled(hubId, 'refresh grant refused');
      throw new AccountNotInstalledError(hubId);
    }
    // A passing outage: a token HubSpot has not rejected still works until it expires (we refresh early).
    if (!staleWasRejected && current.accessTokenExpiresAt > now()) {
      logger.warn(
        { hubId, status: result.status, reason: result.reason },
        'token refresh failed; using the current token until it expires',
      );
      return current.accessToken;
    }
    throw new TokenRefreshFailedError(hubId, result.reason);
  }

  function singleFlightRefresh(
    hubId: string,
    staleToken: string,
    staleWasRejected: boolean,
  ): Promise<string> {
    const running = inFlight.get(hubId);
    if (running) return running;
    const refresh = refreshAcrossProcesses(hubId, staleToken, staleWasRejected).finally(() =>
      inFlight.delete(hubId),
    );
    inFlight.set(hubId, refresh);
    return refresh;
  }

  return {
    async accessToken(hubId) {
      const tokens = await readOrThrow(hubId);
      if (isFresh(tokens)) return tokens.accessToken;
      return singleFlightRefresh(hubId, tokens.accessToken, false);
    },
    refreshAfterRejection(hubId, rejectedToken) {
      return singleFlightRefresh(hubId, rejectedToken, true);
    },
    confirmRejection,
    async markUninstalled(hubId) {
      await confirmRejection(hubId);
    },
  };
}
