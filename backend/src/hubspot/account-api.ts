import {
  createHubSpotApi,
  type ApiRequest,
  type ApiResponse,
  type HubSpotApi,
} from '@meeting-card/core/server';
import { AccountNotInstalledError, TokenRefreshFailedError } from '../accounts/errors';
import type { TokenManager } from '../accounts/token-manager';
import type { AccountRateLimiter } from './account-rate-limiter';

export interface AccountApiOptions {
  hubId: string;
  baseUrl: string;
  tokens: TokenManager;
  limiter: AccountRateLimiter;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  defaultTimeoutMs?: number;
}

/** Longest 429 pause we take on the caller's behalf when HubSpot gives no Retry-After. */
const DEFAULT_429_PAUSE_MS = 1_000;

/**
 * The core's HubSpotApi for one installed account. Before each call: a rate-limit slot and a fresh
 * token. After: a 401 gets one token refresh and one resend (HubSpot did not process it, so even the
 * create call is safe to resend); a second 401 means HubSpot no longer knows the install, and the
 * account is marked uninstalled. A 429 (also not processed) is waited out while the call's time
 * budget allows; only then is it handed to the core, which reports RATE_LIMITED.
 * When no token can be had (uninstalled, or the token endpoint failing), the call is not sent and
 * answers a local 401: the core then reports UNAUTHORIZED, and never mistakes it for an ambiguous write.
 */
export function createAccountApi(options: AccountApiOptions): HubSpotApi {
  const { hubId, tokens, limiter } = options;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const defaultTimeoutMs = options.defaultTimeoutMs ?? 8_000;

  // One client per access token: building one per call showed in the backend's tail latency.
  let client: { accessToken: string; api: HubSpotApi } | undefined;
  function apiWith(accessToken: string): HubSpotApi {
    if (client?.accessToken !== accessToken) {
      client = {
        accessToken,
        api: createHubSpotApi({
          accessToken,
          baseUrl: options.baseUrl,
          accountKey: `oauth:${hubId}`,
          defaultTimeoutMs,
        }),
      };
    }
    return client.api;
  }

  async function sendWith(accessToken: string, request: ApiRequest, deadline: number): Promise<ApiResponse> {
    await limiter.acquire(hubId);
    const timeoutMs = Math.max(1, deadline - now());
    return apiWith(accessToken).send({ ...request, timeoutMs });
  }

  return {
    accountKey: `oauth:${hubId}`,
    async send(request) {
      const deadline = now() + (request.timeoutMs ?? defaultTimeoutMs);
      let accessToken = await tokenOrNull(() => tokens.accessToken(hubId));
      if (accessToken === null) return notSent();
      let refreshed = false;
      for (;;) {
        const response = await sendWith(accessToken, request, deadline);
        if (response.status === 401) {
          if (refreshed) {
            await tokens.markUninstalled(hubId);
            return response;
          }
          const rejected: string = accessToken;
          accessToken = await tokenOrNull(() => tokens.refreshAfterRejection(hubId, rejected));
          if (accessToken === null) return response;
          refreshed = true;
          continue;
        }
        if (response.status === 429) {
          const pauseMs = retryAfterMs(response) ?? DEFAULT_429_PAUSE_MS;
          if (now() + pauseMs >= deadline - 250) return response;
          await sleep(pauseMs);
          continue;
        }
        return response;
      }
    },
  };
}

async function tokenOrNull(get: () => Promise<string>): Promise<string | null> {
  try {
    return await get();
  } catch (error) {
    if (error instanceof AccountNotInstalledError || error instanceof TokenRefreshFailedError) return null;
    throw error;
  }
}

function notSent(): ApiResponse {
  const body = {
    status: 'error',
    category: 'INVALID_AUTHENTICATION',
    message: 'No usable access token for this account; nothing was sent.',
  };
  return { status: 401, header: () => undefined, body };
}

function retryAfterMs(response: ApiResponse): number | undefined {
  const seconds = Number(response.header('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}
