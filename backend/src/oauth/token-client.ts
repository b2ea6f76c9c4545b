// HubSpot's OAuth 2026-03 endpoints, form-encoded: POST /oauth/2026-03/token and /token/introspect
// (PublicApiSpecs/Auth/Oauth/Rollouts/279897/2026-03/oauth.json in HubSpot-public-api-spec-collection).
import { parseOAuthError, type OAuthErrorVerdict } from './oauth-error';

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

export type IntrospectResult =
  | {
      kind: 'active';
      hubId: string;
      userId: string | null;
      scopes: string[];
      /** `access_token` or `refresh_token`. */
      tokenUse: string;
    }
  /** HubSpot no longer knows the token: revoked, expired, or the app was uninstalled. */
  | { kind: 'inactive' }
  | { kind: 'failed'; status: number; reason: string };

export interface TokenClient {
  exchangeCode(code: string, redirectUri: string): Promise<TokenResult>;
  refresh(refreshToken: string): Promise<TokenResult>;
  introspect(token: string): Promise<IntrospectResult>;
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

type Posted =
  | { ok: true; status: number; body: Record<string, unknown> | null }
  | { ok: false; status: number; body: Record<string, unknown> | null }
  | { ok: false; status: 0; body: null; reason: string };

export function createTokenClient(options: TokenClientOptions): TokenClient {
  const doFetch = options.fetchImpl ?? fetch;
  const now = options.now ?? Date.now;
  const tokenEndpoint = `${options.apiBaseUrl}/oauth/2026-03/token`;
  const introspectEndpoint = `${options.apiBaseUrl}/oauth/2026-03/token/introspect`;

  async function post(endpoint: string, fields: Record<string, string>): Promise<Posted> {
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
        status: 0,
        body: null,
        reason: error instanceof Error ? error.name : 'network error',
      };
    }
    const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    const parsed = body && typeof body === 'object' && !Array.isArray(body) ? body : null;
    return { ok: response.ok, status: response.status, body: parsed };
  }

  const failed = (status: number, reason: string): TokenResult => ({
    ok: false,
    kind: 'failed',
    status,
    reason,
  });

  async function introspect(token: string): Promise<IntrospectResult> {
    const answer = await post(introspectEndpoint, { token });
    if (!answer.ok) {
      const reason = 'reason' in answer ? answer.reason : parseOAuthError(answer.status, answer.body).reason;
      return { kind: 'failed', status: answer.status, reason };
    }
    const body = answer.body ?? {};
    // RFC 7662: an unknown, expired or revoked token is `{ active: false }`.
    if (body.active !== true) return { kind: 'inactive' };
    const hubId = idOf(body.hub_id);
    if (!hubId) return { kind: 'failed', status: answer.status, reason: 'introspection without hub_id' };
    return {
      kind: 'active',
      hubId,
      userId: idOf(body.user_id) ?? null,
      scopes: scopesOf(body),
      tokenUse: typeof body.token_use === 'string' ? body.token_use : 'access_token',
    };
  }

  /** A refused token call, classified; an ambiguous refusal of a refresh is settled by introspecting it. */
  async function refusal(answer: Posted, refreshToken?: string): Promise<TokenResult> {
    if ('reason' in answer) return failed(0, answer.reason);
    const verdict: OAuthErrorVerdict = parseOAuthError(answer.status, answer.body);
    if (verdict.grant === 'refused') return { ok: false, kind: 'invalid_grant', status: answer.status };
    if (verdict.grant === 'unclear' && refreshToken !== undefined) {
      // 2026-03 errors carry only a category ("VALIDATION_ERROR"): ask whether the refresh token still lives.
      const check = await introspect(refreshToken);
      if (check.kind === 'inactive') return { ok: false, kind: 'invalid_grant', status: answer.status };
    }
    if (verdict.grant === 'unclear' && refreshToken === undefined && answer.status === 400) {
      // A code exchange refused with a 400 that does not blame our client: the code is the problem.
      return { ok: false, kind: 'invalid_grant', status: answer.status };
    }
    return failed(answer.status, verdict.reason);
  }

  /** A grant; when the 2026-03 response leaves hub_id out (it is optional there), introspect says it. */
  async function granted(answer: Posted, requestedAt: number): Promise<TokenResult> {
    const parsed = parseGrant(answer.body, requestedAt);
    if (!parsed) return failed(answer.status, 'malformed token response');
    if (parsed.hubId) return { ok: true, grant: { ...parsed, hubId: parsed.hubId } };
    const identity = await introspect(parsed.accessToken);
    if (identity.kind !== 'active')
      return failed(
        identity.kind === 'failed' ? identity.status : answer.status,
        'no hub_id for the new token',
      );
    return {
      ok: true,
      grant: {
        ...parsed,
        hubId: identity.hubId,
        userId: parsed.userId ?? identity.userId,
        scopes: parsed.scopes.length > 0 ? parsed.scopes : identity.scopes,
      },
    };
  }

  return {
    async exchangeCode(code, redirectUri) {
      const requestedAt = now();
      const answer = await post(tokenEndpoint, {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
      });
      return answer.ok ? granted(answer, requestedAt) : refusal(answer);
    },
    async refresh(refreshToken) {
      const requestedAt = now();
      const answer = await post(tokenEndpoint, { grant_type: 'refresh_token', refresh_token: refreshToken });
      return answer.ok ? granted(answer, requestedAt) : refusal(answer, refreshToken);
    },
    introspect,
  };
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'string' && /^\d{1,20}$/.test(value)) return value;
  return undefined;
}

function scopesOf(body: Record<string, unknown>): string[] {
  if (Array.isArray(body.scopes)) return body.scopes.map(String);
  if (typeof body.scope === 'string') return body.scope.split(/\s+/).filter(Boolean);
  return [];
}

function parseGrant(
  body: Record<string, unknown> | null,
  requestedAt: number,
): (Omit<TokenGrant, 'hubId'> & { hubId: string | undefined }) | null {
  if (!body) return null;
  const { access_token, refresh_token, expires_in, user_id } = body;
  if (typeof access_token !== 'string' || !access_token) return null;
  if (typeof refresh_token !== 'string' || typeof expires_in !== 'number') return null;
  return {
    accessToken: access_token,
    refreshToken: refresh_token,
    // Counted from when we asked, so network time only makes us refresh early, never late.
    accessTokenExpiresAt: requestedAt + expires_in * 1000,
    hubId: idOf(body.hub_id),
    userId: idOf(user_id) ?? null,
    scopes: scopesOf(body),
  };
}
