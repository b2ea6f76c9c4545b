// Who `npm run smoke` talks to, from the environment, and when it must refuse to run at all.
export const DEFAULT_BASE_URL = 'https://api.hubapi.com';

export interface SmokeConfig {
  token: string;
  portalId: number;
  baseUrl: string;
  /** The organizer (a HubSpot user id); when unset, the first active owner that is a user. */
  organizerUserId?: string;
  /** How long each read may take to see the new meeting before it is reported as not seen. */
  visibilityTimeoutMs: number;
  pollIntervalMs: number;
}

export type ConfigResult = { ok: true; config: SmokeConfig } | { ok: false; reason: string };

const isLoopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

export function smokeConfigFromEnv(env: NodeJS.ProcessEnv): ConfigResult {
  const token = env.PRIVATE_APP_ACCESS_TOKEN?.trim();
  const portal = env.HUBSPOT_PORTAL_ID?.trim();
  const baseUrl = (env.HUBSPOT_API_BASE_URL?.trim() || DEFAULT_BASE_URL).replace(/\/+$/, '');
  if (!token || !portal) {
    return {
      ok: false,
      reason:
        'npm run smoke needs a HubSpot developer test account: set PRIVATE_APP_ACCESS_TOKEN (the private ' +
        "app's access token) and HUBSPOT_PORTAL_ID (that account's id). It creates and then archives a " +
        'contact and a meeting there (see README, "Smoke test against a real account").',
    };
  }
  if (!/^[1-9]\d*$/.test(portal)) {
    return {
      ok: false,
      reason: `HUBSPOT_PORTAL_ID must be a HubSpot account id, got ${JSON.stringify(portal)}`,
    };
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return { ok: false, reason: `HUBSPOT_API_BASE_URL is not a URL: ${baseUrl}` };
  }
  // CI never touches a real account (its runs must be repeatable and need no secrets). The emulator,
  // on this machine, is fine: that is how the smoke run itself is tested.
  if (env.CI && env.CI !== 'false' && !isLoopback(url)) {
    return {
      ok: false,
      reason: 'npm run smoke never runs in CI against a real HubSpot account (CI is set).',
    };
  }
  const organizerUserId = env.HUBSPOT_SMOKE_USER_ID?.trim() || undefined;
  if (organizerUserId !== undefined && !/^\d+$/.test(organizerUserId)) {
    return {
      ok: false,
      reason: `HUBSPOT_SMOKE_USER_ID must be a user id, got ${JSON.stringify(organizerUserId)}`,
    };
  }
  const seconds = Number(env.SMOKE_VISIBILITY_TIMEOUT_S ?? 120);
  return {
    ok: true,
    config: {
      token,
      portalId: Number(portal),
      baseUrl,
      organizerUserId,
      visibilityTimeoutMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 120_000,
      pollIntervalMs: 1000,
    },
  };
}
