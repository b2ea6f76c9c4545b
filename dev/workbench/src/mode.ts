// Which HubSpot API the workbench talks to: the in-process emulator (default) or the account that
// HUBSPOT_API_BASE_URL + PRIVATE_APP_ACCESS_TOKEN name.
import { WorkbenchError } from './errors';

export type ApiMode =
  | { kind: 'emulator' }
  | { kind: 'hubspot'; baseUrl: string; token: string; portalId: number; timezone: string };

export function resolveApiMode(env: NodeJS.ProcessEnv): ApiMode {
  const baseUrl = env.HUBSPOT_API_BASE_URL?.trim();
  if (!baseUrl) return { kind: 'emulator' };
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new WorkbenchError(`HUBSPOT_API_BASE_URL is not a URL: ${baseUrl}`);
  }
  const token = env.PRIVATE_APP_ACCESS_TOKEN?.trim();
  if (!token) {
    throw new WorkbenchError(
      `HUBSPOT_API_BASE_URL points at ${url.origin} but PRIVATE_APP_ACCESS_TOKEN is not set. ` +
        'Set it to your private app access token (HubSpot: Development > your app > Auth), or unset HUBSPOT_API_BASE_URL to use the built-in emulator.',
    );
  }
  return {
    kind: 'hubspot',
    baseUrl: baseUrl.replace(/\/+$/, ''),
    token,
    portalId: Number(env.HUBSPOT_PORTAL_ID ?? 0),
    timezone: env.HUBSPOT_ACCOUNT_TIMEZONE?.trim() || 'UTC',
  };
}
