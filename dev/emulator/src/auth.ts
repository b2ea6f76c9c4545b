// Bearer token -> account and scopes, the way HubSpot answers 401 and 403.
import { errorBody, HubSpotError } from './errors';
import type { Clock } from './clock';
import type { Store } from './store';

export interface AuthContext {
  token: string;
  kind: 'static' | 'oauth';
  portalId: number;
  scopes: string[];
  appId?: number;
  userId?: string;
  /** Rate limits are counted per app per account: a private app's token, or an OAuth app in one account. */
  rateLimitKey: string;
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** Who the token belongs to, or undefined when it is unknown or expired. Never throws. */
export function identify(store: Store, clock: Clock, token: string | undefined): AuthContext | undefined {
  return token ? resolve(store, clock, token).context : undefined;
}

function resolve(store: Store, clock: Clock, token: string): { context?: AuthContext; expired?: boolean } {
  const fixed = store.state.seed.tokens.find((t) => t.token === token);
  if (fixed) {
    return {
      context: {
        token,
        kind: 'static',
        portalId: fixed.portalId,
        scopes: fixed.scopes,
        rateLimitKey: `${fixed.portalId}:token:${token}`,
      },
    };
  }
  const oauth = store.state.oauth.accessTokens.find((t) => t.token === token);
  if (!oauth) return {};
  if (oauth.expiresAt <= clock.now()) return { expired: true };
  return {
    context: {
      token,
      kind: 'oauth',
      portalId: oauth.portalId,
      scopes: oauth.scopes,
      appId: oauth.appId,
      userId: oauth.userId,
      rateLimitKey: `${oauth.portalId}:app:${oauth.appId}`,
    },
  };
}

export function authenticate(store: Store, clock: Clock, authorization: string | undefined): AuthContext {
  const token = bearerToken(authorization);
  if (!token) {
    throw new HubSpotError(
      401,
      errorBody(
        'INVALID_AUTHENTICATION',
        'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
      ),
    );
  }
  const { context, expired } = resolve(store, clock, token);
  if (context) return context;
  if (expired) {
    throw new HubSpotError(
      401,
      errorBody('INVALID_AUTHENTICATION', 'The OAuth token used to make this call expired.', {
        subCategory: 'EXPIRED_AUTHENTICATION',
      }),
    );
  }
  throw new HubSpotError(
    401,
    errorBody(
      'INVALID_AUTHENTICATION',
      'Authentication credentials not found or invalid (unknown or revoked token).',
    ),
  );
}

/** Passes when the token has at least one of `anyOf` (HubSpot accepts any one of several granular scopes). */
export function requireScopes(auth: AuthContext, anyOf: string[]): void {
  if (anyOf.some((s) => auth.scopes.includes(s))) return;
  throw new HubSpotError(
    403,
    errorBody('MISSING_SCOPES', "This app hasn't been granted all required scopes to make this call.", {
      errors: [
        {
          message: `One or more of the following scopes are required: ${anyOf.join(', ')}`,
          context: { requiredGranularScopes: anyOf },
        },
      ],
      context: { requiredGranularScopes: anyOf },
      links: { scopes: 'https://developers.hubspot.com/scopes' },
    }),
  );
}
