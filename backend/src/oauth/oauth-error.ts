/**
 * What a refused OAuth call says about the grant. HubSpot answers in two shapes:
 * - 2026-03 (the spec's Error schema): `{ category, correlationId, message, subCategory?, errors? }`;
 * - v1 (still sent by the v1 endpoints, and documented as kept for compatibility):
 *   `{ status: 'BAD_REFRESH_TOKEN', message, error: 'invalid_grant', error_description }`.
 *
 * `refused`: the code or refresh token is dead (for a refresh: the app was uninstalled).
 * `client`: our client id or secret is wrong, which says nothing about the account.
 * `unclear`: a 400/401 that names neither, as a bare 2026-03 `VALIDATION_ERROR` does; the caller
 * settles it (a refresh token is introspected).
 * `other`: HubSpot down, rate-limited, or something else passing.
 */
export interface OAuthErrorVerdict {
  grant: 'refused' | 'client' | 'unclear' | 'other';
  /** Short, loggable; never contains a token. */
  reason: string;
}

const REFUSED_GRANT_CODES = new Set([
  'INVALID_GRANT',
  'BAD_REFRESH_TOKEN',
  'BAD_AUTH_CODE',
  'BAD_GRANT',
  'INVALID_REFRESH_TOKEN',
  'EXPIRED_REFRESH_TOKEN',
  'INVALID_TOKEN',
  'EXPIRED_TOKEN',
  'BAD_REDIRECT_URI',
]);

const CLIENT_CODES = new Set(['INVALID_CLIENT', 'BAD_CLIENT_ID', 'BAD_CLIENT_SECRET', 'UNAUTHORIZED_CLIENT']);

const upper = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : undefined);

export function parseOAuthError(status: number, body: Record<string, unknown> | null): OAuthErrorVerdict {
  const details = Array.isArray(body?.errors) ? (body.errors as Array<Record<string, unknown>>) : [];
  const codes = [
    upper(body?.status),
    upper(body?.error),
    upper(body?.category),
    upper(body?.subCategory),
    ...details.flatMap((d) => [upper(d?.code), upper(d?.subCategory)]),
  ].filter((c): c is string => Boolean(c));
  const reason = codes.slice(0, 3).join('/') || `HTTP ${status}`;
  if (status !== 400 && status !== 401) return { grant: 'other', reason };
  if (codes.some((c) => REFUSED_GRANT_CODES.has(c))) return { grant: 'refused', reason };
  if (codes.some((c) => CLIENT_CODES.has(c))) return { grant: 'client', reason };
  return { grant: 'unclear', reason };
}
