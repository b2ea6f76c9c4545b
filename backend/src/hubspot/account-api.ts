import {
  createHubSpotTransport,
  withRateLimitWait,
  withReadRetry,
  withTimeout,
  type Clock,
  type HubSpotApi,
} from '@meeting-card/core/server';
import type { TokenManager } from '../accounts/token-manager';
import type { RateBudgetUnavailableError } from '../rate-budget/account-rate-budget';
import { withAccountLimiter, type BudgetQueue } from './account-limiter';
import { withAccountToken } from './account-token';

export interface AccountApisOptions {
  baseUrl: string;
  tokens: TokenManager;
  queue: BudgetQueue;
  /** The clock of the whole stack: deadlines are its epoch ms, so createMeeting must use it too. */
  clock: Clock;
  defaultTimeoutMs?: number;
  onStoreDown?: (hubId: string, error: RateBudgetUnavailableError) => void;
}

export interface AccountApis {
  /**
   * The core's HubSpotApi as one installed account for one request. The core's pipeline with the
   * backend's two decorators between rate-limit wait and timeout:
   *   rate-limit wait -> read retry -> account token -> account limiter -> timeout -> HTTP
   * so every try (a read's resend, a 429's resend, a 401's resend) takes a slot of the account's
   * shared budget, and no slot is waited for that would leave the try less than its full timeout
   * before `deadline` (or the request's own, when earlier).
   */
  forRequest(hubId: string, deadline: number): HubSpotApi;
}

export function createAccountApis(options: AccountApisOptions): AccountApis {
  const { clock } = options;
  const defaultTimeoutMs = options.defaultTimeoutMs ?? 8_000;
  // One transport per account and access token: building one per call showed in the backend's tail latency.
  const transports = new Map<string, { accessToken: string; api: HubSpotApi }>();
  function transportFor(hubId: string, accessToken: string): HubSpotApi {
    const cached = transports.get(hubId);
    if (cached?.accessToken === accessToken) return cached.api;
    const api = withTimeout(
      createHubSpotTransport({ accessToken, baseUrl: options.baseUrl, accountKey: `oauth:${hubId}` }),
      { clock, defaultTimeoutMs },
    );
    transports.set(hubId, { accessToken, api });
    return api;
  }

  return {
    forRequest(hubId, deadline) {
      const account = withAccountToken(
        (accessToken) =>
          withAccountLimiter(transportFor(hubId, accessToken), {
            hubId,
            queue: options.queue,
            clock,
            deadline,
            defaultTimeoutMs,
            onStoreDown: (error) => options.onStoreDown?.(hubId, error),
          }),
        { hubId, tokens: options.tokens },
      );
      return withRateLimitWait(withReadRetry(account, { clock }), { clock, defaultTimeoutMs });
    },
  };
}
