import type { ApiResponse, HubSpotApi } from '@meeting-card/core/server';
import { AccountNotInstalledError, TokenRefreshFailedError } from '../accounts/errors';
import type { TokenManager } from '../accounts/token-manager';

export interface AccountTokenOptions {
  hubId: string;
  tokens: Pick<TokenManager, 'accessToken' | 'refreshAfterRejection' | 'confirmRejection'>;
}

/**
 * Sends each call with the account's current access token (`clientFor` gives the API for a token).
 * A 401 gets one token refresh and one resend: HubSpot did not process it, so even the create call
 * is safe to resend. A second 401, to a fresh token, is handed to the token manager to confirm
 * (introspect): a 401 alone never uninstalls an account. When no token can be had (uninstalled, or the token endpoint failing), the call
 * is not sent and answers a local 401: the core then reports UNAUTHORIZED, never an ambiguous write.
 */
export function withAccountToken(
  clientFor: (accessToken: string) => HubSpotApi,
  options: AccountTokenOptions,
): HubSpotApi {
  const { hubId, tokens } = options;
  return {
    accountKey: `oauth:${hubId}`,
    async send(request) {
      let accessToken = await tokenOrNull(() => tokens.accessToken(hubId));
      if (accessToken === null) return notSent();
      const first = await clientFor(accessToken).send(request);
      if (first.status !== 401) return first;
      const rejected: string = accessToken;
      accessToken = await tokenOrNull(() => tokens.refreshAfterRejection(hubId, rejected));
      if (accessToken === null) return first;
      const second = await clientFor(accessToken).send(request);
      if (second.status === 401) await tokens.confirmRejection(hubId);
      return second;
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
