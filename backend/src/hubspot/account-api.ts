import { createHubSpotApi, type Clock, type HubSpotApi } from '@meeting-card/core/server';
import type { TokenManager } from '../accounts/token-manager';
import type { RateBudgetUnavailableError } from '../rate-budget/account-rate-budget';
import { withAccountLimiter, type BudgetQueue } from './account-limiter';
import { withAccountToken } from './account-token';

export interface AccountApisOptions {
  baseUrl: string;
  tokens: TokenManager;
  queue: BudgetQueue;
  clock: Clock;
  defaultTimeoutMs?: number;
  onStoreDown?: (hubId: string, error: RateBudgetUnavailableError) => void;
}

export interface AccountApis {
  /**
   * The core's HubSpotApi as one installed account for one request: the account token decorator over
   * the account limiter decorator over HubSpot's client. Every call, a 401's resend included, takes a
   * slot of the account's shared budget; `deadline` is when the request must have its answer.
   */
  forRequest(hubId: string, deadline: number): HubSpotApi;
}

export function createAccountApis(options: AccountApisOptions): AccountApis {
  const defaultTimeoutMs = options.defaultTimeoutMs ?? 8_000;
  // One client per account and access token: building one per call showed in the backend's tail latency.
  const clients = new Map<string, { accessToken: string; api: HubSpotApi }>();
  function clientFor(hubId: string, accessToken: string): HubSpotApi {
    const cached = clients.get(hubId);
    if (cached?.accessToken === accessToken) return cached.api;
    const api = createHubSpotApi({
      accessToken,
      baseUrl: options.baseUrl,
      accountKey: `oauth:${hubId}`,
      defaultTimeoutMs,
    });
    clients.set(hubId, { accessToken, api });
    return api;
  }

  return {
    forRequest(hubId, deadline) {
      return withAccountToken(
        (accessToken) =>
          withAccountLimiter(clientFor(hubId, accessToken), {
            hubId,
            queue: options.queue,
            clock: options.clock,
            deadline,
            defaultTimeoutMs,
            onStoreDown: (error) => options.onStoreDown?.(hubId, error),
          }),
        { hubId, tokens: options.tokens },
      );
    },
  };
}
