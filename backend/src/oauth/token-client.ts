// HubSpot's OAuth token endpoint: POST /oauth/2026-03/token, form-encoded.

export interface TokenGrant {
  accessToken: string;
  refreshToken: string;
  /** Unix millis at which the access token stops working. */
  accessTokenExpiresAt: number;
  hubId: string;
  userId: string | null;
  scopes: string[];
}

export type TokenResult =
  | { ok: true; grant: TokenGrant }
  /** The code or refresh token is unknown, used or revoked: for a refresh, the app was uninstalled. */
  | { ok: false; kind: 'invalid_grant'; status: number }
  /** Anything else (our configuration, HubSpot down, network): says nothing about the install. */
  | { ok: false; kind: 'failed'; status: number; reason: string };

export interface TokenClient {
  exchangeCode(code: string, redirectUri: string): Promise<TokenResult>;
  refresh(refreshToken: string): Promise<TokenResult>;
}

export interface TokenClientOptions {
  apiBaseUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs?: number;
  /** Counted by tests; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
  now?: () => number;
}

// HubSpot answers bad grants with `status` codes; the OAuth standard says `error: invalid_grant`. Accept both.
const INVALID_GRANT_STATUSES = new Set(['BAD_REFRESH_TOKEN', 'BAD_AUTH_CODE', 'BAD_GRANT', 'INVALID_GRANT']);

export function createTokenClient(options: TokenClientOptions): TokenClient {
  const doFetch = options.fetchImpl ?? fetch;
  const now = options.now ?? Date.now;
  const endpoint = `${options.apiBaseUrl}/oauth/2026-03/token`;

  async function post(fields: Record<string, string>): Promise<TokenResult> {
    const requestedAt = now();
    let response: Response;
    try {
      response = await doFetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          ...fields,
          client_id: options.clientId,
          client_secret: options.clientSecret,
        }).toString(),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      return {
        ok: false,
        kind: 'failed',
        status: 0,
        reason: error instanceof Error ? error.name : 'network error',
      };
    }
    const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    if (!response.ok) {
      const codes = [body?.status, body?.error]
        .filter((c): c is string => typeof c === 'string')
        .map((c) => c.toUpperCase());
      if (
        (response.status === 400 || response.status === 401) &&
        codes.some((c) => INVALID_GRANT_STATUSES.has(c))
      ) {
        return { ok: false, kind: 'invalid_grant', status: response.status };
      }
      return {
        ok: false,
        kind: 'failed',
        status: response.status,
        reason: codes[0] ?? `HTTP ${response.status}`,
      };
    }
    const grant = parseGrant(body, requestedAt);
    return grant
      ? { ok: true, grant }
      : { ok: false, kind: 'failed', status: response.status, reason: 'malformed token response' };
  }

  return {
    exchangeCode: (code, redirectUri) =>
      post({ grant_type: 'authorization_code', code, redirect_uri: redirectUri }),
    refresh: (refreshToken) => post({ grant_type: 'refresh_token', refresh_token: refreshToken }),
  };
}

function parseGrant(body: Record<string, unknown> | null, requestedAt: number): TokenGrant | null {
  if (!body) return null;
  const { access_token, refresh_token, expires_in, hub_id, user_id, scopes, scope } = body;
  if (typeof access_token !== 'string' || typeof refresh_token !== 'string' || typeof expires_in !== 'number')
    return null;
  if (typeof hub_id !== 'number' && typeof hub_id !== 'string') return null;
  const scopeList = Array.isArray(scopes)
    ? scopes.map(String)
    : typeof scope === 'string'
      ? scope.split(/\s+/).filter(Boolean)
      : [];
  return {
    accessToken: access_token,
    refreshToken: refresh_token,
    // Counted from when we asked, so network time only makes us refresh early, never late.
    accessTokenExpiresAt: requestedAt + expires_in * 1000,
    hubId: String(hub_id),
    userId: user_id === undefined || user_id === null ? null : String(user_id),
    scopes: scopeList,
  };
}
